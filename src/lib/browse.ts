/**
 * The all-papers views: server-side sorted lists that work without JavaScript, paginated so a
 * corpus of 100,000 papers does not make one 40 MB page.
 */
import type { PaperData } from '../schema';
import { newestFirst } from './order';
import { withBase } from './urls';

/** The sort orders a reader can choose. */
export const ORDERS = [
  { id: 'newest', label: 'Newest' },
  { id: 'upvotes', label: 'Most upvoted' },
  { id: 'title', label: 'Title A–Z' },
] as const;

/** One sort order's id. */
export type Order = (typeof ORDERS)[number]['id'];

/** Papers per page of a browse view. */
export const PAGE_SIZE = 100;

/** The papers in the given order (a new array). Ties fall back to newest, then title. */
export function sortPapers(papers: PaperData[], order: Order): PaperData[] {
  const list = [...papers];
  if (order === 'newest') return list.sort(newestFirst);
  if (order === 'upvotes')
    return list.sort((a, b) => (b.upvotes ?? -1) - (a.upvotes ?? -1) || newestFirst(a, b));
  return list.sort(
    (a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || newestFirst(a, b),
  );
}

/** URL of page `n` (1-based) of a browse view. */
export function browsePath(base: string, order: Order, n = 1): string {
  return withBase(base, n <= 1 ? `browse/${order}/` : `browse/${order}/${n}/`);
}
