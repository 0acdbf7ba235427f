import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermCounts } from './term-counts';
import { STOPWORDS, Vocabulary, stem } from './text-terms';

const isWordChar = (c: number, text: string, i: number): boolean =>
  c < 128
    ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
    : /[\p{L}\p{N}]/u.test(text[i] ?? '');

/**
 * The counting rules spelled out plainly, keyed by term key instead of id: every word cut out of
 * the text, phrases keyed by string. Also tracks each phrase's readable form as `Vocabulary` does.
 */
class Reference {
  readonly surfaces = new Map<string, string>();

  count(text: string, weight: number, counts: Map<string, number>): void {
    let prev: string | undefined;
    let prevSurface = '';
    const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + weight);
    const word = (surface: string) => {
      const lower = surface.toLowerCase();
      if (lower.length < 2 || /^\d+$/.test(lower) || STOPWORDS.has(lower)) {
        prev = undefined;
        return;
      }
      const key = stem(lower);
      bump(key);
      if (prev !== undefined && prev !== key) {
        const phrase = `${prev} ${key}`;
        const readable = `${prevSurface} ${surface}`;
        const current = this.surfaces.get(phrase);
        if (current === undefined) this.surfaces.set(phrase, readable);
        else if (current !== current.toLowerCase() && readable === current.toLowerCase())
          this.surfaces.set(phrase, readable);
        bump(phrase);
      }
      prev = key;
      prevSurface = surface;
    };
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c, text, i)) {
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13) prev = undefined;
        i++;
        continue;
      }
      const start = i;
      let joined = false;
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (isWordChar(d, text, i)) i++;
        else if ((d === 45 || d === 39 || d === 8217) && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
          joined = true;
          i++;
        } else break;
      }
      const raw = text.slice(start, i);
      if (!joined) word(raw);
      else if (STOPWORDS.has(raw.toLowerCase())) prev = undefined;
      else for (const part of raw.split(/['’-]/)) word(part);
    }
  }
}

/** Counts `texts` (with weights) through one vocabulary and checks each against the plain rules. */
function agreesWithReference(texts: [string, number][]): void {
  const v = new Vocabulary();
  const ref = new Reference();
  const counts = new TermCounts();
  for (const [text, weight] of texts) {
    counts.clear();
    v.countInto(text, weight, counts);
    const expected = new Map<string, number>();
    ref.count(text, weight, expected);
    const found = Array.from({ length: counts.size }, (_, i) => counts.termAt(i));
    expect(found.map((id) => [v.keys[id], counts.get(id)])).toEqual([...expected]);
    for (const id of found) {
      if (v.isPhrase(id)) expect(v.surface[id]).toBe(ref.surfaces.get(v.keys[id] ?? ''));
    }
    // `count` is the same counting, into a Map.
    const map = new Vocabulary().count(text, weight, new Map());
    expect([...map.values()]).toEqual(found.map((id) => counts.get(id)));
  }
}

describe('Vocabulary.countInto', () => {
  it('counts words and phrases by the plain rules, keeping a lower-case phrase form once seen', () => {
    agreesWithReference([
      ['KV-Cache Compression: cache cache caching', 2],
      ["State Space models. The state space of state-of-the-art models; don't", 1],
      ['kv-cache and KV caches, 東京 Tokyo 42 x', 1],
    ]);
  });

  it('counts the terms the plain rules count, in the same order, with the same phrase forms', () => {
    const piece = fc.constantFrom(
      ...['KV', 'kv', 'cache', 'Cache', 'caching', 'state', 'State', 'space', 'of', 'the', 'x', '42'],
      ...[' ', ' ', ' ', '-', "'", '’', '.', ',', '\n', 'é', 'Ü', '東京', '\u{1d49c}', 'state-of-the-art'],
    );
    const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.constantFrom(1, 2)), { maxLength: 5 }), agreesWithReference),
    );
  });
});
