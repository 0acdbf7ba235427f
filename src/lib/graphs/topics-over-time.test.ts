import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { topicRows, topicsOverTime, type TimelineTag } from './topics-over-time';
import {
  childrenNamed,
  elements,
  findAll,
  readMarkup,
  textOf,
  type MarkupElement,
} from './markup-tree.testing';
import { cleanText } from './svg';
import { textWidth } from './text-fit';

const hrefFor = (slug: string) => `/base/tags/${slug}/`;
const tag = (slug: string, dates: (string | undefined)[], name = `Tag ${slug}`): TimelineTag => ({
  slug,
  name,
  papers: dates.map((date) => ({ date })),
});

const corpus: TimelineTag[] = [
  tag('kv-cache', ['2024-01-05', '2025-03-01', '2025-12-11', undefined]),
  tag('state-space-models', ['2021-11-01', '2023-12-01', '2024-01-01', '2024-06-01', '2025-01-01']),
  tag('empty', []),
  tag('cnn', ['2017-06-01', undefined, undefined, undefined, undefined]),
  tag('speech', ['2025-05-05']),
];

function render(tags: TimelineTag[], top?: number) {
  const result = topicsOverTime({ tags, hrefFor, top });
  if (!result) throw new Error('expected a picture');
  return { result, svg: readMarkup(result.svg) };
}

const titleOf = (e: MarkupElement) =>
  textOf(childrenNamed(e, 'title')[0] ?? { name: '', attributes: {}, children: [] });

