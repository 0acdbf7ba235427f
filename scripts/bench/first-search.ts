/**
 * What a reader downloads for a first search: in headless Chromium, load Pagefind's browser
 * module from the built site, run one query, and fetch the data of the first results (what a
 * results list shows), then add up every response under `pagefind/` (the entry file, the module,
 * the WASM, the metadata, the index chunks and the fragments). Each query runs in a fresh
 * browser context, so nothing is cached. The server sends files as they are; the compressed
 * figure is what a host that gzips responses would send (Pagefind's own index files are
 * already compressed, so gzip leaves them as they are).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { CHROMIUM_PATH, launchChromium } from '../../tests/support/browser';
import { servedSizes } from './served-size';

// A same-origin page that loads nothing, so only the search's own requests are counted.
const BLANK = '/__bench-blank__.html';

/** Downloads of one query. */
export interface SearchDownload {
  query: string;
  results: number;
  requests: number;
  /** Bytes as served (no compression by the server). */
  bytes: number;
  /** Bytes a gzip-compressing host would send. */
  gzipBytes: number;
}

/** Whether the browser needed for the measurement is installed. */
export const canMeasureSearch = (): boolean => existsSync(CHROMIUM_PATH);

/** Runs each query on a fresh context against the site in `siteDir` (Pagefind bundle at `pagefind/`). */
export async function measureFirstSearch(
  siteDir: string,
  queries: string[],
  shown = 10,
): Promise<SearchDownload[]> {
  const files = sirv(siteDir, { dev: false, etag: false, gzip: false, brotli: false });
  const server = createServer((req, res) => {
    if (req.url === BLANK) {
      res.end('<!doctype html><title>bench</title>');
      return;
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sizes = servedSizes(siteDir);
  /** What a gzip-compressing host sends of a fetched file (`raw` bytes as served). */
  const gzipped = (path: string, raw: number) => {
    const size = sizes(decodeURIComponent(path));
    return size ? Math.min(raw, size.gzip) : raw;
  };
  const browser = await launchChromium();
  try {
    const out: SearchDownload[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const seen: { path: string; done: Promise<number> }[] = [];
      page.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/pagefind/'))
          seen.push({ path, done: request.sizes().then((s) => s.responseBodySize) });
      });
      await page.goto(origin + BLANK);
      const results = await page.evaluate(
        async ({ query, shown, module }) => {
          const pagefind = await import(module);
          await pagefind.options({});
          const search = await pagefind.search(query);
          await Promise.all(
            search.results.slice(0, shown).map((r: { data(): Promise<unknown> }) => r.data()),
          );
          return search.results.length as number;
        },
        { query, shown, module: '/pagefind/pagefind.js' },
      );
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all(seen.map(async (s) => ({ path: s.path, bytes: await s.done })));
      out.push({
        query,
        results,
        requests: sizes.length,
        bytes: sizes.reduce((n, s) => n + s.bytes, 0),
        gzipBytes: sizes.reduce((n, s) => n + gzipped(s.path, s.bytes), 0),
      });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
