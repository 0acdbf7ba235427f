import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { loadSeeds } from '../../tests/fixtures/listings/load-seeds';
import { inferYears } from './infer-year';
import { parseListing } from './parse-listing';
import type { Listing, ListingDate, RawEntry } from './types';

let nextLine = 1;
/** An entry whose abstract is derived from its title, so equal titles mean the same paper. */
const entry = (title: string, date?: ListingDate): RawEntry => ({
  title,
  abstract: `Abstract of ${title}.`,
  line: (nextLine += 4),
  ...(date ? { date } : {}),
});
const listing = (id: string, entries: RawEntry[], pageDate?: ListingDate): Listing => ({
  id,
  path: `seeds/${id}.txt`,
  entries,
  ...(pageDate ? { pageDate } : {}),
});
function run(listings: Listing[], overrides: Record<string, number> = {}) {
  const files = new Map(listings.map((l) => [l.id, new VFile({ path: l.path })]));
  const out = inferYears(listings, files, overrides);
  const rules = [...files.values()].flatMap((f) => f.messages.map((m) => [f.stem, m.ruleId, m.line]));
  return { out, rules, files };
}
const years = (l: Listing | undefined) => l?.entries.map((e) => e.date?.year);

describe('inferYears on the real seeds', () => {
  const files = loadSeeds();
  const parsed = files.map(parseListing);
  const byId = new Map(parsed.map((l, i) => [l.id, files[i] as VFile]));
  const out = inferYears(parsed, byId, {});

  test('001 is a 2025 page, 003 a 2026 page, 002 keeps its yearless page date, no diagnostics', () => {
    expect(out.map((l) => l.pageDate)).toEqual([
      undefined,
      { month: 12, day: 11, year: 2025 },
      { month: 3, day: 12 },
      { month: 2, day: 2, year: 2026 },
    ]);
    expect(out.flatMap((l) => l.entries).filter((e) => e.date && e.date.year === undefined)).toEqual([]);
    expect(out[1]?.entries[0]).toMatchObject({
      title: 'Apriel-H1: Towards Efficient Enterprise Reasoning Models',
      date: { month: 11, day: 4, year: 2025 },
    });
    // 003 writes every entry date with its year (up to 2025); only its page date `Feb 2` lacks one.
    expect(Math.max(...(out[3]?.entries.map((e) => e.date?.year ?? 0) ?? []))).toBe(2025);
    expect(files.flatMap((f) => f.messages.map(String))).toEqual([]);
  });

  test('does not mutate the parsed listings', () => {
    expect(parsed[1]?.entries[0]?.date).toEqual({ month: 11, day: 4 });
    expect(parsed[1]?.pageDate).toEqual({ month: 12, day: 11 });
  });
});

