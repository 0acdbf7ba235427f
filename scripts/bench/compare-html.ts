/**
 * Whether a variant renders the papers exactly as the site does: the `<article>` of every
 * `papers/<slug>/index.html` in both builds, compared after removing differences of spelling
 * that parse to the same document (see {@link canonical}). A faster build that changes what a
 * reader sees is not a candidate.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Pages compared, how many were identical, and the first difference found. */
export interface HtmlComparison {
  same: number;
  total: number;
  firstDiff?: string;
}

/** The part of a page that shows the paper (the whole page when there is no `<article>`). */
export function articleOf(html: string): string {
  const start = html.indexOf('<article');
  const end = html.indexOf('</article>');
  return start >= 0 && end > start ? html.slice(start, end) : html;
}

/**
 * The same HTML in one spelling. Astro's renderer and rehype-stringify write equal documents
 * differently: `&quot;` or `"` in text, `&amp;` or `&#x26;`, `style="a:1"` or `style="a:1;"`.
 */
export function canonical(html: string): string {
  return html
    .replace(/&quot;|&#34;|&#x22;/gu, '"')
    .replace(/&#39;|&#x27;|&apos;/gu, "'")
    .replace(/&#x26;|&#38;/gu, '&amp;')
    .replace(/&gt;|&#x3e;|&#62;/giu, '>')
    .replace(/&#x3c;|&#60;/giu, '&lt;')
    .replace(/ style="([^"]*?);"/gu, ' style="$1"');
}

/** Where two strings first differ, with some context from each. */
function describeDiff(name: string, a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  return `${name}: site ${around(a)} vs variant ${around(b)}`;
}

/** Compares every paper page of `siteDir` with the same page of `variantDir`. */
export async function comparePapers(siteDir: string, variantDir: string): Promise<HtmlComparison> {
  // Only paper folders: `papers/index.html`, if any, is a listing page.
  const slugs = (await readdir(join(siteDir, 'papers')).catch(() => [] as string[])).filter(
    (n) => !n.includes('.'),
  );
  const result: HtmlComparison = { same: 0, total: slugs.length };
  for (const slug of slugs) {
    const path = join('papers', slug, 'index.html');
    const [a, b] = await Promise.all(
      [siteDir, variantDir].map((d) => readFile(join(d, path), 'utf8').catch(() => '')),
    );
    const [x, y] = [canonical(articleOf(a ?? '')), canonical(articleOf(b ?? ''))];
    if (x === y && x !== '') result.same++;
    else result.firstDiff ??= describeDiff(path, x, y);
  }
  return result;
}
