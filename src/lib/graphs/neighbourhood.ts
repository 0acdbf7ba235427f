/**
 * The neighbourhood picture of a paper page: the paper in the middle, the papers around it in two
 * columns of boxes (each a link), and one curve per neighbour whose line style says how they are
 * connected. A pure function of plain data, computed at build time: no script, no chart library.
 *
 * Layout rules, all deterministic: neighbours are ordered by kind (related, then papers this one
 * mentions, then papers that mention it) and, within a kind, by score or title; the first half
 * fills the left column, the rest the right one, each column centred on the middle box. Boxes
 * never overlap because each column is a plain stack, and curves never cross boxes because they
 * only run in the gaps between the columns and the middle.
 */
import type { Element } from 'hast';
import {
  KIND_ORDER,
  collectNeighbours,
  neighbourhoodCaption,
  relationText,
  type Neighbour,
  type NeighbourhoodInput,
  type RelationKind,
} from './neighbours';
import { h, num, toSvgMarkup } from './svg';
import { wrapText } from './text-fit';

export {
  MAX_NEIGHBOURS,
  collectNeighbours,
  relationText,
  type GraphPaper,
  type Neighbour,
  type NeighbourhoodInput,
  type RelationKind,
  type ScoredPaper,
} from './neighbours';

/** The picture and the words around it. */
export interface NeighbourhoodGraph {
  /** Inline SVG markup (a `role="group"` element, since it holds links). */
  svg: string;
  /** One sentence for a figure caption: what is shown, and how many were left out. */
  caption: string;
  /** The neighbours drawn, in reading (and tab) order. */
  neighbours: Neighbour[];
  /** Neighbours not drawn, past the limit. */
  omitted: number;
}

const LEGEND_WORDS: Record<RelationKind, string> = {
  related: 'related (score)',
  mentions: 'this paper mentions it',
  mentionedBy: 'it mentions this paper',
};
// One CSS class per line style, named by the first (main) kind of the neighbour.
const EDGE_CLASS: Record<RelationKind, string> = { related: 'r', mentions: 'o', mentionedBy: 'i' };

/** Font sizes of the box labels, in viewBox units: the title lines and the relation line. */
export const LABEL_FONT = { title: 13.5, meta: 12 } as const;
const TITLE_SIZE = LABEL_FONT.title;
const META_SIZE = LABEL_FONT.meta;

// Geometry, in viewBox units. The viewBox is 400 wide, so at a 360 px phone width text is drawn
// at 0.9 of its size here (13.5 → 12 px); the CSS caps the width so it never grows huge.
const W = 400;
const EDGE = 4;
const BOX_W = 142;
const PAD_X = 6;
const PAD_Y = 6;
const TITLE_LINE = 15.5;
const META_LINE = 14;
const ROW_GAP = 8;
const MID_W = 48;
const MID_H = 40;
const ARROW = 7;
const LEGEND_LINE = 16;

const STYLE = [
  `.pa-ng{display:block;max-width:30rem;height:auto;font-size:${TITLE_SIZE}px}`,
  '.pa-ng text{fill:var(--text)}',
  '.pa-ng .b{fill:var(--bg);stroke:var(--border,var(--muted))}',
  '.pa-ng a text{fill:var(--link)}',
  '.pa-ng a:hover text,.pa-ng a:focus text{text-decoration:underline}',
  '.pa-ng a:focus-visible .b{stroke:var(--focus,var(--link));stroke-width:2.5}',
  `.pa-ng .m,.pa-ng a .m{fill:var(--muted);font-size:${META_SIZE}px}`,
  '.pa-ng .c rect{fill:var(--text)}.pa-ng .c text{fill:var(--bg);font-weight:700}',
  '.pa-ng .e{fill:none;stroke:var(--text);stroke-width:1.5}',
  '.pa-ng .r{stroke:var(--accent,var(--link));stroke-dasharray:5 3}',
  '.pa-ng .i{stroke-dasharray:0 4;stroke-linecap:round;stroke-width:2.2}',
  '.pa-ng .h{fill:var(--text)}.pa-ng .h.r{fill:var(--accent,var(--link))}',
  // Forced colours (Windows high contrast) do not recolour SVG paint: map it to system colours.
  '@media (forced-colors:active){.pa-ng text,.pa-ng .m,.pa-ng a .m,.pa-ng .h,.pa-ng .h.r,.pa-ng .c rect' +
    '{fill:CanvasText}.pa-ng a text{fill:LinkText}.pa-ng .e{stroke:CanvasText}' +
    '.pa-ng .b{fill:Canvas;stroke:CanvasText}.pa-ng .c text{fill:Canvas}}',
].join('');

/** A small triangle whose tip is at (x, y), pointing left (`dir` -1) or right (+1). */
function arrowHead(x: number, y: number, dir: 1 | -1, cls: string): Element {
  const back = x - dir * ARROW;
  return h('path', {
    className: ['h', cls],
    d: `M${num(x)} ${num(y)}L${num(back)} ${num(y - 3.5)}V${num(y + 3.5)}Z`,
  });
}

/** A curve leaving and arriving horizontally, so neighbouring curves fan out without crossing. */
function curve(x0: number, y0: number, x1: number, y1: number, cls: string): Element {
  const xm = (x0 + x1) / 2;
  return h('path', {
    className: ['e', cls],
    d: `M${num(x0)} ${num(y0)}C${num(xm)} ${num(y0)} ${num(xm)} ${num(y1)} ${num(x1)} ${num(y1)}`,
  });
}

