import { describe, expect, it } from 'vitest';
import { normaliseTerm, queryTerms, resultMatches, wordMatches } from './match';

describe('normaliseTerm / queryTerms', () => {
  it('compares words the way Pagefind does: lower case, letters and digits, no accents', () => {
    expect(normaliseTerm('Linear-Time')).toBe('lineartime');
    expect(normaliseTerm('Mamba:')).toBe('mamba');
    expect(normaliseTerm('Café')).toBe('cafe');
    expect(queryTerms(' Mamba:  Linear-Time - x ')).toEqual(['mamba', 'lineartime', 'x']);
  });
});

describe('wordMatches', () => {
  it('accepts extensions and near misses, rejects short fallback prefixes', () => {
    expect(wordMatches('mamb', 'mamba')).toBe(true);
    expect(wordMatches('mamba', 'mamba')).toBe(true);
    expect(wordMatches('transformerz', 'transformer')).toBe(true);
    expect(wordMatches('studies', 'study')).toBe(true);
    expect(wordMatches('xyzzy', 'x')).toBe(false);
    expect(wordMatches('zzzunknown', 'z')).toBe(false);
    expect(wordMatches('ai', 'a')).toBe(false);
    expect(wordMatches('x', 'x')).toBe(true);
    expect(wordMatches('', 'x')).toBe(false);
  });
});

describe('resultMatches', () => {
  const data = {
    content: 'Mamba: Linear-Time Sequence Modeling. iPhone-X runs at 1.4x speed',
    locations: [0, 4],
    meta: { title: 'Mamba: Linear-Time', tags: 'State-space models' },
  };

  it('reads the words at the matched locations, whole and in parts', () => {
    expect(resultMatches('mamba', data)).toBe(true);
    expect(resultMatches('iphonex', data)).toBe(true);
    expect(resultMatches('iphone', data)).toBe(true);
    expect(resultMatches('xyzzy', data)).toBe(false);
  });

  it('also reads the meta fields, which have no locations', () => {
    expect(resultMatches('statespace', data)).toBe(true);
    expect(resultMatches('models', data)).toBe(true);
    expect(resultMatches('speed', data)).toBe(false);
  });

  it('copes with missing content', () => {
    expect(resultMatches('mamba', { meta: {} })).toBe(false);
  });
});
