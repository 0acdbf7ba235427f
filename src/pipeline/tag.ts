/**
 * Assigns taxonomy tags to a paper from the words of its title and abstract. Pure.
 *
 * Speed: `compileTaxonomy` builds one small sticky regex per term, once, and files the terms in a
 * trie by their literal first letters. Tagging a text is one pass over its characters: at each
 * word start the trie yields the few terms that can start there, and only those regexes run. The
 * cost follows the length of the text rather than the size of the taxonomy (one regex per tag
 * scanning every abstract was ~20× slower), and nothing is compiled per paper.
 */
import { CharTrie } from './char-trie';
import type { Taxonomy } from './taxonomy';

/** One tag assigned to a paper. */
export interface TagMatch {
  /** The tag's slug. */
  slug: string;
  /** Weighted evidence: title hits × `titleWeight` + abstract hits × `abstractWeight`. */
  score: number;
  /** The taxonomy terms (phrases/acronyms as written in the file) that matched, strongest first. */
  evidence: string[];
}

/** The text a paper is tagged from. */
export interface TaggablePaper {
  title: string;
  abstract: string;
}

/** A compiled taxonomy: call it with a paper to get its tags. */
export type TagMatcher = (paper: TaggablePaper) => TagMatch[];

const WORD = '[\\p{L}\\p{N}]';
const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One phrase word: `*` → any continuation; otherwise the word or a simple plural of it. */
function wordPattern(word: string): string {
  if (word.endsWith('*')) return `${escapeRegex(word.slice(0, -1))}${WORD}*`;
  if (/[^aeiou]y$/i.test(word)) return `${escapeRegex(word.slice(0, -1))}(?:y|ies)`; // sparsity → sparsities
  return /\p{L}$/u.test(word) ? `${escapeRegex(word)}(?:e?s)?` : escapeRegex(word);
}

/**
 * A phrase: words joined by any run of spaces/hyphens or none ("state-space", "statespace").
 * No left-boundary test: phrases are only tried at word starts (see `scan`).
 */
function phraseRegex(phrase: string): RegExp {
  const words = phrase
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  return new RegExp(`${words.map(wordPattern).join('[\\s-]*')}(?!${WORD})`, 'iuy');
}

/**
 * An acronym, case-sensitive, with an optional plural `s`. Besides ordinary word boundaries, an
 * acronym starting with a capital may follow a lower-case letter, because the corpus coins
 * camel-case names around them (`EdgeMoE`, `ProxylessNAS`) — but `MoE` never matches `Moen`.
 */
function acronymRegex(acronym: string): RegExp {
  const camel = /^\p{Lu}/u.test(acronym) ? '|(?<=\\p{Ll})' : '';
  const plural = /[\p{Lu}\p{N}]$/u.test(acronym) ? 's?' : '';
  return new RegExp(`(?:(?<!${WORD})${camel})${escapeRegex(acronym)}${plural}(?!${WORD})`, 'uy');
}

type Role = 'evidence' | 'ignore' | 'exclude';

/** One term of one tag, ready to be tested at a candidate position. */
interface Entry {
  tag: number;
  role: Role;
  /** Index into the tag's `terms` (evidence only). */
  term: number;
  re: RegExp;
}

/** Lower-cases one UTF-16 code unit (ASCII fast path). */
const fold = (c: number): number =>
  c >= 65 && c <= 90 ? c | 32 : c < 128 ? c : String.fromCharCode(c).toLowerCase().charCodeAt(0);

/**
 * A trie over the literal start of every term (folded for phrases): walking it along the text
 * from a word start reaches exactly the terms that can match there, one step per character. A
 * node's items are the terms whose literal start ends there.
 */
type Trie = CharTrie<Entry>;

/** The UTF-16 units a match of `term` must start with: its first word's leading letters/digits. */
function literalHead(term: string, caseless: boolean): number[] {
  let first = term.trim().split(/[\s-]+/)[0] ?? '';
  if (first.endsWith('*') || /[^aeiou]y$/i.test(first)) first = first.slice(0, -1); // quantiz*, sparsit(y|ies)
  const head = /^[\p{L}\p{N}]*/u.exec(first)?.[0] ?? '';
  return Array.from({ length: head.length }, (_, i) =>
    caseless ? fold(head.charCodeAt(i)) : head.charCodeAt(i),
  );
}

function addEntry(trie: Trie, entry: Entry, term: string, caseless: boolean): void {
  trie.add(literalHead(term, caseless), entry);
}

const [NONE, LOWER, UPPER, OTHER] = [0, 1, 2, 3];

/** Character class at `i`: ASCII fast path, Unicode properties otherwise. */
function charClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) return LOWER;
  if (c >= 65 && c <= 90) return UPPER;
  if (c >= 48 && c <= 57) return OTHER;
  if (c < 128 || Number.isNaN(c)) return NONE;
  // Both halves of a surrogate pair get the class of the whole code point (e.g. math letters).
  const at = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
  const ch = String.fromCodePoint(text.codePointAt(at) ?? 0);
  return /\p{Ll}/u.test(ch) ? LOWER : /\p{Lu}/u.test(ch) ? UPPER : /[\p{L}\p{N}]/u.test(ch) ? OTHER : NONE;
}

interface Hit {
  entry: Entry;
  start: number;
  end: number;
}

