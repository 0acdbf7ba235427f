import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { loadSeeds } from '../../tests/fixtures/listings/load-seeds';
import { inferYears } from './infer-year';
import { mergeDuplicates, paperKey } from './merge-duplicates';
import { parseListing } from './parse-listing';
import type { Listing, RawEntry } from './types';

const listing = (id: string, entries: Omit<RawEntry, 'line'>[]): Listing => ({
  id,
  path: `seeds/${id}.txt`,
  entries: entries.map((e, i) => ({ ...e, line: 10 * (i + 1) })),
});
function run(listings: Listing[]) {
  const files = new Map(listings.map((l) => [l.id, new VFile({ path: l.path })]));
  const papers = mergeDuplicates(listings, files);
  const messages = [...files.values()].flatMap((f) =>
    f.messages.map((m) => ({ file: f.stem, rule: m.ruleId, line: m.line, reason: m.reason })),
  );
  return { papers, messages, rules: messages.map((m) => [m.file, m.rule, m.line]) };
}
const ABSTRACT = 'We make models fast.';

describe('mergeDuplicates on the real seeds', () => {
  const files = loadSeeds();
  const parsed = files.map(parseListing);
  const byId = new Map(parsed.map((l, i) => [l.id, files[i] as VFile]));
  const papers = mergeDuplicates(inferYears(parsed, byId, {}), byId);

  test('275 entries become 262 papers: 13 papers appear in two listings', () => {
    expect(parsed.reduce((n, l) => n + l.entries.length, 0)).toBe(275);
    expect(papers).toHaveLength(262);
    expect(papers.filter((p) => p.sources.length > 1)).toHaveLength(13);
    expect(papers.reduce((n, p) => n + p.sources.length, 0)).toBe(275);
    expect(files.flatMap((f) => f.messages.map(String))).toEqual([]);
  });

  test('the `Nov 4` / `Nov 4, 2025` paper is dated 2025-11-04 with both sources', () => {
    const apriel = papers.find((p) => p.title.startsWith('Apriel-H1'));
    expect(apriel).toMatchObject({
      date: { month: 11, day: 4, year: 2025 },
      authors: 13,
      sources: [
        { listing: '001_32ff61b7836b8a99', line: 13 },
        { listing: '003_735574f7316076a4', line: 421 },
      ],
    });
  });

  test('metadata found in only one of the copies is kept', () => {
    const lmu = papers.find((p) => p.title.startsWith('LMUFormer'));
    expect(lmu?.sources.map((s) => s.listing.slice(0, 3))).toEqual(['000', '001']);
    expect(lmu).toMatchObject({ authors: 4, date: { month: 1, day: 19, year: 2024 } });
  });

  test('the two different `Hydra:` papers stay apart', () => {
    expect(papers.filter((p) => p.title.startsWith('Hydra:'))).toHaveLength(2);
  });
});

