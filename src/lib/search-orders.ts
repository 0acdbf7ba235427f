/**
 * The orders search results can be sorted in besides relevance. Pagefind could sort too, but it
 * ships every sort order inside the metadata file the first search downloads (118 kB of its
 * 296 kB at 26,000 papers). So each paper page carries its keys (`PaperSearchMeta`), the build
 * turns them into one list of Pagefind page ids per order (`integrations/search-order.ts`), and
 * the search dialog fetches a list only when a reader picks that order. Pure.
 */

/** The orders, as the dialog's sort menu names them. */
export const SEARCH_ORDERS = ['newest', 'upvotes'] as const;

/** One order. */
export type SearchOrder = (typeof SEARCH_ORDERS)[number];

/** Where the build writes one order's list, below the site's base: a JSON array of page ids, first shown first. */
export const orderPath = (order: SearchOrder): string => `pagefind/order/${order}.json`;

/**
 * A paper's key in each order: text whose descending order is the order (ISO dates,
 * zero-padded counts). A missing value gets the lowest key, so the paper is listed last.
 */
export function orderKeys(paper: {
  date?: string | undefined;
  upvotes?: number | undefined;
}): Record<SearchOrder, string> {
  return {
    newest: paper.date ?? '0000-00-00',
    upvotes: String(Math.max(0, Math.trunc(paper.upvotes ?? 0))).padStart(9, '0'),
  };
}
