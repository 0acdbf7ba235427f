/**
 * A paper page as a reader meets it, in Chromium: the title as the one `h1`, the sections by
 * their headings, tag links, rendered math, and every link of its sections opening a page that
 * exists on the served site.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { MAIN_BUILD } from '../site/dist';
import { useBrowser, usePages, useServer } from '../support/hooks';
import {
  MAMBA,
  paperTitled,
  readExport,
  S4,
  sitePath,
  type ApiPaper,
  type SiteExport,
} from '../support/site-data';

const browser = useBrowser();
const server = useServer(MAIN_BUILD);
let data: SiteExport;
beforeAll(() => {
  data = readExport(MAIN_BUILD);
});

const open = usePages(browser);

async function openPaper(paper: ApiPaper): Promise<Page> {
  const opened = await open(server().url(sitePath(paper.url, '/')));
  expect(opened.status).toBe(200);
  return opened.page;
}

/** The section whose name starts with `name` (its heading may carry a "#" link after the name). */
const section = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });

/** Visible text of `locator`'s elements, whitespace collapsed. */
const texts = async (page: Page, selector: string) =>
  (await page.locator(selector).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

describe('the Mamba paper page', () => {
  test('shows the title as the only h1 and the page title', async () => {
    const paper = paperTitled(data, MAMBA);
    const page = await openPaper(paper);
    await expect(texts(page, 'h1')).resolves.toEqual([paper.title]);
    await expect(page.title()).resolves.toContain(paper.title);
  });

  test('has the sections a reader looks for, in order', async () => {
    const page = await openPaper(paperTitled(data, MAMBA));
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    const names = headings.map((h) => h.replace(/#\s*$/, '').trim());
    const wanted = ['Abstract', 'Related papers', 'Mentions', 'Collections', 'Find elsewhere'];
    expect(names.filter((n) => wanted.includes(n))).toEqual(wanted);
    // Mamba is named by other abstracts, so "Mentioned by" is there too.
    await expect(page.getByRole('heading', { name: /^Mentioned by/ }).count()).resolves.toBe(1);
    for (const name of wanted) await expect(section(page, name).isVisible(), name).resolves.toBe(true);
  });

  // The "#" anchor link sits beside each heading, so it never becomes part of the name.
  test('names each section by its heading text alone, as screen readers list them', async () => {
    const page = await openPaper(paperTitled(data, MAMBA));
    for (const name of ['Abstract', 'Related papers', 'Mentions', 'Collections', 'Find elsewhere']) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true }).count(), name).resolves.toBe(1);
      await expect(page.getByRole('region', { name, exact: true }).count(), name).resolves.toBe(1);
    }
  });

  test('links its tags by name to their tag pages', async () => {
    const paper = paperTitled(data, MAMBA);
    const page = await openPaper(paper);
    const names = paper.tags.map((slug) => data.tags.find((t) => t.slug === slug)?.name);
    const tagLinks = page.getByRole('list', { name: 'Tags' }).getByRole('link');
    await expect(tagLinks.allInnerTexts()).resolves.toEqual(names);
    const hrefs = await tagLinks.evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs).toEqual(paper.tags.map((slug) => `/tags/${slug}/`));
  });

  test('lists its related papers and the papers that mention it, by title', async () => {
    const paper = paperTitled(data, MAMBA);
    const page = await openPaper(paper);
    const title = (slug: string) => data.papers.find((p) => p.slug === slug)?.title;
    const related = await section(page, 'Related papers').getByRole('list').getByRole('link').allInnerTexts();
    expect(related).toEqual(paper.related.map((r) => title(r.slug)));
    const mentions = await section(page, 'Mentions').getByRole('list').getByRole('link').allInnerTexts();
    for (const slug of paper.mentionedBy) expect(mentions).toContain(title(slug));
  });

  test('every link of its sections opens a page of the site, or a search elsewhere', async () => {
    const paper = paperTitled(data, MAMBA);
    const page = await openPaper(paper);
    const hrefs = await page
      .locator('main a[href]')
      // Resolved by hand: links inside the SVG pictures have no string `href` property.
      .evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href))
      .then((all) => all.filter((h) => !h.includes('#')));
    const internal = hrefs.filter((h) => h.startsWith(server().origin));
    const external = hrefs.filter((h) => !h.startsWith(server().origin));
    expect(internal.length).toBeGreaterThan(paper.related.length + paper.tags.length);
    const statuses = await Promise.all(
      [...new Set(internal)].map(async (href) => `${(await page.request.get(href)).status()} ${href}`),
    );
    expect(statuses.filter((s) => !s.startsWith('200 '))).toEqual([]);
    const elsewhere = await section(page, 'Find elsewhere')
      .getByRole('list')
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const href of external) expect(href).toMatch(/^https:\/\//);
    for (const href of elsewhere) expect(decodeURIComponent(href.replace(/\+/g, ' '))).toContain('Mamba');
  });
});

describe('math', () => {
  test('an abstract with TeX shows typeset math, not the TeX source', async () => {
    const page = await openPaper(paperTitled(data, S4));
    const abstract = section(page, 'Abstract');
    await expect(abstract.locator('.katex').count()).resolves.toBeGreaterThan(0);
    const visible = await abstract.innerText();
    expect(visible).not.toMatch(/\\\(|\\\)|\$/);
    // The formula x'(t) = Ax(t) + Bu(t) is there as MathML for assistive technology too.
    await expect(abstract.locator('math').count()).resolves.toBeGreaterThan(0);
    expect(visible.replace(/\s+/g, '')).toContain('Ax(t)+Bu(t)');
  });
});
