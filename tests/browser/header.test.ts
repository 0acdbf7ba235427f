/**
 * What every page offers a reader before its content: a skip link, the "Paper Atlas" link home,
 * the site navigation, the Search button and the theme switch — on one page of every kind.
 * And the 404 page, which offers a way on: a search box that finds papers.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { MAIN_BUILD } from '../site/dist';
import { useBrowser, usePages, useServer } from '../support/hooks';
import { searchDialog, settledStatus } from '../support/search-dialog';
import { MAMBA, pageKinds, paperTitled, readExport, type SiteExport } from '../support/site-data';

const browser = useBrowser();
const server = useServer(MAIN_BUILD);
let data: SiteExport;
beforeAll(() => {
  data = readExport(MAIN_BUILD);
});

// Console errors are not this file's subject, and the 404 page is loaded with status 404.
const open = usePages(browser, { allowErrors: true });

describe.each(pageKinds(readExport(MAIN_BUILD), MAIN_BUILD.base))('the $kind page ($path)', ({ path }) => {
  test('starts with a skip link, then the header: home link, navigation, Search, theme switch', async () => {
    const opened = await open(server().url(path));
    const { page } = opened;
    const header = page.getByRole('banner');
    await expect(
      header.getByRole('link', { name: 'Paper Atlas', exact: true }).getAttribute('href'),
    ).resolves.toBe('/');
    const nav = await header.getByRole('navigation').getByRole('link').allInnerTexts();
    expect(nav.length).toBeGreaterThan(1);
    await expect(header.getByRole('button', { name: /^Search/ }).isVisible()).resolves.toBe(true);
    await expect(header.getByRole('button', { name: 'Dark theme' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('main').count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);

    // The first Tab reaches the skip link, which moves focus into the main content.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toMatch(
      /^Skip to/,
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.closest('main') !== null)).resolves.toBe(true);
  });
});

describe('the 404 page', () => {
  test('answers 404, says the page was not found, and its search box finds papers', async () => {
    const opened = await open(server().url('papers/no-such-paper-123456/'));
    const { page } = opened;
    expect(opened.status).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/not found/i);
    const box = page.getByRole('main').getByRole('searchbox');
    await expect(box.count()).resolves.toBe(1);
    const mamba = paperTitled(data, MAMBA);
    await box.fill('Mamba linear time');
    await box.press('Enter');
    const ui = searchDialog(page);
    await ui.box.waitFor();
    await settledStatus(ui);
    expect((await ui.results.allInnerTexts()).slice(0, 5)).toContain(mamba.title);
  });
});
