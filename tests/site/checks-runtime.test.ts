/**
 * Site-wide, on one page of every kind in both builds, as Chromium loads them: the page answers
 * with the right status, logs no console error or uncaught exception, does not shift its layout
 * while loading, and a paper page stays within its weight budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { useBrowser, useServer } from '../support/hooks';
import { layoutShift, openPage } from '../support/page';
import { pageKinds, readExport } from '../support/site-data';
import { SITE_BUILDS } from './dist';

/** What a paper page may cost a reader: HTML + CSS + JS, gzip-compressed, search excluded. */
const PAPER_BUDGET_BYTES = 30 * 1024;
/** Layout shift allowed while loading (Core Web Vitals call < 0.1 good; a static page needs ~0). */
const MAX_LAYOUT_SHIFT = 0.01;

const browser = useBrowser();

describe.each(SITE_BUILDS)('pages of the $name in Chromium', (build) => {
  const server = useServer(build);
  const kinds = pageKinds(readExport(build), build.base);

  test.each(kinds)('$kind page ($path) loads without errors or layout shift', async ({ kind, path }) => {
    const opened = await openPage(browser(), server().url(path));
    try {
      expect(opened.status).toBe(kind === '404' ? 404 : 200);
      const shift = await layoutShift(opened.page);
      expect(shift).toBeLessThan(MAX_LAYOUT_SHIFT);
      // The 404 document itself is reported by Chromium as a failed load; nothing else may be.
      const own = server().url(path);
      expect(opened.errors.filter((e) => !(kind === '404' && e.includes(`(${own})`)))).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  const papers = kinds.filter((k) => k.kind.startsWith('paper'));
  test.each(papers)('a $kind page weighs under 30 KB of compressed HTML, CSS and JS', async ({ path }) => {
    const { origin } = server();
    const opened = await openPage(browser(), server().url(path));
    const loaded = new Set<string>();
    try {
      opened.page.on('requestfinished', (r) => void loaded.add(r.url()));
      await opened.page.reload({ waitUntil: 'networkidle' });
      const entries = await opened.page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .concat(location.href),
      );
      for (const url of entries) loaded.add(url);
    } finally {
      await opened.close();
    }
    // The search code and index (pagefind/) load only when a reader opens search.
    const counted = [...loaded]
      .map((url) => new URL(url))
      .filter((url) => url.origin === origin && /(\/|\.html|\.css|\.m?js)$/.test(url.pathname))
      .filter((url) => !url.pathname.startsWith(`${build.base}pagefind/`));
    const sizes = counted.map((url) => {
      const rel = url.pathname.slice(build.base.length);
      const file = join(build.dir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
      return { path: url.pathname, bytes: gzipSync(readFileSync(file)).length };
    });
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
    expect(sizes.some((s) => s.path.endsWith('.css'))).toBe(true);
    expect(total, JSON.stringify(sizes, null, 1)).toBeLessThan(PAPER_BUDGET_BYTES);
  });
});
