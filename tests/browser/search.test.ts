/**
 * Search as a reader uses it, in Chromium against the built site: the header button and the
 * keyboard shortcuts open it, a title finds its paper first, words from inside an abstract find
 * the paper, filters leave only matching papers (checked against `api/papers.json`), and a query
 * with no match says so.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { MAIN_BUILD } from '../site/dist';
import { useBrowser, usePages, useServer } from '../support/hooks';
import { openSearch, search, searchDialog, settledStatus } from '../support/search-dialog';
import { MAMBA, paperTitled, readExport, sitePath, type SiteExport } from '../support/site-data';

const browser = useBrowser();
const server = useServer(MAIN_BUILD);
let data: SiteExport;
beforeAll(() => {
  data = readExport(MAIN_BUILD);
});

const openUrl = usePages(browser);

async function open(path = ''): Promise<Page> {
  const opened = await openUrl(server().url(path));
  return opened.page;
}

/** Papers whose title is `title` (titles are not unique: two papers start `Hydra:`). */
const titled = (title: string) => data.papers.filter((p) => p.title === title);

describe('opening search', () => {
  test('the header button opens the "Search papers" dialog with the search box focused', async () => {
    const page = await open();
    const ui = searchDialog(page);
    await expect(ui.dialog.isVisible()).resolves.toBe(false);
    await openSearch(page);
    await expect(ui.box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  test.each([
    ['/', '/'],
    ['Ctrl-K', 'Control+k'],
  ])('the %s shortcut opens it from anywhere on a page', async (_name, key) => {
    const page = await open('papers/');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(key);
    const ui = searchDialog(page);
    await ui.box.waitFor({ state: 'visible', timeout: 5_000 });
    await expect(ui.box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // The key itself is not typed into the box.
    await expect(ui.box.inputValue()).resolves.toBe('');
  });
});

describe('finding papers', () => {
  test('the exact title of a paper lists that paper first, and its link opens the paper', async () => {
    const paper = paperTitled(data, MAMBA);
    const page = await open();
    const ui = await openSearch(page);
    const { status, titles } = await search(ui, paper.title);
    expect(status).toMatch(/^\d[\d,]* results? for “/);
    expect(titles[0]).toBe(paper.title);
    await ui.results.first().click();
    await page.waitForURL(server().url(sitePath(paper.url, '/')));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(paper.title);
  });

  test('every paper of a sample is found first by its exact title', async () => {
    const sample = data.papers.filter((_, i) => i % 37 === 5);
    const page = await open();
    const ui = await openSearch(page);
    const misses: string[] = [];
    for (const paper of sample) {
      const { titles } = await search(ui, paper.title);
      if (titles[0] !== paper.title) misses.push(`${paper.title} → ${titles[0] ?? 'nothing'}`);
    }
    expect(misses).toEqual([]);
  }, 60_000);

  test('a phrase from inside an abstract finds that paper in the top 5', async () => {
    const paper = paperTitled(data, MAMBA);
    const page = await open(sitePath(paper.url, '/'));
    // Words from the middle of the abstract the reader sees on the paper page.
    const abstract = await page
      .getByRole('region', { name: /^Abstract/ })
      .locator('p')
      .first()
      .textContent();
    const words = (abstract ?? '').split(/\s+/).filter((w) => /^[A-Za-z-]+$/.test(w));
    expect(words.length).toBeGreaterThan(60);
    const phrase = words.slice(40, 46).join(' ');
    const ui = await openSearch(page);
    const { titles } = await search(ui, phrase);
    expect(titles.slice(0, 5)).toContain(paper.title);
  });

  test('a query nothing matches says so and lists nothing', async () => {
    const page = await open();
    const ui = await openSearch(page);
    const { status, titles } = await search(ui, 'qqxzvw');
    expect(status).toBe('No papers match “qqxzvw”');
    expect(titles).toEqual([]);
  });
});

describe('filters', () => {
  test('the Tag filter leaves exactly the papers with that tag', async () => {
    const tag = [...data.tags].sort((a, b) => a.count - b.count).find((t) => t.count >= 3);
    if (!tag) throw new Error('no tag with 3 papers');
    const page = await open();
    const ui = await openSearch(page);
    await ui.control('Tag').selectOption({ value: tag.name });
    const status = await settledStatus(ui);
    expect(status).toBe(`${tag.count} ${tag.count === 1 ? 'result' : 'results'} for the chosen filters`);
    const titles = await ui.results.allTextContents();
    expect(titles.length).toBe(Math.min(tag.count, 20));
    for (const title of titles)
      expect(
        titled(title).some((p) => p.tags.includes(tag.slug)),
        title,
      ).toBe(true);
  });

  test('the Year filter, with a query, leaves only papers of that year', async () => {
    const year = 2024;
    const page = await open();
    const ui = await openSearch(page);
    const all = await search(ui, 'model');
    await ui.control('Year').selectOption({ value: String(year) });
    await ui.status.filter({ hasNotText: all.status }).waitFor();
    const titles = await ui.results.allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThan(all.titles.length + 1);
    for (const title of titles)
      expect(
        titled(title).some((p) => p.year === year),
        title,
      ).toBe(true);
  });

  test('the filters and the sort are labelled controls', async () => {
    const page = await open();
    const ui = await openSearch(page);
    for (const label of ['Tag', 'Year', 'Collection', 'Organisation', 'Sort'])
      await expect(ui.control(label).count(), label).resolves.toBe(1);
  });

  test('the menus offer exactly the values and counts Pagefind indexed, without loading its filter index', async () => {
    const page = await open();
    const ui = await openSearch(page);
    const filterFiles: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.pf_filter')) filterFiles.push(r.url());
    });
    await search(ui, 'model');
    const tagMenu = (await ui.control('Tag').locator('option').allTextContents()).slice(1);
    expect(tagMenu.length).toBeGreaterThan(0);
    expect(filterFiles).toEqual([]);
    // What Pagefind itself counts, against the file the menus are filled from.
    const [fromPagefind, fromFile] = (await page.evaluate(`(async () => {
      const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
      const file = await fetch(new URL('search/filters.json', document.baseURI)).then((r) => r.json());
      return [await pagefind.filters(), file];
    })()`)) as [unknown, unknown];
    expect(fromFile).toEqual(fromPagefind);
    // The listener does see filter files load, once Pagefind is asked for its filters.
    expect(filterFiles.length).toBeGreaterThan(0);
  });
});

describe('sorting', () => {
  /** The papers shown, as the export knows them (titles can repeat: the first unused one). */
  const shownPapers = (titles: string[]) => {
    const used = new Set<string>();
    return titles.map((title) => {
      const paper = titled(title).find((p) => !used.has(p.url));
      if (!paper) throw new Error(`no paper titled ${title}`);
      used.add(paper.url);
      return paper;
    });
  };

  test('"Most upvoted" with no query lists every paper, the most upvoted first', async () => {
    const page = await open();
    const ui = await openSearch(page);
    await ui.control('Sort').selectOption({ label: 'Most upvoted' });
    await ui.status.filter({ hasText: `All ${data.papers.length} papers, most upvoted first` }).waitFor();
    const shown = shownPapers(await ui.results.allTextContents()).map((p) => p.upvotes ?? 0);
    const best = data.papers.map((p) => p.upvotes ?? 0).sort((a, b) => b - a);
    expect(shown).toEqual(best.slice(0, shown.length));
  });

  test('"Newest" puts the same results of a query in date order', async () => {
    const page = await open();
    const ui = await openSearch(page);
    const byRelevance = await search(ui, 'model');
    await ui.control('Sort').selectOption({ label: 'Newest' });
    await ui.status.filter({ hasText: byRelevance.status }).waitFor();
    await page.waitForFunction(
      (before) =>
        [...document.querySelectorAll('.search-result-link')].map((a) => a.textContent?.trim()).join('\n') !==
        before,
      byRelevance.titles.join('\n'),
    );
    const dates = shownPapers(await ui.results.allTextContents()).map((p) => p.date ?? '');
    expect(dates.length).toBe(byRelevance.titles.length);
    expect(dates).toEqual([...dates].sort().reverse());
    // Nothing the relevance order showed is newer than the first result now.
    const newestBefore =
      shownPapers(byRelevance.titles)
        .map((p) => p.date ?? '')
        .sort()
        .at(-1) ?? '';
    expect(dates[0]! >= newestBefore).toBe(true);
  });
});
