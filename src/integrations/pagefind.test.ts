import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pagefindIndex, { UNUSED_UI_FILES } from './pagefind';

/** A paper page as the site renders it: KaTeX math, ignored heading and sections, hidden meta. */
const PAPER = `<!doctype html><html lang="en"><body><header>Site header words</header>
<article class="paper" data-pagefind-body>
<h1 data-pagefind-ignore>Alpha <span class="katex">…</span> Nets</h1>
<div hidden class="paper-search-meta"><p data-pagefind-weight="10">Alpha Nets: squared &lt;b&gt; attention</p>
<div data-pagefind-ignore><span data-pagefind-meta="title">Alpha Nets: squared &lt;b&gt; attention</span>
<span data-pagefind-filter="tag">Retrieval, ranking &amp; recommendation</span><span data-pagefind-filter="year">2024</span>
<span data-search-order="newest">2024-05-01</span><span data-search-order="upvotes">000000007</span></div></div>
<section><h2 id="abstract" class="anchored">Abstract <a class="anchor" href="#abstract">#</a></h2>
<p>We square <span class="katex"><span class="katex-mathml"><math><semantics><mrow><msup><mi>α</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">\\alpha^2</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord">α</span><span class="mord">2</span></span></span> weights.</p></section>
<section data-pagefind-ignore><h2>Related papers</h2><p>relatedonlyword</p></section>
</article></body></html>`;

let site: string;
const logs: string[] = [];
const logger = { info: (m: string) => logs.push(m), warn: (m: string) => logs.push(`warn: ${m}`) };

async function fragments(): Promise<
  { content: string; filters: Record<string, string[]>; meta: Record<string, string> }[]
> {
  const dir = join(site, 'pagefind', 'fragment');
  const files = await readdir(dir);
  return Promise.all(
    files.map(async (f) =>
      JSON.parse(
        gunzipSync(await readFile(join(dir, f)))
          .toString('utf8')
          .slice('pagefind_dcd'.length),
      ),
    ),
  );
}

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'pagefind-test-'));
  await mkdir(join(site, 'papers', 'alpha'), { recursive: true });
  await writeFile(join(site, 'papers', 'alpha', 'index.html'), PAPER);
  await writeFile(
    join(site, 'index.html'),
    '<!doctype html><html lang="en"><body><h1>Home</h1><p>homeonlyword</p></body></html>',
  );
  const hook = pagefindIndex().hooks['astro:build:done'];
  // The hook reads only `dir` and `logger`.
  await (hook as (o: unknown) => Promise<void>)({
    dir: pathToFileURL(`${site}/`),
    logger,
    pages: [],
    assets: new Map(),
  });
}, 60_000);
afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('the Pagefind integration', () => {
  it('indexes only the paper article and logs the counts', async () => {
    const all = await fragments();
    expect(all).toHaveLength(1);
    expect(logs.some((l) => /^indexed 1 of 2 HTML pages into pagefind\//.test(l))).toBe(true);
    const [paper] = all;
    expect(paper?.content).not.toMatch(/homeonlyword|relatedonlyword|Site header/);
  });

  it('indexes math once, as its TeX, and leaves out heading permalinks', async () => {
    const [paper] = await fragments();
    expect(paper?.content).toContain('We square \\alpha^2 weights.');
    expect(paper?.content).not.toMatch(/α|#/);
  });

  it('reads the hidden title, filters and meta as plain text, commas and all', async () => {
    const [paper] = await fragments();
    expect(paper?.content.startsWith('Alpha Nets: squared <b> attention')).toBe(true);
    expect(paper?.meta['title']).toBe('Alpha Nets: squared <b> attention');
    expect(paper?.filters).toEqual({ tag: ['Retrieval, ranking & recommendation'], year: ['2024'] });
  });

  it('writes each sort order as the ids Pagefind gave the pages, and no Pagefind sort', async () => {
    const [id] = (await readdir(join(site, 'pagefind', 'fragment'))).map((f) =>
      f.replace(/\.pf_fragment$/, ''),
    );
    for (const order of ['newest', 'upvotes']) {
      expect(JSON.parse(await readFile(join(site, 'pagefind', 'order', `${order}.json`), 'utf8'))).toEqual([
        id,
      ]);
    }
    const meta = (await readdir(join(site, 'pagefind'))).find((f) => f.endsWith('.pf_meta')) ?? '';
    const decoded = gunzipSync(await readFile(join(site, 'pagefind', meta))).toString('latin1');
    expect(decoded).not.toMatch(/newest|upvotes/);
  });

  it('writes the browser bundle and removes the ready-made UIs the site does not use', () => {
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    for (const file of UNUSED_UI_FILES) expect(existsSync(join(site, 'pagefind', file)), file).toBe(false);
  });
});
