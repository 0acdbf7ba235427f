/**
 * The identity of a paper across listings: two entries are the same paper when their titles
 * match ignoring case, spacing and punctuation and their abstracts match ignoring whitespace.
 * Slugs hash this key, so changing the normalisation moves URLs: change it only on purpose.
 */

/** The title reduced to lower-case letters and digits (NFKC first, so `ﬁ` and `fi` agree). */
export function normaliseTitleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The abstract without any whitespace, so re-wrapped or re-spaced copies still match. */
export function normaliseAbstractKey(abstract: string): string {
  return abstract.normalize('NFKC').replace(/\s+/gu, '');
}

/** The identity key of a paper (title key and abstract key, separated by a newline). */
export function paperKey(title: string, abstract: string): string {
  return `${normaliseTitleKey(title)}\n${normaliseAbstractKey(abstract)}`;
}