/** Every place in `text` where some term matches (phrases at word starts, acronyms also mid-camel-case). */
function scan(text: string, phrases: Trie, acronyms: Trie): Hit[] {
  const hits: Hit[] = [];
  /** Tests, at `start`, every term whose literal start the text there begins with. */
  const probe = (trie: Trie, start: number, caseless: boolean): void => {
    for (let node = 0, i = start; node >= 0; i++) {
      // Most nodes hold no term: skip them on a count, without touching their (empty) list.
      if (trie.countAt(node) > 0) test(trie, node, start);
      if (i >= text.length) break;
      const c = text.charCodeAt(i);
      node = trie.child(node, caseless ? fold(c) : c);
    }
  };
  /** Runs the regexes of the terms at `node` at `start`. */
  const test = (trie: Trie, node: number, start: number): void => {
    for (const entry of trie.itemsAt(node)) {
      entry.re.lastIndex = start;
      // `test` builds no match array; a sticky regex leaves lastIndex at the match's end.
      if (entry.re.test(text)) hits.push({ entry, start, end: entry.re.lastIndex });
    }
  };
  let prev = NONE;
  for (let i = 0; i < text.length; i++) {
    const cls = charClass(text, i);
    const wordStart = cls !== NONE && prev === NONE;
    if (wordStart) probe(phrases, i, true);
    if (wordStart || (cls === UPPER && prev === LOWER)) probe(acronyms, i, false);
    prev = cls;
  }
  return hits;
}

/**
 * Compiles a taxonomy into a matcher. Build it once and reuse it for every paper: all regular
 * expressions are created here, none per paper.
 */
export function compileTaxonomy(taxonomy: Taxonomy): TagMatcher {
  const { titleWeight, abstractWeight, minScore, maxTags } = taxonomy.settings;
  const phrases: Trie = new CharTrie(); // folded to lower case
  const acronyms: Trie = new CharTrie(); // as written
  const tags = taxonomy.tags.map((tag, t) => {
    const terms = [...tag.phrases, ...tag.acronyms];
    const add = (phrase: string, role: Role, term = -1): void =>
      addEntry(phrases, { tag: t, role, term, re: phraseRegex(phrase) }, phrase, true);
    tag.phrases.forEach((phrase, i) => add(phrase, 'evidence', i));
    tag.ignore.forEach((phrase) => add(phrase, 'ignore'));
    tag.exclude.forEach((phrase) => add(phrase, 'exclude'));
    tag.acronyms.forEach((acronym, i) => {
      const entry: Entry = {
        tag: t,
        role: 'evidence',
        term: tag.phrases.length + i,
        re: acronymRegex(acronym),
      };
      addEntry(acronyms, entry, acronym, false);
    });
    return { slug: tag.slug, minScore: tag.minScore ?? minScore, terms };
  });

  return (paper) => {
    const points = new Map<number, Map<number, number>>(); // tag → term → points
    const vetoed = new Set<number>();
    for (const [text, weight] of [
      [paper.title, titleWeight],
      [paper.abstract, abstractWeight],
    ] as const) {
      const byTag = new Map<number, Hit[]>();
      for (const hit of scan(text, phrases, acronyms)) {
        if (hit.entry.role === 'exclude') vetoed.add(hit.entry.tag);
        const list = byTag.get(hit.entry.tag);
        if (list === undefined) byTag.set(hit.entry.tag, [hit]);
        else list.push(hit);
      }
      for (const [tag, hits] of byTag) {
        const ignored = hits.filter((h) => h.entry.role === 'ignore');
        // Like one global regex per tag: leftmost first, longest at a position, no overlaps, and
        // nothing inside an ignored span — so "KV" inside "KV cache" counts once.
        const evidence = hits
          .filter(
            (h) => h.entry.role === 'evidence' && !ignored.some((g) => h.start < g.end && g.start < h.end),
          )
          .sort((a, b) => a.start - b.start || b.end - a.end);
        const terms = points.get(tag) ?? new Map<number, number>();
        let free = 0;
        for (const hit of evidence) {
          if (hit.start < free) continue;
          free = hit.end;
          terms.set(hit.entry.term, (terms.get(hit.entry.term) ?? 0) + weight);
        }
        if (terms.size) points.set(tag, terms);
      }
    }
    const matches: TagMatch[] = [];
    for (const [t, terms] of [...points].sort((a, b) => a[0] - b[0])) {
      const tag = tags[t];
      if (!tag || vetoed.has(t)) continue;
      let total = 0;
      for (const p of terms.values()) total += p;
      if (total < tag.minScore) continue;
      const evidence = [...terms]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .map(([term]) => tag.terms[term] ?? '');
      matches.push({ slug: tag.slug, score: total, evidence });
    }
    // Stable sort on taxonomy order: equal scores keep the file's order, so results are deterministic.
    return matches.sort((a, b) => b.score - a.score).slice(0, maxTags);
  };
}

/** Matchers already compiled, per taxonomy object, so `tagPaper` in a loop compiles only once. */
const compiled = new WeakMap<Taxonomy, TagMatcher>();

/**
 * The tags of one paper, highest score first, at most `settings.maxTags`. A tag needs at least its
 * `minScore` (by default one title hit or two abstract hits) and no `exclude` phrase present.
 * Compiles the taxonomy on first use and caches it; use `compileTaxonomy` to hold the matcher.
 */
export function tagPaper(taxonomy: Taxonomy, paper: TaggablePaper): TagMatch[] {
  let matcher = compiled.get(taxonomy);
  if (!matcher) {
    matcher = compileTaxonomy(taxonomy);
    compiled.set(taxonomy, matcher);
  }
  return matcher(paper);
}
