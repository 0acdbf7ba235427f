import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  LABEL_FONT,
  MAX_NEIGHBOURS,
  collectNeighbours,
  neighbourhoodGraph,
  relationText,
  type GraphPaper,
  type NeighbourhoodInput,
  type ScoredPaper,
} from './neighbourhood';
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

const hrefFor = (slug: string) => `/base/papers/${slug}/`;
const paper = (slug: string, title = `Title of ${slug}`): GraphPaper => ({ slug, title });
const scored = (slug: string, score: number, title?: string): ScoredPaper => ({
  ...paper(slug, title),
  score,
});

/** A paper page's usual case, with one paper both related and mentioned. */
const typical: NeighbourhoodInput = {
  center: paper('mamba-linear-time-sequence-modeling-with-selective-state-5f9d61', 'Mamba'),
  related: [
    scored('hydra-bidirectional-state-space-models-through-generalized-eea7ed', 0.74),
    scored('vision-mamba-efficient-visual-representation-learning-with-826992', 0.69),
    scored('gated-linear-attention-transformers-with-hardware-efficient-e34d88', 0.72),
    scored('multimodal-mamba-decoder-only-multimodal-state-space-3b1c2d', 0.73),
    scored('drama-mamba-enabled-model-based-reinforcement-learning-is-d0d962', 0.72),
  ],
  mentions: [paper('s4-structured-state-spaces-for-sequence-modeling-aa11bb', 'S4: Structured State Spaces')],
  mentionedBy: [
    paper('hydra-bidirectional-state-space-models-through-generalized-eea7ed'),
    paper('scaling-laws-in-patchification-an-image-is-worth-50176-cc22dd', 'Scaling Laws in Patchification'),
  ],
  hrefFor,
};

function render(input: NeighbourhoodInput) {
  const graph = neighbourhoodGraph(input);
  if (!graph) throw new Error('expected a graph');
  return { graph, svg: readMarkup(graph.svg) };
}

const links = (svg: MarkupElement) => findAll(svg, 'a');
const linkTitle = (a: MarkupElement) =>
  textOf(childrenNamed(a, 'title')[0] ?? { name: '', attributes: {}, children: [] });
const numberAttr = (e: MarkupElement, key: string) => Number(e.attributes[key]);

