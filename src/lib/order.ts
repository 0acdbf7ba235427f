/** The order readers expect in paper lists, shared by the pages and their pure helpers. */
import type { PaperData } from '../schema';

/** Newest first, undated last, then by title: the order readers expect in a paper list. */
export function newestFirst(a: PaperData, b: PaperData): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title, 'en');
}
