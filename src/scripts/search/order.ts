/**
 * Sorting search results in a chosen order (newest, most upvoted): the build writes each order
 * as a list of Pagefind page ids (`lib/search-orders.ts`), fetched the first time a reader
 * picks that order. Knows nothing of the DOM.
 */
import { orderPath, type SearchOrder } from '../../lib/search-orders';
import { withBase } from '../../lib/urls';

/** Position of each page id in one order. */
export type Ranks = Map<string, number>;

/** Ranks from an order's list (first shown first); anything but a list of strings is refused. */
export function ranksOf(list: unknown): Ranks {
  if (!Array.isArray(list) || list.some((id) => typeof id !== 'string')) {
    throw new Error('a search order must be a list of page ids');
  }
  return new Map((list as string[]).map((id, i) => [id, i]));
}

/**
 * The results in the order's sequence. A result the order does not know (an index newer than
 * the list) goes after the known ones, keeping its place among the others.
 */
export function inOrder<T extends { id: string }>(results: T[], ranks: Ranks): T[] {
  const last = ranks.size;
  return results
    .map((result, i) => ({ result, rank: ranks.get(result.id) ?? last, i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((r) => r.result);
}

const loading = new Map<SearchOrder, Promise<Ranks>>();

/** Fetch one order's list once; a failed fetch can be retried. */
export function loadOrder(base: string, order: SearchOrder): Promise<Ranks> {
  let ranks = loading.get(order);
  if (!ranks) {
    ranks = (async () => {
      const response = await fetch(withBase(base, orderPath(order)));
      if (!response.ok) throw new Error(`${orderPath(order)}: HTTP ${response.status}`);
      return ranksOf(await response.json());
    })();
    loading.set(order, ranks);
    ranks.catch(() => loading.delete(order));
  }
  return ranks;
}
