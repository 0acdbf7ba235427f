import transliterate from '@sindresorhus/transliterate';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_SLUG_WORDS_LENGTH, assignSlugs, paperSlug, slugWords } from './slug';
import { slugSchema } from '../schema';

describe('slugWords', () => {
  test('transliterates, lower-cases and joins words with hyphens', () => {
    expect(slugWords('Mamba: Linear-Time Sequence Modeling with Selective State Spaces')).toBe(
      'mamba-linear-time-sequence-modeling-with-selective-state',
    );
    expect(slugWords('Łódź Straße café MoE$^2$')).toBe('lodz-strasse-cafe-moe-2');
  });

  test('cuts on a word boundary within the length bound', () => {
    const slug = slugWords('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_WORDS_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugWords('a'.repeat(200))).toHaveLength(MAX_SLUG_WORDS_LENGTH);
  });

  test('an ASCII title gives the slug the transliterator would (its fast path changes no URL)', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) });
    fc.assert(fc.property(ascii, (title) => slugWords(title) === slugWords(transliterate(title))));
    expect(slugWords('O(n^2) `y`')).toBe('o-n2-y');
  });

  test('a title with nothing transliterable still gives a slug', () => {
    expect(slugWords('東京 — ??')).toBe('paper');
  });
});

describe('paperSlug', () => {
  test('two papers with the same title get different slugs from their own text', () => {
    const a = paperSlug('Hydra', 'hydra\u0000draft heads abstract');
    const b = paperSlug('Hydra', 'hydra\u0000state space abstract');
    expect(a).not.toBe(b);
    expect(a.startsWith('hydra-')).toBe(true);
  });

  test('is a function of the paper alone (same input, same slug) and always schema-valid', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, key) => {
        const slug = paperSlug(title, key);
        expect(paperSlug(title, key)).toBe(slug);
        expect(slugSchema.safeParse(slug).success).toBe(true);
      }),
    );
  });
});

describe('assignSlugs', () => {
  test('keeps short slugs when they are unique and lengthens only colliding ones', () => {
    const slugs = assignSlugs([
      { title: 'A', identityKey: 'x' },
      { title: 'B', identityKey: 'y' },
    ]);
    expect(slugs).toEqual([paperSlug('A', 'x'), paperSlug('B', 'y')]);
    const same = assignSlugs([
      { title: 'A', identityKey: 'x' },
      { title: 'A', identityKey: 'x' },
    ]);
    expect(same[0]).toBe(paperSlug('A', 'x', 16));
  });
});
