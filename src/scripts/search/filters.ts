/**
 * The search filters and sort orders: which Pagefind filter each control drives, how its options
 * are ordered and labelled, and the search options a choice turns into. Pure.
 */
import type { SearchOrder } from '../../lib/search-orders';
import type { FilterCounts, SearchOptions } from './pagefind-api';

/** A filter control: the Pagefind filter key (as `PaperSearchMeta` writes it) and its label. */
export interface FilterSpec {
  key: 'tag' | 'year' | 'collection' | 'organisation';
  label: string;
  /** Text of the "no filter" option. */
  any: string;
}

/** The filter controls, in display order. */
export const FILTERS: readonly FilterSpec[] = [
  { key: 'tag', label: 'Tag', any: 'All tags' },
  { key: 'year', label: 'Year', any: 'All years' },
  { key: 'collection', label: 'Collection', any: 'All collections' },
  { key: 'organisation', label: 'Organisation', any: 'All organisations' },
];

/**
 * The sort control's choices. `relevance` is Pagefind's own ranking (plus the re-ranking); the
 * others are the site's search orders (`lib/search-orders.ts`), applied to Pagefind's results.
 */
export const SORTS = [
  { value: 'relevance', label: 'Relevance' },
  { value: 'newest', label: 'Newest' },
  { value: 'upvotes', label: 'Most upvoted' },
] as const satisfies readonly { value: 'relevance' | SearchOrder; label: string }[];

/** One sort choice. */
export type SortChoice = (typeof SORTS)[number]['value'];

/** One option of a filter control. */
export interface FilterOption {
  value: string;
  /** `KV cache (12)`. */
  label: string;
  count: number;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });

/**
 * The options of one filter from Pagefind's counts: years newest first, organisations by number
 * of papers, tags and collections by name. `selected` stays listed even when the current query
 * leaves it no result, so a reader can always see and undo their choice.
 */
export function filterOptions(
  key: FilterSpec['key'],
  counts: FilterCounts | undefined,
  selected = '',
): FilterOption[] {
  const values = { ...(counts?.[key] ?? {}) };
  if (selected && !(selected in values)) values[selected] = 0;
  const entries = Object.entries(values).filter(
    ([value, count]) => value && (count > 0 || value === selected),
  );
  entries.sort(([a, ca], [b, cb]) => {
    if (key === 'year') return byName(b, a);
    if (key === 'organisation') return cb - ca || byName(a, b);
    return byName(a, b);
  });
  return entries.map(([value, count]) => ({
    value,
    count,
    label: `${value} (${count.toLocaleString('en')})`,
  }));
}

/** Chosen filter values by key; an empty string means "any". */
export type FilterChoice = Partial<Record<FilterSpec['key'], string>>;

/** Pagefind search options for the chosen filters (a sort order is applied to the results after). */
export function searchOptions(filters: FilterChoice): SearchOptions {
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
  return { filters: chosen };
}

/** Whether any filter is chosen. */
export function hasFilters(filters: FilterChoice): boolean {
  return Object.values(filters).some(Boolean);
}
