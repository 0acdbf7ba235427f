/**
 * Turning plain text into the terms the related-papers stage compares: lower-cased words with
 * stopwords removed, a light suffix stemmer, and adjacent-word phrases ("kv cache", "state space")
 * as extra terms. Kept separate from the scoring so it can be tested and reused on its own.
 */
import { PairTable } from './pair-table';
import { SpanTable, hashStep, spanHash } from './span-table';
import { TermCounts } from './term-counts';

/**
 * Words that say nothing about a paper's topic. Besides English function words this holds the
 * boilerplate of abstracts ("we propose", "results show", "state-of-the-art"), because those words
 * occur in every abstract and would otherwise make every pair of papers look a little alike.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost along already also although always am among
an and another any are around as at be because been before being below between both but by can
cannot could did do does doing done down during each either else enough etc even ever every few
for from further had has have having he her here hers him his how however i if in into is it its
itself just least less let like made make makes many may me might more most much must my near
neither no nor not now of off often on once one only onto or other others otherwise our ours out
over own per quite rather same several shall she should since so some such than that the their
theirs them themselves then there thereby therefore these they this those though through thus to
too toward towards two under until up upon us very via was we well were what when where whereas
whether which while who whom whose why will with within without would yet you your
paper propose proposes proposed present presents introduce introduces introduced novel new
approach approaches method methods result results show shows shown demonstrate demonstrates
experiment experiments experimental extensive achieve achieves achieved outperform outperforms
state-of-the-art sota existing previous prior work works based using use uses used furthermore
moreover specifically respectively significantly significant compared comparison code available
github https http www com org io release released publicly propose achieving various different
including key main first second third three address addressing problem problems issue issues
challenge challenges challenging while leverage leverages leveraging enable enables enabling
effective effectively improve improves improved improving improvement improvements provide
provides able often recent recently widely well-known however thereby`.split(/\s+/),
);

/**
 * A light stemmer: folds plurals and the common -ing/-ed/-ize families onto one key so that
 * "quantization", "quantized" and "quantizing" (or "cache", "caching", "cached") meet. It is
 * deliberately cruder than Porter's — keys are never shown to readers (see `Vocabulary.surface`).
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // Order matters: the longest suffix of a family must be tried first.
  for (const [suffix, repl] of [
    ['izations', 'iz'],
    ['ization', 'iz'],
    ['isation', 'iz'],
    ['izing', 'iz'],
    ['ising', 'iz'],
    ['ized', 'iz'],
    ['ised', 'iz'],
    ['izer', 'iz'],
    ['ize', 'iz'],
    ['ational', 'ate'],
    ['ations', 'ate'],
    ['ation', 'ate'],
    ['ing', ''],
    ['ed', ''],
  ] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length) + repl;
      break;
    }
  }
  // A trailing e comes and goes with suffixes (cache/caching, decode/decoding): drop it always.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/**
 * The term dictionary of one corpus. Words are interned once (lower-cased word → stem → id) and
 * phrases are keyed by the NUMBERS of their two words, so counting a text allocates no phrase
 * strings — at 100,000 abstracts, string hashing is what dominates the cost otherwise.
 */
export class Vocabulary {
  /** Stem key per term id; phrases hold both keys with a space (`kv cach`). */
  readonly keys: string[] = [];
  /** A readable form per term id: first seen, replaced by a lower-case variant once one is seen. */
  readonly surface: string[] = [];
  /** First word id of each term, and second word id (-1 for single words). */
  readonly first: number[] = [];
  readonly second: number[] = [];
  private readonly words = new Map<string, number>();
  private readonly stems = new Map<string, number>();
  // Phrase id per (first word id, second word id).
  private readonly pairs = new PairTable(1 << 12);
  // Term id (or -1) per surface form, looked up without cutting the word out of its text.
  private readonly surfaces = new SpanTable(1 << 16);
  // Terms whose readable form is already lower case: nothing can improve it.
  private readonly settled: boolean[] = [];
  // The lower-case form of each readable form, computed once instead of on every occurrence.
  private readonly lower: string[] = [];
  // Joined words ("KV-cache") met so far → their index in `joinedParts`.
  private readonly joined = new SpanTable(1 << 12);
  private readonly joinedParts: (string[] | null)[] = [];
  // The code units of the word being counted, at their text positions (see `findCodes`).
  private codes = new Uint16Array(4096);

  /** Term id of a lower-cased word, or -1 when it carries no topic (stopword, number, letter). */
  wordId(lower: string): number {
    let id = this.words.get(lower);
    if (id !== undefined) return id;
    if (lower.length < 2 || /^\d+$/.test(lower) || STOPWORDS.has(lower)) id = -1;
    else {
      const key = stem(lower);
      id = this.stems.get(key) ?? this.add(key, lower, -1, -1);
      this.stems.set(key, id);
    }
    this.words.set(lower, id);
    return id;
  }

  /** Whether a term is a two-word phrase. */
  isPhrase(t: number): boolean {
    return (this.second[t] ?? -1) >= 0;
  }

