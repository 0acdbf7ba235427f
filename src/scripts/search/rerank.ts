/**
 * A small re-ranking pass over Pagefind's order, which scores words independently (BM25) and
 * cannot see that a query names a paper or quotes it:
 * 1. a paper whose title is exactly the query;
 * 2. a paper whose short name (the `Mamba` of "Mamba: Linear-Time …") is the query;
 * 3. a paper whose text has the query's words close together, as a quoted phrase would;
 * 4. the rest — each group in Pagefind's order (a stable sort). Pure.
 */
import { normaliseTerm, queryTerms } from './match';

/** The fields of a result the re-ranking reads (Pagefind meta and text). */
export interface RankMeta {
  /** Plain-text title. */
  title?: string | undefined;
  /** Short name, when the page states one. */
  short?: string | undefined;
  /** The page's indexed text. */
  content?: string | undefined;
}

/**
 * Compare text the way a reader means it: case, accents, punctuation and spacing ignored
 * (`Linear-Time` = `linear time`).
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The short name of a paper: the stated one, else the part of the title before its first colon
 * when that part is a name (one to four words), e.g. `Vision Mamba` for "Vision Mamba: Efficient …".
 */
export function shortNameOf(meta: RankMeta): string | undefined {
  if (meta.short?.trim()) return meta.short.trim();
  const title = meta.title ?? '';
  const colon = title.indexOf(':');
  const head = colon > 0 ? title.slice(0, colon).trim() : '';
  return head && head.split(/\s+/u).length <= 4 ? head : undefined;
}

/**
 * The fewest consecutive words of `text` that hold every term (as a word prefix, the way
 * Pagefind matches), or `Infinity`.
 */
export function phraseSpan(terms: string[], text: string): number {
  // Each word whole and in its parts, as Pagefind indexes `Linear-Time`: lineartime, linear, time.
  const words = text
    .split(/\s+/)
    .map((w) => [normaliseTerm(w), ...w.split(/[^\p{L}\p{N}]+/u).map(normaliseTerm)]);
  const need = new Set(terms);
  if (need.size === 0) return Infinity;
  const hits: { at: number; term: string }[] = [];
  words.forEach((forms, at) => {
    for (const term of need) if (forms.some((f) => f && f.startsWith(term))) hits.push({ at, term });
  });
  // Sliding window over the hits, in text order.
  const counts = new Map<string, number>();
  let best = Infinity;
  let left = 0;
  for (const hit of hits) {
    counts.set(hit.term, (counts.get(hit.term) ?? 0) + 1);
    while (counts.size === need.size) {
      const first = hits[left];
      if (!first) break;
      best = Math.min(best, hit.at - first.at + 1);
      const n = (counts.get(first.term) ?? 1) - 1;
      if (n === 0) counts.delete(first.term);
      else counts.set(first.term, n);
      left++;
    }
  }
  return best;
}

/** The group of a result for `query`: 0 title, 1 short name, 2 phrase, 3 anything else. */
export function matchTier(meta: RankMeta, query: string): 0 | 1 | 2 | 3 {
  const q = normaliseForMatch(query);
  if (!q) return 3;
  if (meta.title && normaliseForMatch(meta.title) === q) return 0;
  const short = shortNameOf(meta);
  if (short && normaliseForMatch(short) === q) return 1;
  const terms = queryTerms(query);
  // Words "close together": at most a couple of words in between for a short query.
  const slack = Math.max(2, Math.ceil(terms.length / 2));
  if (terms.length >= 2 && meta.content && phraseSpan(terms, meta.content) <= terms.length + slack) return 2;
  return 3;
}

/** Reorder results by `matchTier`, keeping Pagefind's order within each group. */
export function rerank<T>(items: readonly T[], query: string, metaOf: (item: T) => RankMeta): T[] {
  return items
    .map((item, index) => ({ item, index, tier: matchTier(metaOf(item), query) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map((x) => x.item);
}
