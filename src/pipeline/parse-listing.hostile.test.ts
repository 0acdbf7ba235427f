/**
 * parseListing on input that is not what the listing site usually writes: broken, cut,
 * oddly spaced or encoded files, each giving a diagnostic with its line and keeping every valid entry.
 */
import { describe, expect, test } from 'vitest';
import { loadFixture } from '../../tests/fixtures/listings/load-seeds';
import { parseListing } from './parse-listing';
import type { RawEntry } from './types';

import { A, B, doc, header, parse } from './parse-listing.test-helper';

describe('parseListing on hostile input', () => {
  test('a hand-made hostile file: BOM, CRLF, no Daily Papers, every problem reported once', () => {
    const file = loadFixture('hostile.txt');
    const listing = parseListing(file);
    expect(listing.id).toBe('hostile');
    expect(listing.pageDate).toEqual({ month: 11, day: 20 });
    expect(listing.entries.map((e) => [e.line, e.title])).toEqual([
      [13, 'Good Paper: Entries Survive Their Neighbours'],
      [21, 'Second Paper With \uFFFD Bad Byte'],
      [30, 'Cut Short Paper'],
    ]);
    expect(listing.entries[0]).toMatchObject({ authors: 1, date: { month: 11, day: 4 }, upvotes: 7 });
    expect(listing.entries[1]).toMatchObject({
      organisation: { id: 'NexaAI', name: 'Nexa AI' },
      date: { month: 6, day: 19, year: 2023 },
    });
    expect(listing.entries[1]?.authors).toBeUndefined();
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['undecodable-bytes', 21, 19],
      ['title-without-abstract', 11, 1],
      ['unknown-metadata-line', 26, 1],
      ['cut-short', 32, 291],
    ]);
    expect(
      file.messages.every(
        (m) => m.source === 'paper-atlas' && m.file === 'tests/fixtures/listings/hostile.txt',
      ),
    ).toBe(true);
  });

  test('BOM, CRLF or CR line endings and trailing spaces do not change the result', () => {
    const lf = doc(
      ...header('Dec 11', '', 'Title One  ', '', `${A} `, '', '  • 4 authors  ', '· ', 'Nov 4, 2025 2 '),
    );
    const expected = parse(lf).listing;
    expect(expected.entries).toEqual([
      {
        title: 'Title One',
        abstract: A,
        line: 13,
        authors: 4,
        date: { month: 11, day: 4, year: 2025 },
        upvotes: 2,
      },
    ]);
    expect(parse(`\uFEFF${lf.replace(/\n/g, '\r\n')}`).listing).toEqual(expected);
    expect(parse(lf.replace(/\n/g, '\r')).listing).toEqual(expected);
  });

  test('header lines are matched loosely and may be missing', () => {
    const { listing, rules } = parse(
      doc('NEW', '', 'Subscribe', 'byAK  and the research community', '', 'Mar 12', '', 'T', '', A),
    );
    expect(listing).toMatchObject({ pageDate: { month: 3, day: 12 }, entries: [{ title: 'T', line: 8 }] });
    expect(rules).toEqual([]);
    expect(parse(doc('Only Title', '', A)).listing.entries).toHaveLength(1);
  });

  test('a page date may carry a year, and header words after the first entry are titles', () => {
    const { listing } = parse(doc(...header('February 2, 2026', '', 'Subscribe', '', A)));
    expect(listing.pageDate).toEqual({ month: 2, day: 2, year: 2026 });
    expect(listing.entries[0]?.title).toBe('Subscribe');
  });

  test('an empty or header-only file is a warning, not a crash', () => {
    expect(parse('').rules).toEqual([['empty-file', 1]]);
    expect(parse('\uFEFF \r\n\r\n').rules).toEqual([['empty-file', 1]]);
    expect(parse(doc(...header('Dec 11'))).rules).toEqual([['empty-file', 11]]);
    expect(parse(doc(...header('Dec 11'))).listing.entries).toEqual([]);
  });

  test('a title without abstract in the middle is skipped and parsing goes on', () => {
    const { listing, rules } = parse(
      doc('One', '', A, '', 'Lonely', '', 'Two', '', B, '', 'Three', '', A.replace('sparse', 'dense')),
    );
    expect(listing.entries.map((e) => [e.title, e.line])).toEqual([
      ['One', 1],
      ['Two', 7],
      ['Three', 11],
    ]);
    expect(rules).toEqual([['title-without-abstract', 5]]);
  });

  test('a title followed directly by metadata has no abstract; its metadata goes with it', () => {
    const { listing, rules } = parse(
      doc('One', '', A, '', 'Lonely', '', '• 2 authors', '·', 'Nov 4', '', 'Two', '', B),
    );
    expect(listing.entries.map((e) => e.title)).toEqual(['One', 'Two']);
    expect(listing.entries[0]?.authors).toBeUndefined();
    expect(rules).toEqual([['title-without-abstract', 5]]);
  });

  test('a file cut short: a trailing title, a half sentence, a metadata block without date', () => {
    expect(parse(doc('One', '', A, '', 'Two'))).toMatchObject({
      rules: [['cut-short', 5]],
      listing: { entries: [{ title: 'One' }] },
    });
    const half = parse(doc('One', '', A, '', 'Two', '', B.slice(0, 400)));
    expect(half.rules).toEqual([['cut-short', 7]]);
    expect(half.listing.entries[1]?.abstract).toBe(B.slice(0, 400).trim());
    expect(parse(doc('One', '', A, '', '  • 3 authors', '·')).rules).toEqual([['cut-short', 6]]);
  });

  test('a short abstract is still read by position; closing brackets and URLs end sentences', () => {
    const { listing, rules } = parse(
      doc('One', '', 'Short ($x$).', '', 'Two', '', 'Code: https://example.org/x'),
    );
    expect(listing.entries.map((e) => e.abstract)).toEqual(['Short ($x$).', 'Code: https://example.org/x']);
    expect(rules).toEqual([]);
  });

  test('an abstract without its title is reported, not taken as a title', () => {
    const { listing, rules } = parse(
      doc('One', '', A, '', B, '', '• 2 authors', '·', 'Nov 4', '', 'Two', '', A),
    );
    expect(listing.entries.map((e) => [e.title, e.line])).toEqual([
      ['One', 1],
      ['Two', 11],
    ]);
    expect(rules).toEqual([['abstract-without-title', 5]]);
  });

  test('undecodable bytes are reported per line (capped), and the entry is kept', () => {
    const { listing, rules } = parse(doc('Bad \uFFFD title', '', A));
    expect(listing.entries).toHaveLength(1);
    expect(rules).toEqual([['undecodable-bytes', 1]]);
    const binary = parse(Array.from({ length: 30 }, () => 'x\u0000y').join('\n'));
    expect(binary.rules.filter(([r]) => r === 'undecodable-bytes')).toHaveLength(11);
  });

  test('metadata: unknown lines are reported and the rest of the block is kept', () => {
    const { listing, rules } = parse(
      doc('T', '', A, '', '  • 5 authors', '  • 7 contributors', '·', 'Nov 4, 2025 12', 'Nov 5'),
    );
    expect(listing.entries[0]).toMatchObject({
      authors: 5,
      date: { month: 11, day: 4, year: 2025 },
      upvotes: 12,
    });
    expect(rules).toEqual([
      ['unknown-metadata-line', 6],
      ['unknown-metadata-line', 9],
    ]);
  });

  test.each<[string, Partial<RawEntry>]>([
    ['  • 1 authors\n·\nNov 4', { authors: 1, date: { month: 11, day: 4 } }],
    ['• 2 authors\n·\nJun 19, 2023', { authors: 2, date: { month: 6, day: 19, year: 2023 } }],
    ['* 3 authors\n·\nJune 19, 2023 5', { authors: 3, date: { month: 6, day: 19, year: 2023 }, upvotes: 5 }],
    ['·\nDec 2 2', { date: { month: 12, day: 2 }, upvotes: 2 }],
    [
      'NexaAI Nexa AI\n·\nDec 2 2',
      { organisation: { id: 'NexaAI', name: 'Nexa AI' }, date: { month: 12, day: 2 }, upvotes: 2 },
    ],
    [
      'ReactiveAI Reactive AI\n  • 4 authors\n·\nOct 6, 2025',
      {
        organisation: { id: 'ReactiveAI', name: 'Reactive AI' },
        authors: 4,
        date: { month: 10, day: 6, year: 2025 },
      },
    ],
  ])('metadata block %j', (block, expected) => {
    const { listing, rules } = parse(doc('Title', '', A, '', block));
    expect(listing.entries).toEqual([{ title: 'Title', abstract: A, line: 1, ...expected }]);
    expect(rules).toEqual([]);
  });

  test('missing blank lines and wrapped paragraphs are joined and reported, never dropped', () => {
    const glued = parse(doc('Title', A, '  • 2 authors', '·', 'Nov 4'));
    expect(glued.listing.entries).toEqual([
      { title: 'Title', abstract: A, line: 1, authors: 2, date: { month: 11, day: 4 } },
    ]);
    expect(glued.rules).toEqual([
      ['missing-blank-line', 3],
      ['missing-blank-line', 2],
    ]);
    const org = parse(doc('Title', '', A, 'NexaAI Nexa AI', '·', 'Nov 4'));
    expect(org.listing.entries[0]?.organisation).toEqual({ id: 'NexaAI', name: 'Nexa AI' });
    const wrapped = parse(doc('A Title', 'On Two Lines', '', A.slice(0, 200), A.slice(200)));
    expect(wrapped.listing.entries[0]).toMatchObject({
      title: 'A Title On Two Lines',
      abstract: `${A.slice(0, 200)} ${A.slice(200)}`,
    });
    expect(wrapped.rules).toEqual([
      ['joined-lines', 2],
      ['joined-lines', 5],
    ]);
  });

  test('stray metadata before any entry is reported', () => {
    expect(parse(doc('·', 'Nov 4', '', 'T', '', A)).rules).toEqual([['unexpected-line', 1]]);
  });
});
