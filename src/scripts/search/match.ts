/**
 * Whether a result really contains a query word. Pagefind matches a word by prefix (`mamb`
 * finds `mamba`), and when no indexed word starts with it, it quietly falls back to the longest
 * indexed word the query word starts with: `xyzzy` finds pages containing a stray `x`,
 * `zzzunknown` finds a `(Z)`. Those results would hide "no paper contains this word", so a word
 * counts as found only if a matched word shares a good part of its beginning (at least half of
 * it). Near misses like `transformerz` → `transformer` still count. Pure.
 */
import type { ResultData } from './pagefind-api';

const SEPARATORS = /[^\S\uFEFF]+/;

/** Lower-case letters and digits only, accents removed: how Pagefind compares words. */
export function normaliseTerm(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The terms Pagefind searches for a query (quoted phrases are not split here). */
export function queryTerms(query: string): string[] {
  return query.split(/\s+/).map(normaliseTerm).filter(Boolean);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Whether an indexed word `candidate` is a real match for `term` (see the module comment). */
export function wordMatches(term: string, candidate: string): boolean {
  if (!term || !candidate) return false;
  const needed = Math.min(term.length, Math.max(2, Math.ceil(term.length / 2)));
  return commonPrefix(term, candidate) >= needed;
}

/** Words of a text token: the whole (`lineartime` for `Linear-Time`) and its parts. */
function tokenWords(token: string): string[] {
  const parts = token
    .split(/[^\p{L}\p{N}]+/u)
    .map(normaliseTerm)
    .filter(Boolean);
  return [normaliseTerm(token), ...parts];
}

/**
 * Whether a result holds a real match for `term`: a matched word of its text (Pagefind's
 * `locations` index the whitespace-separated words of `content`), or any word of its meta
 * fields, which Pagefind also searches but reports no location for.
 */
export function resultMatches(
  term: string,
  data: Pick<ResultData, 'content' | 'locations' | 'meta'>,
): boolean {
  const words = data.content ? data.content.split(SEPARATORS) : [];
  const matched = (data.locations ?? []).flatMap((i) => tokenWords(words[i] ?? ''));
  const meta = Object.values(data.meta).flatMap((v) => (v ? v.split(/\s+/).flatMap(tokenWords) : []));
  return [...matched, ...meta].some((w) => wordMatches(term, w));
}
