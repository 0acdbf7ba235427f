import { describe, expect, it } from 'vitest';
import { count, formatDate } from './format';

describe('format', () => {
  it('writes dates as day, short month, year', () => {
    expect(formatDate('2024-03-11')).toBe('11 Mar 2024');
    expect(formatDate('2025-12-01')).toBe('1 Dec 2025');
  });
  it('pluralises counts and groups thousands', () => {
    expect(count(1, 'paper')).toBe('1 paper');
    expect(count(26000, 'paper')).toBe('26,000 papers');
    expect(count(2, 'child', 'children')).toBe('2 children');
  });
});
