/**
 * A hostile corpus (`tests/fixtures/hostile/`: HTML, MDX expressions, ESM lines, `javascript:`
 * links, broken math, RTL and combining marks, duplicate titles, CRLF + BOM, a file cut short)
 * goes through the real build — pipeline and Astro — into `.test-build/`. The build succeeds,
 * reports each problem with file and line, builds every valid paper, and in Chromium every page
 * shows the corpus text literally: nothing runs, no dialog opens, no script-bearing link exists.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { pageExists, type SiteBuild } from '../site/dist';
import { useBrowser, useServer } from '../support/hooks';
import { openPage, type OpenedPage } from '../support/page';
import { openSearch, search } from '../support/search-dialog';
import { readExport, sitePath, type SiteExport } from '../support/site-data';

const HOSTILE: SiteBuild = { name: 'hostile corpus', dir: '.test-build/dist-hostile', base: '/' };
const CONTENT = '.test-build/hostile-content';

/** 19 entries in 5 files: one title has no abstract, two entries repeat a paper → 17 papers. */
const EXPECTED_PAPERS = 17;

/** What a reader must see, character for character, on the paper whose title starts so. */
const LITERAL_TEXT: [string, string[]][] = [
  [
    '<script>',
    ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2;alert(2)">', '&lt;b&gt;'],
  ],
  [
    'MDX Expressions',
    ['{alert(1)}', '{tokens}', '{alert(document.cookie)}', '<Component prop={window.__pwned=4} />'],
  ],
  ['import os', ["import os from 'os'", 'export default function Pwn() { window.__pwned = 5 }']],
  ['export const', ["export const title = 'Hijacked'", "import { danger } from './danger.js'"]],
  ['Links That Are Not', ['javascript:window.__pwned=7', '[click](javascript:window.__pwned=8)']],
  ['Bidirectional Text', ['العربية الفصحى', 'עברית מודרנית', '👩\u200d🔬']],
  ['Emoji', ['Z̷a̴l̶g̵o̷', '注意力机制', '🚀🔥']],
  ['Broken Math', ['\\notacommand']],
];

let build: { stdout: string; stderr: string };
let data: SiteExport;

beforeAll(async () => {
  await rm(HOSTILE.dir, { recursive: true, force: true });
  // A root build with its own folders, whatever the caller's BASE_PATH or SITE_URL say.
  const { BASE_PATH: _base, SITE_URL: _site, ...inherited } = process.env;
  const env = {
    ...inherited,
    CORPUS_DIR: 'tests/fixtures/hostile',
    CONTENT_OUT: CONTENT,
    OUT_DIR: HOSTILE.dir,
  };
  build = await promisify(execFile)('npm', ['run', 'build'], { env, maxBuffer: 64 * 1024 * 1024 });
  data = readExport(HOSTILE);
}, 240_000);

describe('building the hostile corpus', () => {
  test('succeeds and reports each problem with its file and line', () => {
    expect(build.stdout).toMatch(/5 files, 19 entries → 17 papers \(2 merged duplicates\)/);
    const report = build.stderr;
    expect(report).toMatch(
      /104_cut_short\.txt\s+(?:.*\n)*?\s*19:1\s+warning .*A Title Whose Abstract Was Never Saved/,
    );
    expect(report).toMatch(/104_cut_short\.txt\s+(?:.*\n)*?\s*11:1\s+warning .*year/);
    expect(report).toMatch(
      /102_duplicates\.txt\s+(?:.*\n)*?\s*13:1\s+warning .*ATTENTION IS ALL YOU NEED AGAIN/,
    );
    expect(report).toMatch(/21:1\s+warning .*Hostile Twin: Same Title, Two Papers/);
  });

  test('builds a page for every valid paper, and none for the title without abstract', () => {
    expect(data.papers.length).toBe(EXPECTED_PAPERS);
    for (const p of data.papers) expect(pageExists(sitePath(p.url, '/'), '/', HOSTILE.dir), p.url).toBe(true);
    const titles = data.papers.map((p) => p.title);
    expect(titles.filter((t) => t === 'Hostile Twin: Same Title, Two Papers')).toHaveLength(2);
    expect(titles).toContain('ATTENTION IS ALL YOU NEED AGAIN');
    expect(titles).toContain('Attention Is All You Need Again');
    expect(titles).toContain('Windows Line Endings With a Byte Order Mark');
    expect(titles).toContain('注意力机制的高效推理');
    expect(titles).not.toContain('A Title Whose Abstract Was Never Saved');
    expect(new Set(data.papers.map((p) => p.slug)).size).toBe(EXPECTED_PAPERS);
  });
});

