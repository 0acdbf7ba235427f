/**
 * Time columns for counting dated papers: years, or quarters when the dates are close together,
 * with every date mapped to its column. Dates are ISO strings; anything else counts as undated.
 */

/** One time column. */
export interface TimeBucket {
  /** Short label for the axis: `2024`, `Q3`, `<2014`. */
  short: string;
  /** Full label for tables and tooltips: `2024`, `2024 Q3`, `before 2014`. */
  label: string;
}

/** Year columns at most; earlier years are summed into a first `before …` column. */
export const MAX_YEAR_COLUMNS = 12;

/** Year and quarter of an ISO date, or `undefined` for anything else. */
function parseDate(date: string | undefined): { year: number; quarter: number } | undefined {
  const match = date === undefined ? null : /^(\d{4})-(\d{2})(?:-\d{2})?/.exec(date);
  if (!match) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  return { year: Number(match[1]), quarter: Math.ceil(month / 3) };
}

/**
 * The time columns for a set of dated papers, and the column of each date. Years when the dates
 * span more than three years (the last {@link MAX_YEAR_COLUMNS}, earlier ones summed), else
 * quarters from the first dated quarter to the last.
 */
export function timeBuckets(dates: readonly (string | undefined)[]): {
  unit: 'year' | 'quarter';
  buckets: TimeBucket[];
  bucketOf: (date: string | undefined) => number | undefined;
} {
  const parsed = dates.flatMap((d) => parseDate(d) ?? []);
  if (parsed.length === 0) return { unit: 'year', buckets: [], bucketOf: () => undefined };
  const index = (p: { year: number; quarter: number }) => p.year * 4 + p.quarter - 1;
  // A loop, not Math.min(...all): a spread of 100,000 dates would overflow the call stack.
  let first = Infinity;
  let last = -Infinity;
  for (const p of parsed) {
    first = Math.min(first, index(p));
    last = Math.max(last, index(p));
  }
  const firstYear = Math.floor(first / 4);
  const lastYear = Math.floor(last / 4);
  if (lastYear - firstYear + 1 <= 3) {
    const buckets = Array.from({ length: last - first + 1 }, (_, i) => {
      const year = Math.floor((first + i) / 4);
      const quarter = ((first + i) % 4) + 1;
      return { short: `Q${quarter}`, label: `${year} Q${quarter}` };
    });
    const bucketOf = (date: string | undefined) => {
      const p = parseDate(date);
      return p && index(p) - first;
    };
    return { unit: 'quarter', buckets, bucketOf };
  }
  // Every year when they fit; else the latest years and one column summing all the earlier ones.
  const start = lastYear - firstYear + 1 <= MAX_YEAR_COLUMNS ? firstYear : lastYear - MAX_YEAR_COLUMNS + 2;
  const earlier = start > firstYear;
  const buckets: TimeBucket[] = [
    ...(earlier ? [{ short: `<${start}`, label: `before ${start}` }] : []),
    ...Array.from({ length: lastYear - start + 1 }, (_, i) => ({
      short: String(start + i),
      label: String(start + i),
    })),
  ];
  const bucketOf = (date: string | undefined) => {
    const p = parseDate(date);
    return p && Math.max(0, p.year - start + (earlier ? 1 : 0));
  };
  return { unit: 'year', buckets, bucketOf };
}
