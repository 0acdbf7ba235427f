/**
 * Astro integration: index the built site with Pagefind's Node API once `astro build` is done,
 * writing the search bundle to `<out>/pagefind/`. Only elements inside `data-pagefind-body`
 * (the paper article) are indexed, and only they are handed to Pagefind (see
 * `search-document.ts`); a Pagefind error fails the build. Then the sort orders are written
 * beside the index, as lists of Pagefind's page ids (`pagefind/order/`, see `search-order.ts`).
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { shardFromEnv } from '../shard';
import { orderPath, SEARCH_ORDERS } from '../lib/search-orders';
import { pageUrl, searchDocument } from './search-document';
import { fragmentPages, orderLists, pageOrderKeys, type OrderedPage } from './search-order';

/**
 * Never indexed. KaTeX writes each formula twice — MathML (presentation elements plus the TeX
 * source in `<annotation>`) and visual HTML — so indexed as is, `$\alpha^2$` would read
 * `α2\alpha^2α2`. Only the TeX annotation is kept: it is how the listings (and the plain titles)
 * write math, so it is what a reader types and what an excerpt can show.
 */
export const EXCLUDE_SELECTORS = [
  '.katex-html',
  '.katex-mathml semantics > :not(annotation)',
  // The `#` permalink beside section headings would otherwise open excerpts ("Abstract# …").
  '.anchored > a.anchor',
];

/**
 * Files Pagefind writes for its own ready-made UIs. The site has its own search UI on the JS
 * API, so these ~430 KB are removed from the output rather than deployed unused.
 */
export const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Throw with every message Pagefind reported, so the build fails and says why. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Files and bytes written below `dir`. */
async function measure(dir: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile());
  const sizes = await Promise.all(files.map(async (e) => (await stat(join(e.parentPath, e.name))).size));
  return { files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

/** Pages in the index, from Pagefind's entry file (HTML files without `data-pagefind-body` are not). */
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
}

/** Options of the integration. */
export interface PagefindIndexOptions {
  /**
   * Most fragment files (one per page by default) Pagefind writes; above it, fragments are
   * grouped into shared files. Set it for hosts that cap a deployment's file count.
   */
  maxFragments?: number;
}

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

// Files read ahead of the one Pagefind is indexing, so it never waits for the disk.
const READ_AHEAD = 16;

/**
 * Hands Pagefind every HTML page of `site` that has an indexed element, cut down to that element
 * (see `search-document.ts`); `page_count` counts the HTML files looked at, as `addDirectory`'s
 * does, and `pages` are the pages handed over with their sort-order keys.
 */
async function addPages(index: Index, site: string): Promise<{ page_count: number; pages: OrderedPage[] }> {
  const files = (await readdir(site, { recursive: true }))
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
    .sort();
  const errors: string[] = [];
  const pages: OrderedPage[] = [];
  // Files are read ahead, but handed over one at a time in path order: Pagefind numbers pages
  // in the order it finishes them, and the same site must always give the same index files.
  const read = (i: number) => readFile(join(site, files[i] ?? ''), 'utf8');
  const ahead = new Map(files.slice(0, READ_AHEAD).map((_, i) => [i, read(i)]));
  for (let i = 0; i < files.length; i++) {
    const html = await (ahead.get(i) as Promise<string>);
    ahead.delete(i); // a page's text is let go once handed over
    if (i + READ_AHEAD < files.length) ahead.set(i + READ_AHEAD, read(i + READ_AHEAD));
    const document = searchDocument(html);
    if (document === undefined) continue;
    const file = files[i] ?? '';
    const url = pageUrl(file);
    const added = await index.addHTMLFile({ url, content: document });
    errors.push(...added.errors.map((e) => `${file}: ${e}`));
    pages.push({ url, keys: pageOrderKeys(document) });
  }
  check('addHTMLFile', errors);
  return { page_count: files.length, pages };
}

/** What Pagefind puts in front of the JSON of a fragment file, inside its gzip. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** The id Pagefind gave each indexed page, by URL, read from the fragment files it wrote. */
async function pageIds(outputPath: string): Promise<Map<string, string>> {
  const dir = join(outputPath, 'fragment');
  const files = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.pf_fragment')).sort();
  const idByUrl = new Map<string, string>();
  for (let i = 0; i < files.length; i += READ_AHEAD) {
    const batch = files.slice(i, i + READ_AHEAD);
    const texts = await Promise.all(batch.map((f) => readFile(join(dir, f))));
    texts.forEach((gz, j) => {
      const text = gunzipSync(gz).toString('utf8');
      const json: unknown = JSON.parse(
        text.startsWith(FRAGMENT_SIGNATURE) ? text.slice(FRAGMENT_SIGNATURE.length) : text,
      );
      const id = (batch[j] ?? '').slice(0, -'.pf_fragment'.length);
      for (const [url, pageId] of fragmentPages(id, json)) idByUrl.set(url, pageId);
    });
  }
  return idByUrl;
}

/** Writes each sort order's list of page ids (see `lib/search-orders.ts`) below `site`. */
async function writeSearchOrders(site: string, pages: OrderedPage[]): Promise<void> {
  const lists = orderLists(pages, await pageIds(join(site, 'pagefind')));
  await mkdir(join(site, 'pagefind', 'order'), { recursive: true });
  await Promise.all(
    SEARCH_ORDERS.map((order) => writeFile(join(site, orderPath(order)), JSON.stringify(lists[order]))),
  );
}

/**
 * Indexes the built site in `site` into `<site>/pagefind/`; returns what to log (a warning when
 * nothing was indexed). Used by the integration and by the merge step of a sharded build.
 */
export async function indexSite(
  site: string,
  options: PagefindIndexOptions = {},
): Promise<{ info: string; warning?: string }> {
  const outputPath = join(site, 'pagefind');
  const started = performance.now();
  try {
    const created = await pagefind.createIndex({
      excludeSelectors: EXCLUDE_SELECTORS,
      ...(options.maxFragments ? { maxFragments: options.maxFragments } : {}),
    });
    check('createIndex', created.errors);
    const { index } = created;
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await addPages(index, site);
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
    await writeSearchOrders(site, added.pages);
    await Promise.all(UNUSED_UI_FILES.map((f) => rm(join(outputPath, f), { force: true })));
    const { files, bytes } = await measure(outputPath);
    const pages = await indexedPages(outputPath);
    const ms = Math.round(performance.now() - started);
    const info =
      `indexed ${pages} of ${added.page_count} HTML pages into pagefind/ ` +
      `(${files} files, ${(bytes / 1024).toFixed(0)} KiB) in ${ms} ms`;
    return pages === 0 ? { info, warning: 'no page was indexed: search will find nothing' } : { info };
  } finally {
    // The Node API drives a Pagefind child process; stop it so the build can exit.
    await pagefind.close();
  }
}

/**
 * The integration; register it in `astro.config.ts` after the ones that write pages. In a shard
 * build (`SHARD`) it does nothing: the merge step indexes the whole site once.
 */
export default function pagefindIndex(options: PagefindIndexOptions = {}): AstroIntegration {
  return {
    name: 'paper-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (shardFromEnv(process.env)) return;
        const { info, warning } = await indexSite(fileURLToPath(dir), options);
        logger.info(info);
        if (warning) logger.warn(warning);
      },
    },
  };
}