  /**
   * Adds the terms of `text` to `counts` (term id → count), each occurrence counting `weight`.
   * Phrases are adjacent content words; punctuation and stopwords end a phrase, so "cache of
   * the model" yields no phrase "cache model". Hyphens and apostrophes join words only inside a
   * word, where "KV-cache" counts as "KV cache". New terms are added in order of first occurrence.
   */
  count(text: string, weight: number, counts: Map<number, number>): Map<number, number> {
    const found = new TermCounts();
    this.countInto(text, weight, found);
    for (let i = 0; i < found.size; i++) {
      const t = found.termAt(i);
      counts.set(t, (counts.get(t) ?? 0) + found.get(t));
    }
    return counts;
  }

  /** {@link count} into reusable {@link TermCounts}: the form the term index uses, per paper. */
  countInto(text: string, weight: number, counts: TermCounts): void {
    // The previous content word (term id, readable form), while a phrase can still continue.
    let prev = -1;
    let prevSurface = '';
    const len = text.length;
    if (this.codes.length < len) this.codes = new Uint16Array(2 * len);
    const codes = this.codes;
    let i = 0;
    while (i < len) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c, text, i)) {
        // Whitespace keeps a phrase going; any other character breaks it.
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13) prev = -1;
        i++;
        continue;
      }
      const start = i;
      let joined = false;
      let hash = 0;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (isWordChar(d, text, i)) {
          hash = hashStep(hash, d);
          codes[i] = d;
          i++;
        } else if (
          (d === 45 || d === 39 || d === 8217) &&
          i + 1 < len &&
          isWordChar(text.charCodeAt(i + 1), text, i + 1)
        ) {
          joined = true;
          hash = hashStep(hash, d);
          i++;
        } else break;
      }
      const parts = joined ? this.partsOf(text, start, i, hash) : undefined;
      if (parts === null) {
        prev = -1; // "state-of-the-art"
        continue;
      }
      // A plain word is looked up in place; a joined one part by part.
      const n = parts?.length ?? 1;
      for (let p = 0; p < n; p++) {
        const part = parts?.[p];
        const slot =
          part === undefined
            ? this.surfaceSlot(text, start, i, hash, codes)
            : this.surfaceSlot(part, 0, part.length);
        const t = slot < 0 ? -1 : this.surfaces.value(slot);
        if (t < 0) {
          prev = -1;
          continue;
        }
        const surface = this.surfaces.key(slot);
        this.seen(t, surface);
        counts.add(t, weight);
        if (prev >= 0 && prev !== t) counts.add(this.pairId(prev, t, prevSurface, surface), weight);
        prev = t;
        prevSurface = surface;
      }
    }
  }

  /** {@link splitJoined} of `text[start, end)`, computed once per distinct joined word. */
  private partsOf(text: string, start: number, end: number, hash: number): string[] | null {
    let slot = this.joined.find(text, start, end, hash);
    if (slot < 0) {
      const raw = text.slice(start, end);
      slot = this.joined.add(raw, hash, this.joinedParts.push(splitJoined(raw)) - 1);
    }
    return this.joinedParts[this.joined.value(slot)] ?? null;
  }

  /**
   * The slot of a surface form (a word as written) in `surfaces`, interning it on first sight;
   * -1 for the empty word. `hash` is the span's {@link spanHash} when the caller has it.
   */
  private surfaceSlot(
    text: string,
    start: number,
    end: number,
    hash = spanHash(text, start, end),
    codes?: Uint16Array,
  ): number {
    if (end === start) return -1;
    const slot =
      codes === undefined
        ? this.surfaces.find(text, start, end, hash)
        : this.surfaces.findCodes(codes, start, end, hash);
    if (slot >= 0) return slot;
    const surface = text.slice(start, end);
    return this.surfaces.add(surface, hash, this.wordId(surface.toLowerCase()));
  }

  private add(key: string, surface: string, a: number, b: number): number {
    const id = this.keys.length;
    this.keys.push(key);
    this.surface.push(surface);
    this.first.push(a < 0 ? id : a);
    this.second.push(b);
    const lower = surface.toLowerCase();
    this.lower.push(lower);
    this.settled.push(surface === lower);
    return id;
  }

  // The phrase's readable form is only built when it is new or may still improve: building it
  // for every occurrence was a large share of counting.
  private pairId(a: number, b: number, surfaceA: string, surfaceB: string): number {
    let id = this.pairs.get(a, b);
    if (id < 0) {
      id = this.add(`${this.keys[a] ?? ''} ${this.keys[b] ?? ''}`, `${surfaceA} ${surfaceB}`, a, b);
      this.pairs.add(a, b, id);
    } else if (
      this.settled[id] !== true &&
      (this.lower[id] ?? '').length === surfaceA.length + 1 + surfaceB.length
    )
      this.seen(id, `${surfaceA} ${surfaceB}`);
    return id;
  }

  // Titles capitalise every word: show "state space", not "State Space", once seen so.
  private seen(t: number, surface: string): void {
    if (this.settled[t] === true) return;
    const current = this.surface[t];
    if (current !== undefined && current !== surface && surface === this.lower[t]) {
      this.surface[t] = surface;
      this.settled[t] = true;
    }
  }
}

/**
 * The parts of a word joined by hyphens or apostrophes ("KV-cache" → KV, cache), or null when the
 * whole is a stopword ("state-of-the-art"), which then counts as nothing and ends any phrase.
 */
function splitJoined(raw: string): string[] | null {
  return STOPWORDS.has(raw.toLowerCase()) ? null : raw.split(/['’-]/);
}

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(text[i] ?? '');
}