/** One neighbour's box: a link whose `<title>` names the whole paper and the relation. */
function neighbourBox(n: Neighbour, x: number, y: number, title: string[], meta: string[]): Element {
  const height = boxHeight(title.length, meta.length);
  const tx = x + PAD_X;
  const lines = [
    ...title.map((line, i) => h('tspan', i === 0 ? {} : { x: tx, dy: TITLE_LINE }, line)),
    ...meta.map((line, i) =>
      h('tspan', { className: ['m'], x: tx, dy: i === 0 ? META_LINE + 1 : META_LINE }, line),
    ),
  ];
  // The first tspan inherits the text's position; it carries no attributes of its own.
  const first = lines[0];
  const rest = lines.slice(1);
  return h(
    'a',
    { href: n.href },
    h('title', {}, `${n.title} (${relationText(n)})`),
    h('rect', { className: ['b'], x, y, width: BOX_W, height, rx: 4 }),
    h('text', { x: tx, y: y + PAD_Y + 11 }, first?.children ?? [], rest),
  );
}

// One unit more than the lines need: the relation line sits a unit lower to set it off the title.
function boxHeight(titleLines: number, metaLines: number): number {
  return 2 * PAD_Y + titleLines * TITLE_LINE + metaLines * META_LINE + 1;
}

/**
 * The neighbourhood picture of a paper, or `null` when it has no neighbours: a picture of one
 * lone box says nothing the page does not, so the page shows no figure at all.
 */
export function neighbourhoodGraph(input: NeighbourhoodInput): NeighbourhoodGraph | null {
  const { neighbours, omitted } = collectNeighbours(input, input.maxNeighbours);
  if (neighbours.length === 0) return null;

  const textWidth = BOX_W - 2 * PAD_X;
  const boxes = neighbours.map((n) => {
    const title = wrapText(n.title, textWidth, TITLE_SIZE, 2);
    const meta = wrapText(relationText(n), textWidth, META_SIZE, 2);
    return { n, title, meta, height: boxHeight(title.length, meta.length) };
  });
  const leftCount = Math.ceil(boxes.length / 2);
  const columns = [boxes.slice(0, leftCount), boxes.slice(leftCount)];
  const columnHeight = (column: typeof boxes) =>
    column.reduce((sum, b) => sum + b.height, 0) + Math.max(0, column.length - 1) * ROW_GAP;
  const graphHeight = Math.max(MID_H, ...columns.map(columnHeight));
  const midY = EDGE + graphHeight / 2;
  const midX = W / 2;

  const edges: Element[] = [];
  const nodes: Element[] = [];
  columns.forEach((column, side) => {
    const dir: 1 | -1 = side === 0 ? -1 : 1;
    const boxX = side === 0 ? EDGE : W - EDGE - BOX_W;
    const innerX = side === 0 ? EDGE + BOX_W : W - EDGE - BOX_W;
    const startX = midX + (dir * MID_W) / 2;
    let y = midY - columnHeight(column) / 2;
    for (const box of column) {
      const endY = y + box.height / 2;
      // Spread the curves' starts along the middle box's side so they do not leave as one line.
      const startY = midY + Math.max(-MID_H / 2 + 4, Math.min(MID_H / 2 - 4, (endY - midY) / 4));
      const cls = EDGE_CLASS[box.n.kinds[0] ?? 'related'];
      edges.push(curve(startX, startY, innerX, endY, cls));
      // Arrowheads point from the paper that mentions to the paper it mentions.
      if (box.n.kinds.includes('mentions')) edges.push(arrowHead(innerX, endY, dir, cls));
      if (box.n.kinds.includes('mentionedBy')) edges.push(arrowHead(startX, startY, dir === 1 ? -1 : 1, cls));
      nodes.push(neighbourBox(box.n, boxX, y, box.title, box.meta));
      y += box.height + ROW_GAP;
    }
  });

  const middle = h(
    'g',
    { className: ['c'], ariaHidden: 'true' },
    h('rect', { x: midX - MID_W / 2, y: midY - MID_H / 2, width: MID_W, height: MID_H, rx: 4 }),
    h(
      'text',
      { x: midX, y: midY - 3, textAnchor: 'middle' },
      'This',
      h('tspan', { x: midX, dy: TITLE_LINE }, 'paper'),
    ),
  );

  const kindsShown = KIND_ORDER.filter((kind) => neighbours.some((n) => n.kinds.includes(kind)));
  const legendY = EDGE + graphHeight + 18;
  const legend = h(
    'g',
    { ariaHidden: 'true' },
    kindsShown.map((kind, i) => {
      const y = legendY + i * LEGEND_LINE;
      const cls = EDGE_CLASS[kind];
      return [
        h('path', { className: ['e', cls], d: `M${EDGE} ${num(y - 4)}h26` }),
        kind === 'mentions' && arrowHead(EDGE + 26, y - 4, 1, cls),
        kind === 'mentionedBy' && arrowHead(EDGE, y - 4, -1, cls),
        h('text', { className: ['m'], x: EDGE + 34, y }, LEGEND_WORDS[kind]),
      ];
    }),
  );
  const height = legendY + (kindsShown.length - 1) * LEGEND_LINE + EDGE + 2;

  const svg = h(
    'svg',
    {
      className: ['pa-ng'],
      viewBox: `0 0 ${W} ${num(height)}`,
      width: '100%',
      role: 'group',
      ariaLabel: 'Papers connected to this one',
    },
    h('style', {}, STYLE),
    edges,
    middle,
    nodes,
    legend,
  );
  return { svg: toSvgMarkup(svg), caption: neighbourhoodCaption(neighbours, omitted), neighbours, omitted };
}
