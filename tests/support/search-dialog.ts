/**
 * Test helper: the header search as a reader uses it — by role and accessible name only, so a
 * test breaks when what the reader (or a screen reader) meets changes, not when markup moves.
 */
import type { Locator, Page } from 'playwright-core';

/** The parts of the search dialog a reader works with. */
export interface SearchDialog {
  dialog: Locator;
  box: Locator;
  status: Locator;
  /** Result links, in the order shown. */
  results: Locator;
  /** A filter or the sort `<select>` by its label (`Tag`, `Year`, `Collection`, `Organisation`, `Sort`). */
  control(label: string): Locator;
}

/** The search dialog of `page` (whether or not it is open). */
export function searchDialog(page: Page): SearchDialog {
  const dialog = page.getByRole('dialog', { name: 'Search papers' });
  return {
    dialog,
    box: dialog.getByRole('searchbox', { name: 'Search papers' }),
    status: dialog.getByRole('status'),
    results: dialog.getByRole('list', { name: 'Results' }).getByRole('link'),
    control: (label) => dialog.getByRole('combobox', { name: label, exact: true }),
  };
}

/** Open the dialog with the header's Search button; resolves once the search box has focus. */
export async function openSearch(page: Page): Promise<SearchDialog> {
  const ui = searchDialog(page);
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^Search/ })
    .click();
  await ui.box.waitFor({ state: 'visible' });
  return ui;
}

/** The status line once a search has finished (not while search is still loading). */
export async function settledStatus(ui: SearchDialog): Promise<string> {
  await ui.status.filter({ hasText: /result|No paper/ }).waitFor({ timeout: 15_000 });
  return (await ui.status.textContent())?.trim() ?? '';
}

/** Type `query` into the box and return the status line and the titles of the results shown. */
export async function search(ui: SearchDialog, query: string): Promise<{ status: string; titles: string[] }> {
  await ui.box.fill(query);
  await ui.status.filter({ hasText: query.trim() }).waitFor({ timeout: 15_000 });
  const status = await settledStatus(ui);
  return { status, titles: (await ui.results.allTextContents()).map((t) => t.trim()) };
}
