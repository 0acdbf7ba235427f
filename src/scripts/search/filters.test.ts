import { describe, expect, it } from 'vitest';
import { filterOptions, hasFilters, searchOptions } from './filters';

describe('filterOptions', () => {
  const counts = {
    year: { '2023': 4, '2025': 9, '2024': 0 },
    organisation: { Meta: 2, Google: 5, Apple: 2 },
    tag: { 'KV cache': 3, 'Early exit': 1 },
  };

  it('orders years newest first and hides values with no result', () => {
    expect(filterOptions('year', counts).map((o) => o.label)).toEqual(['2025 (9)', '2023 (4)']);
  });

  it('orders organisations by count, then name; tags by name', () => {
    expect(filterOptions('organisation', counts).map((o) => o.value)).toEqual(['Google', 'Apple', 'Meta']);
    expect(filterOptions('tag', counts).map((o) => o.value)).toEqual(['Early exit', 'KV cache']);
  });

  it('keeps the selected value even with no result, so it can be undone', () => {
    expect(filterOptions('year', counts, '2024').map((o) => o.value)).toContain('2024');
    expect(filterOptions('collection', undefined, 'Gone')).toEqual([
      { value: 'Gone', count: 0, label: 'Gone (0)' },
    ]);
  });
});

describe('searchOptions', () => {
  it('passes the chosen filters and no Pagefind sort (orders are applied to the results)', () => {
    expect(searchOptions({ tag: 'KV cache', year: '' })).toEqual({ filters: { tag: 'KV cache' } });
    expect(searchOptions({})).toEqual({ filters: {} });
  });

  it('knows whether any filter is chosen', () => {
    expect(hasFilters({ tag: '', year: '' })).toBe(false);
    expect(hasFilters({ year: '2024' })).toBe(true);
  });
});
