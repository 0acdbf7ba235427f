/**
 * The sort orders of search, built from the index: each paper page's keys (read from its HTML)
 * and the page id Pagefind gave it (read from its fragment files), turned into one list of page
 * ids per order. See `lib/search-orders.ts` for why this is not left to Pagefind. Pure.
 */
import { SEARCH_ORDERS, type SearchOrder } from '../lib/search-orders';

const KEY = /<span\b[^>]*\bdata-search-order="([a-z]+)"[^>]*>([^<]*)<\/span>/gu;

/** The order keys a page carries (`<span data-search-order="newest">2024-05-01</span>`). */
export function pageOrderKeys(html: string): Partial<Record<SearchOrder, string>> {
  const keys: Partial<Record<SearchOrder, string>> = {};
  for (const [, name, value] of html.matchAll(KEY)) {
    const order = SEARCH_ORDERS.find((o) => o === name);
    if (order && value !== undefined) keys[order] = value.trim();
  }
  return keys;
}

/**
 * The pages of one decoded Pagefind fragment file, as `[url, page id]`. A file holds one page's
 * fragment (its name is the page id) or, when fragments are grouped (`maxFragments`), an object
 * of fragments by page id.
 */
export function fragmentPages(fileId: string, decoded: unknown): [string, string][] {
  if (typeof decoded !== 'object' || decoded === null) return [];
  const url = (fragment: unknown) =>
    typeof fragment === 'object' && fragment !== null && 'url' in fragment && typeof fragment.url === 'string'
      ? fragment.url
      : undefined;
  const own = url(decoded);
  if (own !== undefined) return [[own, fileId]];
  return Object.entries(decoded).flatMap(([id, fragment]) => {
    const u = url(fragment);
    return u === undefined ? [] : [[u, id] as [string, string]];
  });
}

/** One indexed page and its order keys. */
export interface OrderedPage {
  url: string;
  keys: Partial<Record<SearchOrder, string>>;
}

/**
 * Each order as the ids of the indexed pages, first shown first: key descending, ties by URL so
 * the lists are the same every build. Pages without a key come last; pages Pagefind did not
 * index are left out.
 */
export function orderLists(
  pages: OrderedPage[],
  idByUrl: Map<string, string>,
): Record<SearchOrder, string[]> {
  const indexed = pages.filter((p) => idByUrl.has(p.url));
  const lists = {} as Record<SearchOrder, string[]>;
  for (const order of SEARCH_ORDERS) {
    const sorted = [...indexed].sort((a, b) => {
      const ka = a.keys[order] ?? '';
      const kb = b.keys[order] ?? '';
      if (ka !== kb) return ka < kb ? 1 : -1;
      return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
    });
    lists[order] = sorted.map((p) => idByUrl.get(p.url) ?? '');
  }
  return lists;
}
