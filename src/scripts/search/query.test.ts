import { describe, expect, it } from 'vitest';
import { planFallback, queryWords, resultCount, statusText, withUnavailable } from './query';

describe('queryWords', () => {
  it('splits on white space and drops tokens without a letter or digit', () => {
    expect(queryWords('  Mamba:  linear-time  - sequence ')).toEqual(['Mamba:', 'linear-time', 'sequence']);
    expect(queryWords(' - : ')).toEqual([]);
    expect(queryWords('état 2024')).toEqual(['état', '2024']);
  });
});

describe('planFallback', () => {
  const hits = (o: Record<string, number>) => new Map(Object.entries(o));

  it('drops exactly the words that match nothing on their own, keeping query order', () => {
    expect(planFallback(['mamba', 'zzzunknown', 'ssm'], hits({ mamba: 7, zzzunknown: 0, ssm: 3 }))).toEqual({
      kept: ['mamba', 'ssm'],
      dropped: ['zzzunknown'],
    });
  });

  it('treats a word missing from the counts as matching nothing', () => {
    expect(planFallback(['mamba', 'qqq'], hits({ mamba: 2 }))).toEqual({ kept: ['mamba'], dropped: ['qqq'] });
  });

  it('has no plan for one word, for words that all exist, or when no word exists', () => {
    expect(planFallback(['xyzzy'], hits({ xyzzy: 0 }))).toBeUndefined();
    expect(planFallback(['mamba', 'diffusion'], hits({ mamba: 5, diffusion: 9 }))).toBeUndefined();
    expect(planFallback(['xyzzy', 'plugh'], hits({}))).toBeUndefined();
  });
});

describe('statusText', () => {
  it('counts results for the query, in curly quotes', () => {
    expect(statusText({ kind: 'results', query: ' mamba ', count: 5 })).toBe('5 results for “mamba”');
    expect(statusText({ kind: 'results', query: 'mamba', count: 1 })).toBe('1 result for “mamba”');
    expect(resultCount(1234)).toBe('1,234 results');
  });

  it('says when nothing matches', () => {
    expect(statusText({ kind: 'none', query: 'xyzzy' })).toBe('No papers match “xyzzy”');
  });

  it('names the dropped words of a fallback', () => {
    expect(statusText({ kind: 'fallback', dropped: ['zzzunknown'], count: 3 })).toBe(
      'No paper contains “zzzunknown”; showing results for the other words',
    );
    expect(statusText({ kind: 'fallback', dropped: ['a1', 'b2', 'c3'], count: 3 })).toBe(
      'No paper contains “a1”, “b2” or “c3”; showing results for the other words',
    );
  });

  it('covers the other states', () => {
    expect(statusText({ kind: 'idle' })).toBe('');
    expect(statusText({ kind: 'loading' })).toBe('Loading search…');
    expect(statusText({ kind: 'browse', count: 12, filtered: true, order: 'newest' })).toBe(
      '12 results for the chosen filters',
    );
    expect(statusText({ kind: 'browse', count: 262, filtered: false, order: 'upvotes' })).toBe(
      'All 262 papers, most upvoted first',
    );
    expect(statusText({ kind: 'error', offline: true })).toMatch(/offline/);
    expect(statusText({ kind: 'error', offline: false })).toMatch(/could not be loaded/);
  });
});

describe('withUnavailable', () => {
  it('says how many results cannot be shown offline', () => {
    expect(withUnavailable('9 results for “ssm”', 0)).toBe('9 results for “ssm”');
    expect(withUnavailable('9 results for “ssm”', 4)).toBe(
      '9 results for “ssm” (4 not saved for offline reading)',
    );
  });
});