describe('mergeDuplicates', () => {
  test('same paper: title ignoring case, spacing and punctuation; abstract ignoring whitespace', () => {
    const { papers, rules } = run([
      listing('a', [
        { title: 'Mamba: Linear-Time Models', abstract: ABSTRACT },
        { title: 'Other', abstract: 'Else.' },
      ]),
      listing('b', [{ title: 'mamba  linear time models!', abstract: ` We  make models\tfast. ` }]),
    ]);
    expect(papers.map((p) => [p.title, p.sources])).toEqual([
      [
        'Mamba: Linear-Time Models',
        [
          { listing: 'a', line: 10 },
          { listing: 'b', line: 10 },
        ],
      ],
      ['Other', [{ listing: 'a', line: 20 }]],
    ]);
    expect(rules).toEqual([]);
  });

  test('a title reused with a different abstract: two papers and a diagnostic naming the first', () => {
    const { papers, messages } = run([
      listing('a', [{ title: 'Hydra', abstract: ABSTRACT }]),
      listing('b', [{ title: 'HYDRA', abstract: 'A different paper.' }]),
    ]);
    expect(papers).toHaveLength(2);
    expect(messages).toMatchObject([{ file: 'b', rule: 'title-reused', line: 10 }]);
    expect(messages[0]?.reason).toContain('seeds/a.txt:10');
  });

  test('metadata: missing pieces are filled in, upvotes take the highest, the dated date wins', () => {
    const { papers, rules } = run([
      listing('a', [{ title: 'P', abstract: ABSTRACT, date: { month: 11, day: 4 }, upvotes: 3 }]),
      listing('b', [
        {
          title: 'P',
          abstract: ABSTRACT,
          authors: 5,
          organisation: { id: 'X', name: 'X Lab' },
          date: { month: 11, day: 4, year: 2025 },
          upvotes: 9,
        },
      ]),
      listing('c', [{ title: 'P', abstract: ABSTRACT, upvotes: 1 }]),
    ]);
    expect(papers).toEqual([
      {
        title: 'P',
        abstract: ABSTRACT,
        identityKey: paperKey('P', ABSTRACT),
        authors: 5,
        organisation: { id: 'X', name: 'X Lab' },
        date: { month: 11, day: 4, year: 2025 },
        upvotes: 9,
        sources: ['a', 'b', 'c'].map((listing) => ({ listing, line: 10 })),
      },
    ]);
    expect(rules).toEqual([]);
  });

  test('conflicting metadata keeps the first value and reports the later copy', () => {
    const { papers, messages } = run([
      listing('a', [
        {
          title: 'P',
          abstract: ABSTRACT,
          authors: 4,
          organisation: { id: 'X', name: 'X' },
          date: { month: 1, day: 2, year: 2024 },
        },
      ]),
      listing('b', [
        {
          title: 'P',
          abstract: ABSTRACT,
          authors: 5,
          organisation: { id: 'Y', name: 'Y' },
          date: { month: 1, day: 2, year: 2025 },
        },
      ]),
    ]);
    expect(papers[0]).toMatchObject({ authors: 4, organisation: { id: 'X' }, date: { year: 2024 } });
    expect(messages.map((m) => [m.file, m.rule])).toEqual(
      Array.from({ length: 3 }, () => ['b', 'metadata-conflict']),
    );
    expect(messages.every((m) => m.reason.includes('seeds/a.txt:10'))).toBe(true);
  });

  test('a later date with a year replaces a yearless one; a different day is reported', () => {
    const { papers, messages } = run([
      listing('a', [{ title: 'P', abstract: ABSTRACT, date: { month: 3, day: 1 } }]),
      listing('b', [{ title: 'P', abstract: ABSTRACT, date: { month: 3, day: 2, year: 2024 } }]),
    ]);
    expect(papers[0]?.date).toEqual({ month: 3, day: 2, year: 2024 });
    expect(messages).toMatchObject([{ file: 'b', rule: 'metadata-conflict' }]);
    expect(messages[0]?.reason).toContain('dated Mar 2, 2024 here and Mar 1 there; keeping Mar 2, 2024');
  });

  test('does not mutate its input', () => {
    const input = [
      listing('a', [{ title: 'P', abstract: ABSTRACT, date: { month: 3, day: 1 } }]),
      listing('b', [{ title: 'P', abstract: ABSTRACT, date: { month: 3, day: 1, year: 2024 } }]),
    ];
    const before = structuredClone(input);
    run(input);
    expect(input).toEqual(before);
  });
});

describe('mergeDuplicates property', () => {
  // Few distinct titles and abstracts, so duplicates and reused titles are common.
  const entryArb = fc.record({
    title: fc.constantFrom('Hydra', 'hydra!', 'Mamba', 'M a m b a'),
    abstract: fc.constantFrom('One.', ' One. ', 'Two.'),
    upvotes: fc.nat(50),
  });
  const corpus = fc
    .array(fc.array(entryArb, { maxLength: 6 }), { maxLength: 5 })
    .map((ls) => ls.map((entries, i) => listing(`l${i}`, entries)));

  test('every entry ends up in exactly one paper, in corpus order, papers in order of first appearance', () => {
    fc.assert(
      fc.property(corpus, (listings) => {
        const { papers } = run(listings);
        const occurrences = listings.flatMap((l) =>
          l.entries.map((e) => ({
            key: paperKey(e.title, e.abstract),
            ref: { listing: l.id, line: e.line },
            upvotes: e.upvotes ?? 0,
          })),
        );
        const keys = [...new Set(occurrences.map((o) => o.key))];
        expect(papers.map((p) => paperKey(p.title, p.abstract))).toEqual(keys);
        for (const [i, paper] of papers.entries()) {
          const own = occurrences.filter((o) => o.key === keys[i]);
          expect(paper.sources).toEqual(own.map((o) => o.ref));
          expect(paper.upvotes).toBe(Math.max(...own.map((o) => o.upvotes)));
        }
      }),
    );
  });

  test('merging is idempotent: merging the merged papers again changes nothing', () => {
    fc.assert(
      fc.property(corpus, (listings) => {
        const once = run(listings).papers;
        const again = run([
          listing(
            'merged',
            once.map(({ sources: _sources, ...rest }) => rest),
          ),
        ]).papers;
        expect(again.map(({ sources: _sources, ...rest }) => rest)).toEqual(
          once.map(({ sources: _sources, ...rest }) => rest),
        );
      }),
    );
  });
});
