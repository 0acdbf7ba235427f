import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { loadSeeds } from '../../tests/fixtures/listings/load-seeds';
import { parseDateLine } from './listing-date';
import { isHeaderLine, parseListing } from './parse-listing';
import type { RawEntry } from './types';

import { HEADER, parse } from './parse-listing.test-helper';

describe('parseListing on the real seeds', () => {
  const files = loadSeeds();
  const listings = files.map(parseListing);

  test('reads every entry, metadata block and page date, with no diagnostics', () => {
    expect(listings.map((l) => l.id)).toEqual([
      '000_d9369d99f8f5d6c6',
      '001_32ff61b7836b8a99',
      '002_3bc82ab3552838d9',
      '003_735574f7316076a4',
    ]);
    expect(listings.map((l) => l.entries.length)).toEqual([79, 50, 82, 64]);
    expect(listings.map((l) => l.entries.filter((e) => e.date !== undefined).length)).toEqual([0, 48, 0, 64]);
    expect(listings.map((l) => l.pageDate)).toEqual([
      undefined,
      { month: 12, day: 11 },
      { month: 3, day: 12 },
      { month: 2, day: 2 },
    ]);
    expect(files.flatMap((f) => f.messages.map(String))).toEqual([]);
  });

  test('the same files with a BOM, CRLF and trailing spaces give the same entries', () => {
    files.forEach((file, i) => {
      const hostile = `\uFEFF${String(file).replace(/\n/g, ' \t\r\n')}`;
      const copy = new VFile({ path: file.path, value: hostile });
      expect(parseListing(copy)).toEqual(listings[i]);
      expect(copy.messages).toEqual([]);
    });
  });

  test('titles are short, abstracts long, nothing keeps surrounding spaces', () => {
    const entries = listings.flatMap((l) => l.entries);
    expect(Math.max(...entries.map((e) => e.title.length))).toBeLessThan(200);
    expect(Math.min(...entries.map((e) => e.abstract.length))).toBeGreaterThan(1300);
    expect(entries.every((e) => e.title === e.title.trim() && e.abstract === e.abstract.trim())).toBe(true);
  });

  test('reads the organisation lines and the first metadata block exactly', () => {
    const orgs = listings.flatMap((l) =>
      l.entries.flatMap((e) =>
        e.organisation ? [[l.id.slice(0, 3), e.organisation, e.date, e.upvotes]] : [],
      ),
    );
    expect(orgs).toEqual([
      ['001', { id: 'NexaAI', name: 'Nexa AI' }, { month: 12, day: 2 }, 2],
      ['003', { id: 'ReactiveAI', name: 'Reactive AI' }, { month: 10, day: 6, year: 2025 }, 2],
    ]);
    expect(listings[1]?.entries[0]).toMatchObject({
      title: 'Apriel-H1: Towards Efficient Enterprise Reasoning Models',
      line: 13,
      authors: 13,
      date: { month: 11, day: 4 },
    });
    expect(listings[3]?.entries[0]).toMatchObject({
      authors: 2,
      date: { month: 4, day: 10, year: 2025 },
      upvotes: 2,
    });
  });
});

// Any text without line breaks, NUL or U+FFFD that is not a header or metadata line.
const line = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    // eslint-disable-next-line no-control-regex
    .filter((s) => !/[\r\n\u0000\uFFFD]/u.test(s) && s.trim().length > 0)
    .filter(
      (s) =>
        !isHeaderLine(s.trim()) && !parseDateLine(s) && !/^\s*[•·*‣◦∙⋅-]?\s*(\d+\s+authors?)?\s*$/iu.test(s),
    )
    // A bullet and a space start a metadata line by design.
    .filter((s) => !/^[•·‣◦∙⋅](?:\s|$)/u.test(s.trim()));
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,9}$/);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dateArb = fc.record(
  {
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    year: fc.integer({ min: 1990, max: 2100 }),
  },
  { requiredKeys: ['month', 'day'] },
);
const metaArb = fc.record(
  {
    organisation: fc.record({
      id: word,
      name: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
    }),
    authors: fc.integer({ min: 1, max: 99 }),
    date: dateArb,
    upvotes: fc.integer({ min: 0, max: 9999 }),
  },
  { requiredKeys: ['date'] },
);
const entryArb = fc.record({
  title: line(80).filter((s) => s.trim().length < 250),
  abstract: line(600).map((s) => `${s}.`),
  meta: fc.option(metaArb, { nil: undefined }),
});

describe('parseListing property', () => {
  test('serialised entries read back unchanged, whatever the line endings, BOM and spacing', () => {
    const layout = fc.record({
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      bom: fc.boolean(),
      header: fc.subarray(HEADER),
      pageDate: fc.option(dateArb, { nil: undefined }),
      pad: fc.constantFrom('', ' ', '  \t'),
      finalEol: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 8 }), layout, (entries, o) => {
        const lines: string[] = o.header.flatMap((h) => [h, '']);
        const fmt = (d: { month: number; day: number; year?: number }) =>
          `${MONTHS[d.month - 1]} ${d.day}${d.year === undefined ? '' : `, ${d.year}`}`;
        if (o.pageDate) lines.push(fmt(o.pageDate), '');
        const expected = entries.map(({ title, abstract, meta }) => {
          const entry: RawEntry = { title: title.trim(), abstract: abstract.trim(), line: lines.length + 1 };
          lines.push(title + o.pad, '', abstract + o.pad);
          if (meta) {
            lines.push('');
            if (meta.organisation) lines.push(`${meta.organisation.id} ${meta.organisation.name}${o.pad}`);
            if (meta.authors !== undefined) lines.push(`  • ${meta.authors} authors${o.pad}`);
            lines.push('·', `${fmt(meta.date)}${meta.upvotes === undefined ? '' : ` ${meta.upvotes}`}`);
            Object.assign(entry, meta);
          }
          lines.push('');
          return entry;
        });
        const text = (o.bom ? '\uFEFF' : '') + lines.join(o.eol) + (o.finalEol ? o.eol : '');
        const { listing, file } = parse(text);
        expect(listing.entries).toEqual(expected);
        if (entries.length === 0) return;
        expect(file.messages.map(String)).toEqual([]);
        expect(listing.pageDate).toEqual(o.pageDate);
        expect(listing.entries).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
