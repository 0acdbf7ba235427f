/**
 * Permanent, readable URL slugs. A slug depends only on the paper itself — its title and its
 * identity (title + abstract) — never on which other papers are in the corpus or in what order,
 * so adding or removing papers can never move an existing URL.
 */
import { createHash } from 'node:crypto';
import transliterate from '@sindresorhus/transliterate';

/** Longest readable part of a slug, in characters (cut on a word boundary). */
export const MAX_SLUG_WORDS_LENGTH = 60;
/** Hex digits of the identity hash appended to every slug. */
export const SLUG_HASH_LENGTH = 6;

/**
 * The title in ASCII. Most titles already are, and for them the transliterator only removes the
 * two ASCII characters Unicode counts as diacritics (`^`, a backtick); doing just that keeps
 * slugs identical (property-tested) at a fraction of the cost on a large corpus.
 */
function toAscii(title: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/u.test(title) ? title.replace(/[\^`]/gu, '') : transliterate(title);
}

/** The readable part: the title transliterated to ASCII, lower-cased, words joined by hyphens. */
export function slugWords(title: string, maxLength = MAX_SLUG_WORDS_LENGTH): string {
  const words = toAscii(title)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > maxLength) {
      // A single overlong first word is cut rather than dropped, so the slug stays readable.
      if (!out) out = word.slice(0, maxLength);
      break;
    }
    out = next;
  }
  return out || 'paper';
}

/** A stable short hash of a paper's identity key (see `paperKey`). */
export function identityHash(identityKey: string, length = SLUG_HASH_LENGTH): string {
  return createHash('sha256').update(identityKey).digest('hex').slice(0, length);
}

/**
 * The slug of a paper: readable title words plus a hash of the paper's identity. The hash is
 * always present (not only on collisions) because a suffix added only when a second paper with
 * the same title arrives would change the first paper's URL.
 * The title words come from the title as the listing wrote it, not from the cleaned text, so
 * improving a text-cleaning rule can never move a URL either.
 */
export function paperSlug(title: string, identityKey: string, hashLength = SLUG_HASH_LENGTH): string {
  return `${slugWords(title)}-${identityHash(identityKey, hashLength)}`;
}

/**
 * Slugs for a whole corpus. Distinct papers whose title words and short hash coincide (a 1 in
 * 16 million chance per same-title pair) get a longer hash; that too depends only on each
 * paper's own identity, so no URL depends on order.
 */
export function assignSlugs(papers: readonly { title: string; identityKey: string }[]): string[] {
  const short = papers.map((p) => paperSlug(p.title, p.identityKey));
  const count = new Map<string, number>();
  for (const slug of short) count.set(slug, (count.get(slug) ?? 0) + 1);
  return papers.map((p, i) =>
    (count.get(short[i] ?? '') ?? 0) > 1 ? paperSlug(p.title, p.identityKey, 16) : (short[i] ?? ''),
  );
}
