/**
 * The values each paper is filtered by in search (tag, year, collection, organisation), and
 * their totals over the corpus. One function decides both, so the filter menus (filled from the
 * totals in `search/filters.json`) offer exactly the values Pagefind indexed from each page's
 * `PaperSearchMeta`. Pure.
 */

/** The filter keys, as `data-pagefind-filter` names them. */
export type FilterKey = 'tag' | 'year' | 'collection' | 'organisation';

/** A paper's values per filter key. */
export type PaperFilterValues = Record<FilterKey, string[]>;

/** What a paper's filters are made from (a `PaperView` has it all). */
export interface FilterSource {
  paper: { year?: number | undefined; organisation?: { name: string } | undefined };
  tags: { name: string }[];
  collections: { name: string }[];
}

/** The filter values of one paper. */
export function paperFilterValues({ paper, tags, collections }: FilterSource): PaperFilterValues {
  return {
    tag: tags.map((t) => t.name),
    year: paper.year === undefined ? [] : [String(paper.year)],
    collection: collections.map((c) => c.name),
    organisation: paper.organisation ? [paper.organisation.name] : [],
  };
}

/**
 * Papers per value per filter key, in the shape of Pagefind's `filters()` (key → value → count).
 * A value a paper lists twice counts once for it.
 */
export function filterTotals(papers: PaperFilterValues[]): Record<FilterKey, Record<string, number>> {
  const totals: Record<FilterKey, Record<string, number>> = {
    tag: {},
    year: {},
    collection: {},
    organisation: {},
  };
  for (const values of papers)
    for (const key of Object.keys(totals) as FilterKey[])
      for (const value of new Set(values[key])) totals[key][value] = (totals[key][value] ?? 0) + 1;
  return totals;
}
