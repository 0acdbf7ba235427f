import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachWord } from './words';

const spans = (text: string) => {
  const out: string[] = [];
  forEachWord(text, (start, end) => out.push(text.slice(start, end)));
  return out;
};

describe('forEachWord', () => {
  it('finds letter and digit runs, splitting at hyphens, underscores and punctuation', () => {
    expect(spans('Mamba-2 beats S4_x, naïve 東京 𝒜bc!')).toEqual([
      'Mamba',
      '2',
      'beats',
      'S4',
      'x',
      'naïve',
      '東京',
      '𝒜bc',
    ]);
  });

  it('yields exactly the spans of /[\\p{L}\\p{N}]+/gu for any text', () => {
    const chars = fc.constantFrom(..."aZ9 -_’'.é東𝒜😀\u0301".split(/(?:)/u));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((a) => a.join('')),
        (text) => {
          expect(spans(text)).toEqual([...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]));
        },
      ),
    );
  });
});
