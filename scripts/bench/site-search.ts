/**
 * Search as a reader meets it on the built site, in headless Chromium: open the home page, open
 * the search dialog, type a query, and count every byte fetched from opening the dialog until the
 * results are shown and settled (the dialog's code, Pagefind's module and WASM, its metadata, the
 * filter lists the dialog fills its menus from, the index chunks and the shown results'
 * fragments). Then, with the index loaded, time further queries inside the page: Pagefind's
 * `search()` plus the data of the first results, which is the work behind each keystroke once
 * the dialog's 150 ms typing pause has passed. Each first query runs in a fresh browser context,
 * so nothing is cached.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, launchChromium } from '../../tests/support/browser';
import { serveSite } from '../../tests/support/static-server';
import { servedSizes } from './served-size';

/** One first search and the warm queries after it. */
export interface SiteSearchMeasure {
  query: string;
  /** Requests and bytes (as served, and as a gzip-compressing host sends them) of the first search. */
  requests: number;
  bytes: number;
  gzipBytes: number;
  /** Bytes (gzip) per file kind of the first search (`pagefind.js`, `wasm`, `pf_meta`, `pf_index`, `pf_filter`, `pf_fragment`, `js`, …). */
  byKind: Record<string, number>;
  /** Milliseconds from typing the first query to its results shown (includes the 150 ms typing pause). */
  firstMs: number;
  /** Milliseconds of each warm query (search + first results' data), in the order run. */
  warmMs: number[];
}

/** The kind of a fetched file, for the breakdown. */
export function fileKind(path: string): string {
  const name = path.split('/').at(-1) ?? path;
  const pf = /\.(pf_[a-z]+)$/u.exec(name);
  if (pf) return pf[1] ?? name;
  if (name.startsWith('wasm.')) return 'wasm';
  if (path.includes('/pagefind/')) return name;
  return name.split('.').at(-1) ?? name;
}

/** Median of a non-empty list (NaN for an empty one). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Measures `queries` (one fresh context each) on the site in `siteDir`, built for the base `/`;
 * after each first query, times every query of `warm`. `shown` results' data are fetched per query.
 */
export async function measureSiteSearch(
  siteDir: string,
  queries: string[],
  warm: string[],
  shown = 10,
): Promise<SiteSearchMeasure[]> {
  if (!existsSync(CHROMIUM_PATH)) return [];
  // Counted where they are served: Pagefind fetches its index from a web worker, whose responses
  // the browser's request events do not size.
  let served: string[] = [];
  const server = await serveSite(siteDir, '/', (path) => served.push(path));
  const sizes = servedSizes(siteDir);
  /** Bytes of a served file as sent, and as a gzip-compressing host would send it. */
  const sizeOf = (path: string) => sizes(path) ?? { bytes: 0, gzip: 0 };
  const browser = await launchChromium();
  try {
    const out: SiteSearchMeasure[] = [];
    for (const query of queries) {
      // No service worker: after a first search it fetches the index for offline reading, in
      // the background, which is not what the query needed.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(server.url(), { waitUntil: 'networkidle' });
      const dialog = page.getByRole('dialog', { name: 'Search papers' });
      const box = dialog.getByRole('searchbox', { name: 'Search papers' });
      const status = dialog.getByRole('status');
      // Counted from the click: opening the dialog starts loading its code and Pagefind.
      served = [];
      await page
        .getByRole('banner')
        .getByRole('button', { name: /^Search/u })
        .click();
      await box.waitFor({ state: 'visible' });
      const started = Date.now();
      await box.fill(query);
      await status
        .filter({ hasText: /result|No paper/u })
        .filter({ hasText: query })
        .waitFor({ timeout: 60_000 });
      const firstMs = Date.now() - started;
      await page.waitForLoadState('networkidle');
      const fetched = served.map((path) => ({ path, ...sizeOf(path) }));
      const byKind: Record<string, number> = {};
      for (const f of fetched) byKind[fileKind(f.path)] = (byKind[fileKind(f.path)] ?? 0) + f.gzip;
      const warmMs = await page.evaluate(
        async ({ warm, shown }) => {
          type Pagefind = {
            search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
          };
          // The same module URL the dialog loaded: the browser hands back that instance, index loaded.
          const pagefind = (await import(`${location.origin}/pagefind/pagefind.js`)) as Pagefind;
          const times: number[] = [];
          for (const q of warm) {
            const t0 = performance.now();
            const search = await pagefind.search(q);
            await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
            times.push(performance.now() - t0);
          }
          return times;
        },
        { warm, shown },
      );
      out.push({
        query,
        requests: fetched.length,
        bytes: fetched.reduce((n, f) => n + f.bytes, 0),
        gzipBytes: fetched.reduce((n, f) => n + f.gzip, 0),
        byKind,
        firstMs,
        warmMs,
      });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
