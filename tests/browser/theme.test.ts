/**
 * The "Dark theme" switch in the header: it says whether it is on (aria-pressed), turns the page
 * dark, and the reader's choice stays when they move to another page or come back later.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { MAIN_BUILD } from '../site/dist';
import { useBrowser, usePages, useServer } from '../support/hooks';

const browser = useBrowser();
const server = useServer(MAIN_BUILD);

const open = usePages(browser);

const toggle = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Dark theme' });

/** Relative luminance (0 black … 1 white) of the page background the reader sees. */
async function backgroundLuminance(page: Page): Promise<number> {
  const rgb = await page.evaluate(() => {
    const pick = (el: Element) => getComputedStyle(el).backgroundColor;
    const body = pick(document.body);
    return body === 'rgba(0, 0, 0, 0)' ? pick(document.documentElement) : body;
  });
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('with a light system setting the switch is off and the page light', async () => {
  const opened = await open(server().url(''), { colorScheme: 'light' });
  await expect(toggle(opened.page).getAttribute('aria-pressed')).resolves.toBe('false');
  await expect(backgroundLuminance(opened.page)).resolves.toBeGreaterThan(0.6);
});

test('with a dark system setting the switch is on and the page dark', async () => {
  const opened = await open(server().url(''), { colorScheme: 'dark' });
  await expect(toggle(opened.page).getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(backgroundLuminance(opened.page)).resolves.toBeLessThan(0.2);
});

test('choosing dark keeps the site dark on the next page and after a reload', async () => {
  const opened = await open(server().url(''), { colorScheme: 'light' });
  const { page } = opened;
  await toggle(page).click();
  await expect(toggle(page).getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(backgroundLuminance(page)).resolves.toBeLessThan(0.2);

  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Papers' }).click();
  await page.waitForURL(server().url('papers/'));
  await expect(toggle(page).getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(backgroundLuminance(page)).resolves.toBeLessThan(0.2);

  await page.reload();
  await expect(toggle(page).getAttribute('aria-pressed')).resolves.toBe('true');
  // The choice is kept by the browser for this site.
  const stored = await page.evaluate(() => Object.values({ ...localStorage }));
  expect(stored).toContain('dark');
});

test('choosing light on a dark system keeps the site light across pages', async () => {
  const opened = await open(server().url('papers/'), { colorScheme: 'dark' });
  const { page } = opened;
  await toggle(page).click();
  await expect(toggle(page).getAttribute('aria-pressed')).resolves.toBe('false');
  await page.getByRole('link', { name: 'Paper Atlas', exact: true }).click();
  await page.waitForURL(server().url(''));
  await expect(toggle(page).getAttribute('aria-pressed')).resolves.toBe('false');
  await expect(backgroundLuminance(page)).resolves.toBeGreaterThan(0.6);
});
