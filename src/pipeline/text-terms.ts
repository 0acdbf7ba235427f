/**
 * Turning plain text into the terms the related-papers stage compares: lower-cased words with
 * stopwords removed, a light suffix stemmer, and adjacent-word phrases ("kv cache", "state space")
 * as extra terms. Kept separate from the scoring so it can be tested and reused on its own.
 */

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
  // Phrase ids per first word, keyed by the second word's id: small-integer keys hash fast.
  private readonly pairs: Map<number, number>[] = [];
  private readonly bySurface = new Map<string, number>();
  // Terms whose readable form is already lower case: nothing can improve it.
  private readonly settled: boolean[] = [];

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
   * word, where "KV-cache" counts as "KV cache".
   */
  count(text: string, weight: number, counts: Map<number, number>): Map<number, number> {
    let prev = -1;
    let prevSurface = '';
    const bump = (t: number) => counts.set(t, (counts.get(t) ?? 0) + weight);
    const word = (surface: string) => {
      let t = this.bySurface.get(surface);
      if (t === undefined) {
        t = this.wordId(surface.toLowerCase());
        this.bySurface.set(surface, t);
      }
      if (t < 0) {
        prev = -1;
        return;
      }
      this.seen(t, surface);
      bump(t);
      if (prev >= 0 && prev !== t) {
        const pt = this.pairId(prev, t, `${prevSurface} ${surface}`);
        bump(pt);
      }
      prev = t;
      prevSurface = surface;
    };
    const len = text.length;
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
      while (i < len) {
        const d = text.charCodeAt(i);
        if (isWordChar(d, text, i)) i++;
        else if (
          (d === 45 || d === 39 || d === 8217) &&
          i + 1 < len &&
          isWordChar(text.charCodeAt(i + 1), text, i + 1)
        ) {
          joined = true;
          i++;
        } else break;
      }
      const raw = text.slice(start, i);
      if (!joined) word(raw);
      else if (STOPWORDS.has(raw.toLowerCase()))
        prev = -1; // "state-of-the-art"
      else for (const part of raw.split(/['’-]/)) word(part);
    }
    return counts;
  }

  private add(key: string, surface: string, a: number, b: number): number {
    const id = this.keys.length;
    this.keys.push(key);
    this.surface.push(surface);
    this.first.push(a < 0 ? id : a);
    this.second.push(b);
    this.settled.push(surface === surface.toLowerCase());
    return id;
  }

  private pairId(a: number, b: number, surface: string): number {
    let byB = this.pairs[a];
    if (byB === undefined) {
      byB = new Map();
      this.pairs[a] = byB;
    }
    let id = byB.get(b);
    if (id === undefined) {
      id = this.add(`${this.keys[a] ?? ''} ${this.keys[b] ?? ''}`, surface, a, b);
      byB.set(b, id);
    } else this.seen(id, surface);
    return id;
  }

  // Titles capitalise every word: show "state space", not "State Space", once seen so.
  private seen(t: number, surface: string): void {
    if (this.settled[t] === true) return;
    const current = this.surface[t];
    if (current !== undefined && current !== surface && surface === current.toLowerCase()) {
      this.surface[t] = surface;
      this.settled[t] = true;
    }
  }
}

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(text[i] ?? '');
}
