/**
 * Test helper: open a page of the served site in a fresh browser context (no shared storage
 * between tests) and record what a reader would never want to see: console errors, uncaught
 * exceptions, dialogs. Layout shifts are summed from the first paint on.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A page opened by {@link openPage}, with what it reported. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** HTTP status of the main document. */
  status: number;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  /** Messages of dialogs (alert, confirm, prompt) the page tried to open; each is dismissed. */
  dialogs: string[];
  /** Close the context (and the page). */
  close(): Promise<void>;
}

/** Options of {@link openPage}. */
export interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Browser permissions to grant the site (e.g. `clipboard-read`). */
  permissions?: string[];
}

// Runs before any page script: sums layout-shift entries not caused by input, as CLS does.
const LAYOUT_SHIFT_OBSERVER = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

/** Open `url` in a new context and wait for it to load. */
export async function openPage(
  browser: Browser,
  url: string,
  options: OpenOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  if (options.permissions)
    await context.grantPermissions(options.permissions, { origin: new URL(url).origin });
  await context.addInitScript(LAYOUT_SHIFT_OBSERVER);
  const page = await context.newPage();
  // playwright-core waits forever by default; a missing element must fail the test, not hang it.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, context, status: response?.status() ?? 0, errors, dialogs, close: () => context.close() };
}

/** Cumulative layout shift since the page started, once fonts are loaded and the page settled. */
export async function layoutShift(page: Page): Promise<number> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
}