describe('inferYears rules', () => {
  test('rule: one more than the latest year the listing writes', () => {
    const { out, rules } = run([
      listing('a', [entry('x', { month: 5, day: 1 }), entry('y', { month: 1, day: 2, year: 2022 })], {
        month: 6,
        day: 1,
      }),
    ]);
    expect(years(out[0])).toEqual([2023, 2022]);
    expect(out[0]?.pageDate).toEqual({ month: 6, day: 1, year: 2023 });
    expect(rules).toEqual([]);
  });

  test('rule: the same paper dated with a year elsewhere fixes the page year (above the lower bound is fine)', () => {
    const a = listing('a', [
      entry('shared', { month: 11, day: 4 }),
      entry('old', { month: 1, day: 1, year: 2022 }),
    ]);
    const b = listing('b', [entry('shared', { month: 11, day: 4, year: 2025 })]);
    const { out, rules } = run([a, b]);
    expect(years(out[0])).toEqual([2025, 2022]);
    expect(rules).toEqual([]);
  });

  test('cross-file evidence needs the same month and day', () => {
    const a = listing('a', [entry('shared', { month: 11, day: 4 })]);
    const b = listing('b', [entry('shared', { month: 11, day: 5, year: 2025 })]);
    expect(run([a, b]).rules).toEqual([['a', 'year-unknown', a.entries[0]?.line]]);
  });

  test('cross-file evidence that contradicts the written years wins and is reported', () => {
    const a = listing('a', [
      entry('shared', { month: 11, day: 4 }),
      entry('newer', { month: 1, day: 1, year: 2024 }),
    ]);
    const b = listing('b', [entry('shared', { month: 11, day: 4, year: 2023 })]);
    const { out, rules } = run([a, b]);
    expect(years(out[0])).toEqual([2023, 2024]);
    expect(rules).toEqual([['a', 'year-conflict', a.entries[1]?.line]]);
  });

  test('conflicting cross-file evidence: the most frequent year, with a diagnostic', () => {
    const a = listing('a', [
      entry('p', { month: 1, day: 1 }),
      entry('q', { month: 2, day: 2 }),
      entry('r', { month: 3, day: 3 }),
    ]);
    const b = listing('b', [
      entry('p', { month: 1, day: 1, year: 2024 }),
      entry('q', { month: 2, day: 2, year: 2025 }),
    ]);
    const c = listing('c', [entry('r', { month: 3, day: 3, year: 2025 })]);
    const { out, rules } = run([a, b, c]);
    expect(years(out[0])).toEqual([2025, 2025, 2025]);
    expect(rules).toEqual([['a', 'year-conflict', a.entries[0]?.line]]);
  });

  test('the user override wins, and evidence against it is reported', () => {
    const a = listing('a', [entry('shared', { month: 11, day: 4 })]);
    const b = listing('b', [entry('shared', { month: 11, day: 4, year: 2025 })]);
    const { out, rules } = run([a, b], { a: 2024 });
    expect(years(out[0])).toEqual([2024]);
    expect(rules).toEqual([['a', 'year-conflict', a.entries[0]?.line]]);
  });

  test('an overridden listing is evidence for the others', () => {
    const a = listing('a', [entry('shared', { month: 11, day: 4 })]);
    const b = listing('b', [entry('shared', { month: 11, day: 4 })]);
    const { out, rules } = run([a, b], { b: 2025 });
    expect(out.map(years)).toEqual([[2025], [2025]]);
    expect(rules).toEqual([]);
  });

  test('a page date written with its year gives the year', () => {
    const { out, rules } = run([
      listing('a', [entry('x', { month: 1, day: 3 })], { month: 2, day: 2, year: 2026 }),
    ]);
    expect(years(out[0])).toEqual([2026]);
    expect(rules).toEqual([]);
  });

  test('a yearless date after the page date is reported', () => {
    const a = listing('a', [entry('x', { month: 3, day: 1 }), entry('y', { month: 1, day: 1, year: 2024 })], {
      month: 2,
      day: 2,
    });
    const { out, rules } = run([a]);
    expect(years(out[0])).toEqual([2025, 2024]);
    expect(rules).toEqual([['a', 'date-after-page-date', a.entries[0]?.line]]);
  });

  test('no evidence: the user is asked to state the year; dates stay yearless', () => {
    const a = listing('a', [entry('x'), entry('y', { month: 3, day: 1 })], { month: 4, day: 1 });
    const { out, rules, files } = run([a]);
    expect(years(out[0])).toEqual([undefined, undefined]);
    expect(rules).toEqual([['a', 'year-unknown', a.entries[1]?.line]]);
    expect(files.get('a')?.messages[0]?.reason).toContain('seeds/listings.yaml under `a:` as `year: <year>`');
  });

  test('a yearless page date alone is not a problem; a stated year still applies', () => {
    const a = listing('a', [entry('x')], { month: 3, day: 12 });
    expect(run([a])).toMatchObject({ rules: [], out: [{ pageDate: { month: 3, day: 12 } }] });
    expect(run([a], { a: 2025 }).out[0]?.pageDate).toEqual({ month: 3, day: 12, year: 2025 });
  });

  test('returns new listings and leaves the input untouched', () => {
    const a = listing('a', [entry('x', { month: 3, day: 1 })]);
    const before = structuredClone(a);
    const { out } = run([a], { a: 2020 });
    expect(a).toEqual(before);
    expect(out[0]).not.toBe(a);
  });
});
