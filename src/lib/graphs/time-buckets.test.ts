import { describe, expect, test } from 'vitest';
import { MAX_YEAR_COLUMNS, timeBuckets } from './time-buckets';

describe('timeBuckets', () => {
  test('years when the dates span more than three years, from the first to the last', () => {
    const { unit, buckets, bucketOf } = timeBuckets(['2019-05-01', '2022-01-01', undefined, 'soon']);
    expect(unit).toBe('year');
    expect(buckets.map((b) => b.label)).toEqual(['2019', '2020', '2021', '2022']);
    expect(bucketOf('2021-12-31')).toBe(2);
    expect(bucketOf(undefined)).toBeUndefined();
    expect(bucketOf('2021-13-01')).toBeUndefined();
  });

  test('quarters when they span three years or fewer', () => {
    const { unit, buckets, bucketOf } = timeBuckets(['2024-02-10', '2025-11-30']);
    expect(unit).toBe('quarter');
    expect(buckets.map((b) => b.label)).toEqual([
      '2024 Q1',
      '2024 Q2',
      '2024 Q3',
      '2024 Q4',
      '2025 Q1',
      '2025 Q2',
      '2025 Q3',
      '2025 Q4',
    ]);
    expect(bucketOf('2024-12-31')).toBe(3);
  });

  test('a long span keeps the latest years and sums the earlier ones into one column', () => {
    const { buckets, bucketOf } = timeBuckets(['1990-01-01', '2025-01-01']);
    expect(buckets).toHaveLength(MAX_YEAR_COLUMNS);
    expect(buckets[0]).toEqual({ short: '<2015', label: 'before 2015' });
    expect(buckets[1]?.label).toBe('2015');
    expect(bucketOf('1990-06-01')).toBe(0);
    expect(bucketOf('2014-12-31')).toBe(0);
    expect(bucketOf('2015-01-01')).toBe(1);
  });
});

describe('timeBuckets at the limit', () => {
  test('as many years as columns: every year, no summed column', () => {
    const { buckets } = timeBuckets(['2014-01-01', `${2014 + MAX_YEAR_COLUMNS - 1}-01-01`]);
    expect(buckets).toHaveLength(MAX_YEAR_COLUMNS);
    expect(buckets[0]?.label).toBe('2014');
  });
});

describe('timeBuckets at scale', () => {
  test('handles a corpus-sized list of dates', () => {
    const dates = Array.from({ length: 300_000 }, (_, i) => `${2000 + (i % 20)}-06-01`);
    expect(timeBuckets(dates).buckets).toHaveLength(MAX_YEAR_COLUMNS);
  });
});
