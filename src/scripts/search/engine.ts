/**
 * Searching with Pagefind: loading it from the site's own bundle, the ranking options, and one
 * search with its fallback when a word matches nothing. Knows nothing of the DOM.
 */
import { withBase } from '../../lib/urls';
import type {
  FilterCounts,
  PagefindModule,
  RankingOptions,
  SearchResponse,
  SearchResult,
} from './pagefind-api';
import { hasFilters, searchOptions, type FilterChoice, type SortChoice } from './filters';
import { normaliseTerm, queryTerms, resultMatches } from './match';
import { inOrder, type Ranks } from './order';
import { planFallback, queryWords, type SearchStatus } from './query';
import type { SearchOrder } from '../../lib/search-orders';

/**
 * Ranking. Pagefind's defaults, except that a match in the title meta weighs more than its
 * default 5, and the short name (the `Mamba` of "Mamba: …") as much: both are how readers look
 * for a paper they already know. The remaining exact-name cases are settled by `rerank`.
 */
export const RANKING: RankingOptions = { metaWeights: { title: 8, short: 8 } };

/** Words a result excerpt spans. */
export const EXCERPT_WORDS = 26;

let loading: Promise<PagefindModule> | undefined;

/** Load `<base>pagefind/pagefind.js` once and configure it; a failed load can be retried. */
export function loadPagefind(base: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const url = withBase(base, 'pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    // Explicit paths, so the site works under a sub-path whatever Pagefind would guess.
    await pagefind.options({
      basePath: withBase(base, 'pagefind/'),
      baseUrl: base,
      excerptLength: EXCERPT_WORDS,
      ranking: RANKING,
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Papers per filter value over the whole corpus, from the site's `search/filters.json`. */
export async function loadFilterTotals(base: string): Promise<FilterCounts> {
  const response = await fetch(withBase(base, 'search/filters.json'));
  if (!response.ok) throw new Error(`search/filters.json: HTTP ${response.status}`);
  return (await response.json()) as FilterCounts;
}

/** A search as the reader set it up. */
export interface SearchRequest {
  query: string;
  filters: FilterChoice;
  sort: SortChoice;
}

/** What a search found and how to describe it. */
export interface SearchOutcome {
  status: SearchStatus;
  results: SearchResult[];
  /** The response the results came from (for filter counts), if a search ran. */
  response?: SearchResponse | undefined;
  /** The words the results matched (the query, or what is left after dropping words). */
  matched: string;
}

/** Whether Pagefind really found `word` anywhere (see `match.ts`): its best result contains it. */
async function wordFound(pagefind: PagefindModule, word: string): Promise<boolean> {
  const term = normaliseTerm(word);
  const top = (await pagefind.search(word)).results[0];
  return !!top && !!term && resultMatches(term, await top.data());
}

/** Where a search order's ranks come from (`loadOrder` in the dialog). */
export type OrderSource = (order: SearchOrder) => Promise<Ranks>;

/**
 * Run one search. Returns `null` when a newer search started during the debounce wait. A chosen
 * order (newest, most upvoted) is fetched from `orders` while Pagefind searches, and the results
 * are put in that order.
 */
export async function runSearch(
  pagefind: PagefindModule,
  request: SearchRequest,
  orders: OrderSource,
): Promise<SearchOutcome | null> {
  const sort = request.sort;
  if (sort === 'relevance') return matchQuery(pagefind, request);
  const ranks = orders(sort);
  // Not left unhandled when the search fails first: the search's error is the one reported.
  ranks.catch(() => {});
  const outcome = await matchQuery(pagefind, request);
  if (outcome === null || outcome.results.length === 0) return outcome;
  return { ...outcome, results: inOrder(outcome.results, await ranks) };
}

/**
 * The results of one search, in Pagefind's order; `null` when a newer search started during the
 * debounce wait.
 *
 * Pagefind returns only pages containing every word, and answers a word no page contains with
 * pages containing a short prefix of it (`match.ts`). So unless the best result really contains
 * every word, each word is looked up on its own (without filters: the question is whether any
 * paper contains it), and the search is retried without the words no paper contains.
 */
async function matchQuery(pagefind: PagefindModule, request: SearchRequest): Promise<SearchOutcome | null> {
  const query = request.query.trim();
  const words = queryWords(query);
  const options = searchOptions(request.filters);
  if (words.length === 0) {
    if (!hasFilters(request.filters) && request.sort === 'relevance') {
      return { status: { kind: 'idle' }, results: [], matched: '' };
    }
    // No words but filters or an order: list every paper that passes, like a browse page.
    const response = await pagefind.search(null, options);
    const status: SearchStatus = {
      kind: 'browse',
      count: response.results.length,
      filtered: hasFilters(request.filters),
      order: request.sort,
    };
    return { status, results: response.results, response, matched: '' };
  }
  const response = await pagefind.debouncedSearch(query, options, 150);
  if (response === null) return null;
  const asFound = (): SearchOutcome => ({
    status: { kind: 'results', query, count: response.results.length },
    results: response.results,
    response,
    matched: query,
  });
  const top = response.results[0];
  // A quoted phrase is matched exactly by Pagefind, without the prefix fallback.
  const exact = /^\s*".+"\s*$/.test(query);
  const topData = top && !exact ? await top.data() : undefined;
  if (top && (exact || queryTerms(query).every((t) => topData && resultMatches(t, topData)))) {
    return asFound();
  }
  const found = words.length > 1 ? await Promise.all(words.map((w) => wordFound(pagefind, w))) : [false];
  if (top && found.every(Boolean)) {
    // Every word exists on its own: the results are Pagefind's own (a stem match, say).
    return asFound();
  }
  const plan = planFallback(words, new Map(words.map((w, i) => [w, found[i] ? 1 : 0])));
  if (plan) {
    const matched = plan.kept.join(' ');
    const retry = await pagefind.search(matched, options);
    if (retry.results.length > 0) {
      return {
        status: { kind: 'fallback', dropped: plan.dropped, count: retry.results.length },
        results: retry.results,
        response: retry,
        matched,
      };
    }
  }
  return { status: { kind: 'none', query }, results: [], response, matched: query };
}
