import { describe, expect, test } from 'vitest';
import { compareMonthDay, formatListingDate, monthNumber, parseDateLine } from './listing-date';

describe('parseDateLine', () => {
  test.each([
    ['Nov 4', { date: { month: 11, day: 4 } }],
    ['Nov 4, 2025', { date: { month: 11, day: 4, year: 2025 } }],
    ['Nov 4, 2025 2', { date: { month: 11, day: 4, year: 2025 }, upvotes: 2 }],
    ['Dec 2 2', { date: { month: 12, day: 2 }, upvotes: 2 }],
    ['  june 19,2023  ', { date: { month: 6, day: 19, year: 2023 } }],
    ['Sept. 30', { date: { month: 9, day: 30 } }],
    ['Feb 29', { date: { month: 2, day: 29 } }],
  ])('%j', (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });

  test('rejects what is not a date line', () => {
    for (const line of [
      'Feb 30',
      'Foo 4',
      'Nov',
      'Nov 0',
      '4 Nov',
      'Nov 4, 25',
      'Nov 4 2025 2 3',
      'Mamba 2',
      '',
    ]) {
      expect(parseDateLine(line), line).toBeUndefined();
    }
  });

  test('a year needs its comma: a bare number after the day is the upvote count', () => {
    expect(parseDateLine('Nov 4 2025')).toEqual({ date: { month: 11, day: 4 }, upvotes: 2025 });
  });
});

describe('helpers', () => {
  test('monthNumber accepts abbreviations and full names in any case', () => {
    expect([monthNumber('jan'), monthNumber('DECEMBER'), monthNumber('Sept'), monthNumber('Janu')]).toEqual([
      1,
      12,
      9,
      undefined,
    ]);
  });

  test('compareMonthDay ignores the year', () => {
    expect(compareMonthDay({ month: 3, day: 12, year: 2020 }, { month: 3, day: 12 })).toBe(0);
    expect(compareMonthDay({ month: 3, day: 13 }, { month: 3, day: 12 })).toBeGreaterThan(0);
    expect(compareMonthDay({ month: 2, day: 28 }, { month: 3, day: 1 })).toBeLessThan(0);
  });

  test('formatListingDate writes dates the way listings do', () => {
    expect(formatListingDate({ month: 11, day: 4 })).toBe('Nov 4');
    expect(formatListingDate({ month: 6, day: 19, year: 2023 })).toBe('Jun 19, 2023');
  });
});