describe('topicRows', () => {
  test('keeps the tags with the most papers, ties in input order, and leaves out empty tags', () => {
    const { rows } = topicRows({ tags: corpus, hrefFor, top: 3 });
    expect(rows.map((r) => r.slug)).toEqual(['state-space-models', 'cnn', 'kv-cache']);
    expect(topicRows({ tags: corpus, hrefFor }).rows.map((r) => r.slug)).not.toContain('empty');
  });

  test('every paper is counted once: per-time counts plus undated make the total', () => {
    const date = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('not a date', '2024-00-01', '2024'),
      fc
        .date({ min: new Date('1980-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    );
    const tags = fc.array(
      fc.record({
        slug: fc.string(),
        name: fc.string(),
        papers: fc.array(fc.record({ date }), { maxLength: 30 }),
      }),
      { maxLength: 15 },
    );
    fc.assert(
      fc.property(tags, fc.integer({ min: 0, max: 20 }), (input, top) => {
        const { rows, buckets } = topicRows({ tags: input, hrefFor, top });
        expect(rows.length).toBe(Math.min(top, input.filter((t) => t.papers.length > 0).length));
        for (const row of rows) {
          expect(row.counts).toHaveLength(buckets.length);
          expect(row.counts.reduce((a, b) => a + b, 0) + row.undated).toBe(row.total);
          const source = input.find((t) => t.slug === row.slug && t.papers.length === row.total);
          expect(source).toBeDefined();
        }
      }),
    );
  });
});

describe('topicsOverTime', () => {
  test('one link per row, to its tag page, named by the tag and its total', () => {
    const { svg, result } = render(corpus);
    const links = findAll(svg, 'a');
    expect(links.map((a) => a.attributes['href'])).toEqual(result.rows.map((r) => hrefFor(r.slug)));
    expect(links.map(titleOf)).toEqual([
      'Tag state-space-models: 5 papers',
      'Tag cnn: 5 papers',
      'Tag kv-cache: 4 papers',
      'Tag speech: 1 paper',
    ]);
  });

  test('draws one bar per non-empty cell, taller for more papers, each with its count', () => {
    const { svg, result } = render(corpus);
    const cells = result.rows.flatMap((r) => [...r.counts, r.undated]).filter((n) => n > 0);
    const bars = [...findAll(svg, 'rect', 'v'), ...findAll(svg, 'rect', 'u')];
    expect(bars).toHaveLength(cells.length);
    const heights = new Map<number, number>();
    for (const bar of bars) {
      const count = Number(/: (\d+) papers?$/.exec(titleOf(bar))?.[1]);
      heights.set(count, Number(bar.attributes['height']));
    }
    // cnn has 4 undated papers and every other cell is 1 or 2.
    expect(heights.get(4)).toBeGreaterThan(heights.get(2) ?? Infinity);
    expect(heights.get(2)).toBeGreaterThan(heights.get(1) ?? Infinity);
    expect(findAll(svg, 'rect', 'u')).toHaveLength(2);
  });

  test('axis labels never overlap, and always name the first and last times, undated and total', () => {
    const date = fc
      .date({ min: new Date('1995-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.option(date, { nil: undefined }), { minLength: 1, maxLength: 40 }), (dates) => {
        const { svg, result } = render([tag('a', dates), tag('b', dates.slice(1))]);
        const labels = findAll(svg, 'text', 'x').map((t) => {
          const x = Number(t.attributes['x']);
          const width = textWidth(textOf(t), 11.5);
          const left = t.attributes['text-anchor'] === 'end' ? x - width : x - width / 2;
          return { text: textOf(t), y: t.attributes['y'], left, right: left + width };
        });
        const expected = [result.buckets[0]?.short, result.buckets.at(-1)?.short, 'total'];
        if (dates.includes(undefined)) expected.push('n.d.');
        for (const text of expected.filter((t) => t !== undefined)) {
          expect(labels.map((l) => l.text)).toContain(text);
        }
        labels.forEach((a, i) => {
          expect(a.left).toBeGreaterThanOrEqual(0);
          expect(a.right).toBeLessThanOrEqual(400);
          for (const b of labels.slice(i + 1)) {
            if (a.y === b.y) expect(a.right <= b.left || b.right <= a.left).toBe(true);
          }
        });
      }),
    );
  });

  test('describes itself in words, row by row', () => {
    const { svg, result } = render(corpus);
    const desc = textOf(findAll(svg, 'desc')[0] ?? svg);
    expect(desc).toBe(result.summary);
    expect(desc).toBe(
      'Papers per year from 2017 to 2025 for the 4 tags with the most papers. ' +
        'Tag state-space-models: 5 papers, most in 2024 (2). Tag cnn: 5 papers, most in 2017 (1), 4 undated. ' +
        'Tag kv-cache: 4 papers, most in 2025 (2), 1 undated. Tag speech: 1 paper, most in 2025 (1).',
    );
  });

  test('hostile tag names stay text', () => {
    const allowed = new Set(['svg', 'style', 'desc', 'a', 'title', 'rect', 'text', 'tspan', 'path', 'g']);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 60 }),
            fc.constantFrom('<script>', 'A & B "q" {x}', '$O(n)$'),
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (names) => {
          const tags = names.map((name, i) => tag(`t${i}`, ['2024-01-01'], name));
          const svg = readMarkup(topicsOverTime({ tags, hrefFor })?.svg ?? '');
          for (const element of elements(svg)) expect(allowed.has(element.name)).toBe(true);
          expect(findAll(svg, 'a').map(titleOf)).toEqual(
            names.map((name, i) => `${cleanText(name) || `t${i}`}: 1 paper`),
          );
        },
      ),
    );
  });

  test('no tag with papers: no picture; no dated paper: only the undated column', () => {
    expect(topicsOverTime({ tags: [], hrefFor })).toBeNull();
    expect(topicsOverTime({ tags: [tag('empty', [])], hrefFor })).toBeNull();
    const { svg, result } = render([tag('a', [undefined, undefined])]);
    expect(result.buckets).toEqual([]);
    expect(findAll(svg, 'rect', 'u')).toHaveLength(1);
    expect(result.summary).toBe(
      'Papers per year for the 1 tag with the most papers. Tag a: 2 papers, 2 undated.',
    );
  });
});
