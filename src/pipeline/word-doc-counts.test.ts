import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDocCounts } from './word-doc-counts';
import { forEachWord, isWordChar } from './words';

/** The plain version: cut every word and compound out of its text and look it up. */
function reference(texts: string[], wanted: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = new Set<string>();
    let compoundEnd = -1;
    let compound = -1;
    forEachWord(text, (start, end) => {
      if (wanted.has(text.slice(start, end))) words.add(text.slice(start, end));
      if (compound < 0 || start === 0 || text.charCodeAt(start - 1) !== 45 || compoundEnd !== start - 1)
        compound = start;
      compoundEnd = end;
      const continues = text.charCodeAt(end) === 45 && end + 1 < text.length && isWordChar(text, end + 1);
      if (!continues && compound < start && wanted.has(text.slice(compound, end)))
        words.add(text.slice(compound, end));
    });
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

const sorted = (m: Map<string, number>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('wordDocCounts', () => {
  it('counts the texts using each wanted word or hyphenated compound', () => {
    const texts = ['a moe-lightning setup', 'MoE-Lightning, fast', 'moe-lightning-fast', 'FIT fit fit'];
    const wanted = new Set(['moe-lightning', 'fit', 'moe', 'FITs']);
    expect(sorted(wordDocCounts(texts, wanted))).toEqual([
      ['fit', 1],
      ['moe', 2],
      ['moe-lightning', 1],
    ]);
  });

  it('agrees with cutting out and looking up every word', () => {
    const text = fc.array(fc.constantFrom(...'ab- A.é'.split('')), { maxLength: 25 }).map((a) => a.join(''));
    const want = fc.array(fc.constantFrom(...'ab-Aé'.split('')), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), fc.array(want, { maxLength: 8 }), (texts, words) => {
        const wanted = new Set(words.map((w) => w.join('')));
        expect(sorted(wordDocCounts(texts, wanted))).toEqual(sorted(reference(texts, wanted)));
      }),
    );
  });
});