describe('neighbourhoodGraph', () => {
  test('links every neighbour exactly once, with its href, and never the paper itself', () => {
    const { svg } = render({ ...typical, related: [...typical.related, scored(typical.center.slug, 1)] });
    const hrefs = links(svg).map((a) => a.attributes['href']);
    const expected = new Set(
      [...typical.related, ...typical.mentions, ...typical.mentionedBy].map((p) => hrefFor(p.slug)),
    );
    expect(hrefs).toHaveLength(expected.size);
    expect(new Set(hrefs)).toEqual(expected);
    expect(hrefs).not.toContain(hrefFor(typical.center.slug));
  });

  test('each link is named by the full title and how it is connected', () => {
    const { svg } = render(typical);
    const hydra = links(svg).find((a) => a.attributes['href']?.includes('hydra'));
    expect(hydra && linkTitle(hydra)).toBe(
      'Title of hydra-bidirectional-state-space-models-through-generalized-eea7ed (related 0.74 · mentions this paper)',
    );
    for (const a of links(svg)) expect(linkTitle(a).length).toBeGreaterThan(0);
  });

  test('orders by kind, then by score (related) or title (mentions)', () => {
    const { graph, svg } = render(typical);
    expect(graph.neighbours.map((n) => [n.slug.slice(0, 8), n.kinds])).toEqual([
      ['hydra-bi', ['related', 'mentionedBy']],
      ['multimod', ['related']],
      ['drama-ma', ['related']],
      ['gated-li', ['related']],
      ['vision-m', ['related']],
      ['s4-struc', ['mentions']],
      ['scaling-', ['mentionedBy']],
    ]);
    // Reading (and tab) order is that order too.
    expect(links(svg).map((a) => a.attributes['href'])).toEqual(graph.neighbours.map((n) => n.href));
  });

  test('the picture depends on the papers, not on the order they are given in', () => {
    const reference = neighbourhoodGraph(typical)?.svg;
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...typical.related], { minLength: 5 }),
        fc.shuffledSubarray([...typical.mentionedBy], { minLength: 2 }),
        (related, mentionedBy) => {
          expect(neighbourhoodGraph({ ...typical, related, mentionedBy })?.svg).toBe(reference);
        },
      ),
    );
  });

  test('draws one curve per neighbour in the style of its first kind, and an arrowhead per mention', () => {
    const { svg } = render(typical);
    const curves = findAll(svg, 'path', 'e').filter((p) => /C/.test(p.attributes['d'] ?? ''));
    expect(curves).toHaveLength(7);
    expect(curves.filter((c) => c.attributes['class']?.includes('r'))).toHaveLength(5);
    expect(curves.filter((c) => c.attributes['class']?.includes('o'))).toHaveLength(1);
    expect(curves.filter((c) => c.attributes['class']?.includes('i'))).toHaveLength(1);
    // Hydra mentions this paper, S4 is mentioned by it, Scaling Laws mentions it; plus the legend's two.
    expect(findAll(svg, 'path', 'h')).toHaveLength(3 + 2);
  });

  test('the legend names exactly the kinds drawn, and line styles are not told by colour alone', () => {
    const legendOf = (input: NeighbourhoodInput) => findAll(render(input).svg, 'text', 'm').map(textOf);
    expect(legendOf(typical)).toEqual([
      'related (score)',
      'this paper mentions it',
      'it mentions this paper',
    ]);
    expect(legendOf({ ...typical, mentions: [], mentionedBy: [] })).toEqual(['related (score)']);
    const { svg } = render(typical);
    const style = textOf(findAll(svg, 'style')[0] ?? svg);
    // Dashed, solid and dotted: three dash patterns, whatever the colours.
    expect(style).toMatch(/\.r\{[^}]*stroke-dasharray:5 3/);
    expect(style).toMatch(/\.i\{[^}]*stroke-dasharray:0 4/);
    expect(style).not.toMatch(/\.o\{[^}]*dasharray/);
  });

  test('boxes do not overlap, stay inside the picture, and their labels fit them', () => {
    const many = Array.from({ length: MAX_NEIGHBOURS }, (_, i) =>
      scored(
        `paper-${i}`,
        1 - i / 20,
        `${'Averyveryverylongwordthatmustbecut '.repeat(i % 3)}Paper ${i} `.repeat(3),
      ),
    );
    const { svg } = render({ ...typical, related: many, mentions: [], mentionedBy: [] });
    const [, , width = 0, height = 0] = (svg.attributes['viewBox'] ?? '').split(' ').map(Number);
    const boxes = findAll(svg, 'rect', 'b').map((r) => ({
      x: numberAttr(r, 'x'),
      y: numberAttr(r, 'y'),
      w: numberAttr(r, 'width'),
      h: numberAttr(r, 'height'),
    }));
    expect(boxes).toHaveLength(MAX_NEIGHBOURS);
    boxes.forEach((a, i) => {
      expect(a.x >= 0 && a.y >= 0 && a.x + a.w <= width && a.y + a.h <= height).toBe(true);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart).toBe(true);
      }
    });
    for (const a of links(svg)) {
      const [box] = findAll(a, 'rect', 'b');
      const [text] = findAll(a, 'text');
      if (!box || !text) throw new Error('a box without its label');
      const padding = numberAttr(text, 'x') - numberAttr(box, 'x');
      const room = numberAttr(box, 'width') - 2 * padding;
      const titleLines = [
        text.children.filter((c) => typeof c === 'string').join(''),
        ...findAll(text, 'tspan')
          .filter((t) => !t.attributes['class'])
          .map(textOf),
      ];
      const metaLines = findAll(text, 'tspan', 'm').map(textOf);
      expect(padding).toBeGreaterThan(0);
      for (const line of titleLines) expect(textWidth(line, LABEL_FONT.title)).toBeLessThanOrEqual(room);
      for (const line of metaLines) expect(textWidth(line, LABEL_FONT.meta)).toBeLessThanOrEqual(room);
      expect(titleLines.length).toBeLessThanOrEqual(2);
    }
  });

  test('long titles are cut with an ellipsis on the box, and kept whole in the tooltip', () => {
    const title = 'Scaling Laws in Patchification: An Image Is Worth 50,176 Tokens And More';
    const { svg } = render({
      ...typical,
      related: [scored('long', 0.5, title)],
      mentions: [],
      mentionedBy: [],
    });
    const a = links(svg)[0];
    if (!a) throw new Error('no link');
    const label = findAll(a, 'text').map(textOf).join('');
    expect(label).toContain('…');
    expect(linkTitle(a)).toBe(`${title} (related 0.50)`);
  });

  test('hostile titles stay text: the markup is well-formed and has no element from a title', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.string({
        unit: fc.constantFrom('<', '&', '"', '{', '\u0000', '\u0085', '\ud800', '\udc00', 'a', ' ', '-'),
      }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        'A & B "quoted" {x} $O(n)$',
        ']]> <!-- --> <![CDATA[',
        '&amp;&lt;',
      ),
    );
    const allowed = new Set(['svg', 'style', 'path', 'g', 'rect', 'text', 'tspan', 'a', 'title']);
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 6 }), (titles) => {
        const related = titles.map((title, i) => scored(`p-${i}`, 0.5, title));
        const graph = neighbourhoodGraph({ ...typical, related, mentions: [], mentionedBy: [] });
        const svg = readMarkup(graph?.svg ?? '');
        for (const element of elements(svg)) expect(allowed.has(element.name)).toBe(true);
        const tooltips = links(svg).map(linkTitle);
        titles.forEach((title, i) => {
          const shown = cleanText(title) || `p-${i}`;
          expect(tooltips[i]).toBe(`${shown} (related 0.50)`);
        });
      }),
    );
  });

  test('a paper without neighbours gets no picture', () => {
    const lonely = { ...typical, related: [], mentions: [], mentionedBy: [] };
    expect(neighbourhoodGraph(lonely)).toBeNull();
    expect(neighbourhoodGraph({ ...lonely, mentions: [typical.center] })).toBeNull();
  });

  test('past the limit, the rest are counted, not drawn', () => {
    const citers = Array.from({ length: 14 }, (_, i) => paper(`citer-${String(i).padStart(2, '0')}`));
    const { graph, svg } = render({ ...typical, mentionedBy: citers });
    expect(links(svg)).toHaveLength(MAX_NEIGHBOURS);
    expect(graph.omitted).toBe(5 + 1 + 14 - MAX_NEIGHBOURS);
    expect(graph.caption).toMatch(new RegExp(`\\(${graph.omitted} more not shown\\)\\.$`));
  });

  test('a typical picture stays well inside the page budget', () => {
    const { graph } = render({ ...typical, mentions: [], mentionedBy: [] });
    expect(graph.svg.length).toBeLessThan(4096);
  });
});

describe('collectNeighbours and relationText', () => {
  test('merges the kinds of a paper listed more than once', () => {
    const { neighbours } = collectNeighbours({
      ...typical,
      related: [scored('a', 0.3), scored('a', 0.2)],
      mentions: [paper('a')],
      mentionedBy: [paper('a')],
    });
    expect(neighbours).toHaveLength(1);
    expect(neighbours[0]?.kinds).toEqual(['related', 'mentions', 'mentionedBy']);
    expect(neighbours[0] && relationText(neighbours[0])).toBe(
      'related 0.30 · mentioned here · mentions this paper',
    );
  });

  test('the caption counts each kind', () => {
    expect(render(typical).graph.caption).toBe(
      'Connected papers: 5 related papers, 1 paper it mentions and 2 papers that mention it.',
    );
    expect(render({ ...typical, mentions: [], mentionedBy: [] }).graph.caption).toBe(
      'Connected papers: 5 related papers.',
    );
  });
});
