/**
 * The citation buttons of a paper page put on the clipboard what a reader pastes into notes:
 * the page's URL, a Markdown link `[Title](url)`, and a BibTeX entry with title, year and URL.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { MAIN_BUILD } from '../site/dist';
import { useBrowser, usePages, useServer } from '../support/hooks';
import { readExport, sitePath, type ApiPaper } from '../support/site-data';

const browser = useBrowser();
const server = useServer(MAIN_BUILD);
let paper: ApiPaper;
beforeAll(() => {
  // A dated paper whose title has no character Markdown or TeX would escape.
  const found = readExport(MAIN_BUILD).papers.find((p) => p.year !== null && /^[\w\s:,.-]+$/.test(p.title));
  if (!found) throw new Error('no dated paper with a plain title');
  paper = found;
});

const open = usePages(browser);

/** Open the paper page with clipboard access, and its address as a reader would share it. */
async function openPaper(): Promise<{ page: Page; url: string }> {
  const opened = await open(server().url(sitePath(paper.url, '/')), {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = opened.page;
  const canonical = await page
    .locator('link[rel="canonical"]')
    .getAttribute('href', { timeout: 1_000 })
    .catch(() => null);
  return { page, url: canonical ?? page.url() };
}

async function copy(page: Page, button: string): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: button, exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /copied/i })
    .first()
    .waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('citation buttons', () => {
  test('"Copy link" copies the page address', async () => {
    const { page, url } = await openPaper();
    expect(url).toMatch(/^https?:\/\/.+\/papers\/[^/]+\/$/);
    await expect(copy(page, 'Copy link')).resolves.toBe(url);
  });

  test('"Copy Markdown link" copies [Title](url)', async () => {
    const { page, url } = await openPaper();
    await expect(copy(page, 'Copy Markdown link')).resolves.toBe(`[${paper.title}](${url})`);
  });

  test('"Copy BibTeX" copies an entry with the title, year and URL', async () => {
    const { page, url } = await openPaper();
    const bibtex = await copy(page, 'Copy BibTeX');
    expect(bibtex).toMatch(/^@\w+\{[^,\s]+,\n/);
    expect(bibtex).toMatch(/\n\}$/);
    const field = (name: string) =>
      bibtex.match(new RegExp(`^\\s*${name}\\s*=\\s*\\{+(.*?)\\}+,?$`, 'm'))?.[1];
    expect(field('title')).toBe(paper.title);
    expect(field('year')).toBe(String(paper.year));
    expect(field('url')).toBe(url);
  });

  test('a copy is announced in a status message', async () => {
    const { page } = await openPaper();
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: 'Link copied' });
    await status.waitFor();
    await expect(status.isVisible()).resolves.toBe(true);
  });
});
