/**
 * The words of a query and what the search tells the reader about them. Pure: no DOM, no
 * Pagefind, so the wording and the word-dropping rule are unit-tested.
 */

/**
 * The words of a query as Pagefind will match them: split on white space, tokens with no letter
 * or digit dropped (a lone `-` or `:` can never match and would make the fallback report it).
 */
export function queryWords(query: string): string[] {
  return query
    .trim()
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** How a query that found nothing can be retried without the words that match nothing. */
export interface FallbackPlan {
  /** Words that found papers on their own, in query order. */
  kept: string[];
  /** Words no paper contains, in query order. */
  dropped: string[];
}

/**
 * Decide which words to drop, given how many papers each word finds on its own. Pagefind only
 * returns pages containing every word, so one unknown word (a typo, a name from elsewhere)
 * empties the result list; dropping exactly the words that match nothing keeps the reader's
 * intent. Returns `undefined` when there is nothing useful to retry: a single word, no unknown
 * word (the words exist but never together), or no known word left.
 */
export function planFallback(words: string[], hits: ReadonlyMap<string, number>): FallbackPlan | undefined {
  if (words.length < 2) return undefined;
  const kept = words.filter((w) => (hits.get(w) ?? 0) > 0);
  const dropped = words.filter((w) => (hits.get(w) ?? 0) === 0);
  if (kept.length === 0 || dropped.length === 0) return undefined;
  return { kept, dropped };
}

/** What the status line reports after a search. */
export type SearchStatus =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'error'; offline: boolean }
  | { kind: 'results'; query: string; count: number }
  | { kind: 'browse'; count: number; filtered: boolean; order: 'relevance' | 'newest' | 'upvotes' }
  | { kind: 'none'; query: string }
  | { kind: 'fallback'; dropped: string[]; count: number };

const quote = (s: string) => `“${s}”`;

/** `“a”`, `“a” or “b”`, `“a”, “b” or “c”`. */
function orList(words: string[]): string {
  const quoted = words.map(quote);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** `1 result`, `5 results`, `1,234 results`. */
export function resultCount(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'result' : 'results'}`;
}

/**
 * The sentence the live region announces. Plain text (the caller sets it as text, never HTML);
 * curly quotes mark the reader's own words.
 */
export function statusText(status: SearchStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'loading':
      return 'Loading search…';
    case 'error':
      return status.offline
        ? 'Search is not available offline until it has been used once online.'
        : 'Search could not be loaded. Reload the page to try again.';
    case 'results':
      return `${resultCount(status.count)} for ${quote(status.query.trim())}`;
    case 'browse':
      if (status.filtered) return `${resultCount(status.count)} for the chosen filters`;
      return `All ${status.count.toLocaleString('en')} papers, ${status.order === 'upvotes' ? 'most upvoted' : 'newest'} first`;
    case 'none':
      return `No papers match ${quote(status.query.trim())}`;
    case 'fallback':
      return `No paper contains ${orList(status.dropped)}; showing results for the other words`;
  }
}

/** Add how many results cannot be shown offline (their text was never fetched) to a status. */
export function withUnavailable(text: string, unavailable: number): string {
  if (unavailable <= 0) return text;
  return `${text} (${unavailable.toLocaleString('en')} not saved for offline reading)`;
}
