/**
 * How other parts of the site open the search dialog (the 404 page's form): an event on
 * `document`, so they need not import the search UI or know whether it has loaded.
 */

/** Event name the search UI listens for. */
export const OPEN_SEARCH_EVENT = 'paper-atlas:open-search';

/** What the event carries. */
export interface OpenSearchDetail {
  /** Text to put in the search box (searched at once). */
  query?: string | undefined;
  /** Element to give focus back to when the dialog closes. */
  opener?: HTMLElement | undefined;
}

/** Open the search dialog, optionally prefilled. */
export function openSearch(detail: OpenSearchDetail = {}): void {
  document.dispatchEvent(new CustomEvent<OpenSearchDetail>(OPEN_SEARCH_EVENT, { detail }));
}