describe('the hostile site in Chromium', () => {
  const browser = useBrowser();
  const server = useServer(HOSTILE);
  let opened: OpenedPage | undefined;

  /** Check that the open page ran nothing from the corpus, then close it. */
  async function finish(what = ''): Promise<void> {
    if (!opened) return;
    const { page, dialogs, errors } = opened;
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), what).toBeUndefined();
    await opened.close();
    opened = undefined;
    expect(dialogs, what).toEqual([]);
    expect(errors, what).toEqual([]);
  }
  afterEach(() => finish());

  /** Open a page, and the visible text of its main content. */
  async function visit(path: string): Promise<string> {
    opened = await openPage(browser(), server().url(path));
    expect(opened.status).toBe(200);
    // `load` waits for images and frames, so an injected onerror or javascript: frame has run.
    return opened.page.getByRole('main').innerText();
  }

  test('every paper page shows its title as text and runs nothing from the corpus', async () => {
    for (const paper of data.papers) {
      const text = await visit(sitePath(paper.url, '/'));
      const page = opened?.page;
      if (!page) throw new Error('page not open');
      const h1 = page.getByRole('heading', { level: 1 });
      // Where the title has no typeset math, the heading reads exactly the title.
      if ((await h1.locator('.katex').count()) === 0) await expect(h1.innerText()).resolves.toBe(paper.title);
      expect(text.length, paper.title).toBeGreaterThan(300);
      const injected =
        'script, style, img, iframe, object, embed, b, i, a[onclick], [onerror], [onmouseover]';
      const corpusText = h1.or(page.getByRole('region', { name: /^Abstract/ }));
      await expect(corpusText.locator(injected).count(), paper.title).resolves.toBe(0);
      const scriptLinks = page.locator('a[href^="javascript:" i], [href^="data:" i]');
      await expect(scriptLinks.count(), paper.title).resolves.toBe(0);
      await finish(paper.title);
    }
  }, 120_000);

  test.each(LITERAL_TEXT)(
    'the paper "%s…" shows its markup-like text literally',
    async (prefix, literals) => {
      const paper = data.papers.find((p) => p.title.startsWith(prefix));
      expect(paper, prefix).toBeDefined();
      const text = await visit(sitePath(paper?.url ?? '', '/'));
      for (const literal of literals) expect(text).toContain(literal);
    },
  );

  test('math renders where it parses, and broken math stays readable text', async () => {
    const math = data.papers.find((p) => p.title.startsWith('Math in'));
    await visit(sitePath(math?.url ?? '', '/'));
    await expect(opened?.page.locator('main .katex').count()).resolves.toBeGreaterThan(2);
    await finish(math?.title);
    const broken = data.papers.find((p) => p.title.startsWith('Broken Math'));
    const text = await visit(sitePath(broken?.url ?? '', '/'));
    expect(text).toContain('Broken Math');
    expect(text).toContain('must render as text or safe math');
  });

  test('a collection named with markup shows the name as text', async () => {
    const text = await visit('collections/100_markup/');
    expect(text).toContain('<img src=x onerror="window.__pwned=12"> Markup {collection}');
  });

  test('home and list pages show hostile titles as text', async () => {
    for (const path of ['', 'papers/']) {
      const text = await visit(path);
      expect(text).toContain('<script>window.__pwned=1</script> Scripted Attention');
      expect(text).toContain('MDX Expressions {alert(1)} and {tokens} in Titles');
      await finish(path);
    }
  });

  test('searching the hostile text lists the papers as text and runs nothing', async () => {
    await visit('');
    if (!opened) throw new Error('page not open');
    const ui = await openSearch(opened.page);
    const { titles } = await search(ui, 'pwned');
    expect(titles).toContain('<script>window.__pwned=1</script> Scripted Attention for Hostile Inputs');
    await opened.page.waitForTimeout(300);
  });
});
