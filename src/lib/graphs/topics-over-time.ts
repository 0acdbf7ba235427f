/**
 * The "topics over time" overview of the home page: for the tags with the most papers, one row
 * each of small bars, papers per year (or per quarter when the dated papers span three years or
 * fewer), plus a column for undated papers and the row's total. Every row links to its tag page.
 * A pure function of plain data, computed at build time; the component adds the caption and a
 * plain table with the same numbers.
 */
import type { Element } from 'hast';
import { cleanText, h, num, toSvgMarkup } from './svg';
import { textWidth, wrapText } from './text-fit';
import { timeBuckets, type TimeBucket } from './time-buckets';

export { MAX_YEAR_COLUMNS, timeBuckets, type TimeBucket } from './time-buckets';

/** One tag with its papers (only their dates are used). */
export interface TimelineTag {
  slug: string;
  name: string;
  /** Its papers; `date` is an ISO date (`YYYY-MM-DD`), absent when unknown. */
  papers: readonly { date?: string | undefined }[];
}

/** Everything the overview is drawn from. */
export interface TopicsInput {
  tags: readonly TimelineTag[];
  /** URL of a tag's page. */
  hrefFor: (slug: string) => string;
  /** Rows shown: the tags with the most papers (default {@link DEFAULT_TOP}). */
  top?: number | undefined;
}

/** One tag's row of counts. */
export interface TopicRow {
  slug: string;
  name: string;
  href: string;
  /** Papers per bucket, in the order of `buckets`. */
  counts: number[];
  /** Papers without a date. */
  undated: number;
  /** All its papers: the counts plus the undated ones. */
  total: number;
}

/** The overview: the SVG and the data behind it, for a table and a text summary. */
export interface TopicsOverTime {
  /** Inline SVG markup (a `role="group"` element, since it holds links), with a `<desc>`. */
  svg: string;
  /** `year` or `quarter`. */
  unit: 'year' | 'quarter';
  buckets: TimeBucket[];
  rows: TopicRow[];
  /** A few sentences saying what the picture shows, for readers who cannot see it. */
  summary: string;
}

/** Rows shown when the caller does not say. */
export const DEFAULT_TOP = 10;

/**
 * The rows: the `top` tags with the most papers (ties keep the input order, the taxonomy's), tags
 * without papers left out, each with its counts per bucket. Buckets are chosen from the dates of
 * every tag given, so the columns describe the whole corpus and not only the rows shown.
 */
export function topicRows(input: TopicsInput): Pick<TopicsOverTime, 'unit' | 'buckets' | 'rows'> {
  const { unit, buckets, bucketOf } = timeBuckets(input.tags.flatMap((t) => t.papers.map((p) => p.date)));
  const top = Math.max(0, Math.floor(input.top ?? DEFAULT_TOP));
  const rows = input.tags
    .map((tag, order) => ({ tag, order }))
    .filter(({ tag }) => tag.papers.length > 0)
    .sort((a, b) => b.tag.papers.length - a.tag.papers.length || a.order - b.order)
    .slice(0, top)
    .map(({ tag }): TopicRow => {
      const counts = buckets.map(() => 0);
      let undated = 0;
      for (const paper of tag.papers) {
        const at = bucketOf(paper.date);
        if (at === undefined) undated += 1;
        else counts[at] = (counts[at] ?? 0) + 1;
      }
      const name = cleanText(tag.name) || tag.slug;
      return {
        slug: tag.slug,
        name,
        href: input.hrefFor(tag.slug),
        counts,
        undated,
        total: tag.papers.length,
      };
    });
  return { unit, buckets, rows };
}

/** A row's busiest time, as words: `most in 2024 (12)`; empty for a row without dated papers. */
function peakText(row: TopicRow, buckets: readonly TimeBucket[]): string {
  const max = Math.max(0, ...row.counts);
  if (max === 0) return '';
  // The latest busiest bucket: for a growing topic that is the news.
  const at = row.counts.lastIndexOf(max);
  return `, most in ${buckets[at]?.label ?? ''} (${max})`;
}

/** The text alternative: what is plotted, then each row's total, peak and undated papers. */
export function topicsSummary(
  unit: string,
  buckets: readonly TimeBucket[],
  rows: readonly TopicRow[],
): string {
  const span = buckets.length > 0 ? ` from ${buckets[0]?.label} to ${buckets.at(-1)?.label}` : '';
  const head = `Papers per ${unit}${span} for the ${rows.length} ${rows.length === 1 ? 'tag' : 'tags'} with the most papers.`;
  const lines = rows.map((row) => {
    const undated = row.undated > 0 ? `, ${row.undated} undated` : '';
    return `${row.name}: ${row.total} ${row.total === 1 ? 'paper' : 'papers'}${peakText(row, buckets)}${undated}.`;
  });
  return [head, ...lines].join(' ');
}

// Geometry in viewBox units: 400 wide, drawn at 0.9 on a 360 px phone.
const W = 400;
const EDGE = 4;
const NAME_W = 148;
const NAME_SIZE = 13;
const NAME_LINE = 14.5;
const TOTAL_W = 34;
const ROW_H = 34;
/** Room above the rows for the totals' header. */
const HEADER_H = 16;
const BAR_MAX = 24;
const AXIS_SIZE = 11.5;
const MIN_UNDATED_GAP = 8;
/** Space kept on each side of an axis label. */
const LABEL_MARGIN = 2;

const STYLE = [
  `.pa-tt{display:block;max-width:36rem;height:auto;font-size:${NAME_SIZE}px}`,
  '.pa-tt text{fill:var(--text)}.pa-tt a text{fill:var(--link)}.pa-tt a .n{fill:var(--text)}',
  `.pa-tt .x{fill:var(--muted);font-size:${AXIS_SIZE}px}`,
  '.pa-tt .k{fill:transparent}.pa-tt a:hover .k,.pa-tt a:focus-visible .k{stroke:var(--focus,var(--link))}',
  '.pa-tt a:hover .t,.pa-tt a:focus .t{text-decoration:underline}',
  '.pa-tt .v{fill:var(--accent,var(--link))}.pa-tt .u{fill:var(--muted)}',
  '.pa-tt .z{stroke:var(--border,var(--muted));stroke-width:1}',
  // Forced colours (Windows high contrast) do not recolour SVG paint: map it to system colours.
  '@media (forced-colors:active){.pa-tt text,.pa-tt .x,.pa-tt a .n,.pa-tt .v,.pa-tt .u{fill:CanvasText}' +
    '.pa-tt a text{fill:LinkText}.pa-tt .z{stroke:CanvasText}}',
].join('');

/**
 * Column width, and the gap before the undated column: wide enough that the last time label and
 * `n.d.` never collide, since both are always labelled.
 */
function columnWidths(buckets: readonly TimeBucket[], hasUndated: boolean, width: number) {
  const n = buckets.length + (hasUndated ? 1 : 0);
  const last = buckets.at(-1);
  if (!hasUndated || !last || n < 2) return { colW: width / Math.max(1, n), gap: 0 };
  // One unit more than touching, so rounding never makes the two labels collide.
  const need = (textWidth(last.short, AXIS_SIZE) + textWidth('n.d.', AXIS_SIZE)) / 2 + 2 * LABEL_MARGIN + 1;
  // Solve colW + gap >= need with n * colW + gap = width.
  const gap = Math.max(MIN_UNDATED_GAP, (n * need - width) / (n - 1));
  return { colW: (width - gap) / n, gap };
}

/**
 * The topics-over-time overview, or `null` when no tag has a paper. Bars share one scale across
 * rows so topics can be compared; a zero is the bare baseline and any paper is at least 3 units.
 */
export function topicsOverTime(input: TopicsInput): TopicsOverTime | null {
  const { unit, buckets, rows } = topicRows(input);
  if (rows.length === 0) return null;
  const hasUndated = rows.some((r) => r.undated > 0);
  const barsX = EDGE + NAME_W + 6;
  const { colW, gap } = columnWidths(buckets, hasUndated, W - EDGE - TOTAL_W - barsX);
  // Thin gaps between bars; never fat bars when there are only a few columns.
  const barW = Math.min(18, Math.max(3, colW - Math.min(4, colW / 4)));
  const max = Math.max(1, ...rows.flatMap((r) => [...r.counts, r.undated]));
  const barHeight = (count: number) => (count === 0 ? 0 : Math.max(3, (count / max) * BAR_MAX));
  const colX = (i: number) => barsX + i * colW + (i >= buckets.length ? gap : 0);
  const noun = (n: number) => `${n} ${n === 1 ? 'paper' : 'papers'}`;

  const rowElements = rows.map((row, r) => {
    const top = HEADER_H + r * ROW_H;
    const base = top + ROW_H - 5;
    const nameLines = wrapText(row.name, NAME_W - 4, NAME_SIZE, 2);
    const nameY = top + ROW_H / 2 + 4.5 - ((nameLines.length - 1) * NAME_LINE) / 2;
    const cells = [...row.counts, ...(hasUndated ? [row.undated] : [])];
    const bars = cells.map((count, i) => {
      if (count === 0) return null;
      const height = barHeight(count);
      const label = i < buckets.length ? (buckets[i]?.label ?? '') : 'no date';
      return h(
        'rect',
        {
          className: [i < buckets.length ? 'v' : 'u'],
          x: num(colX(i) + (colW - barW) / 2),
          y: num(base - height),
          width: num(barW),
          height: num(height),
        },
        h('title', {}, `${label}: ${noun(count)}`),
      );
    });
    return h(
      'a',
      { href: row.href },
      h('title', {}, `${row.name}: ${noun(row.total)}`),
      h('rect', { className: ['k'], x: EDGE, y: top + 1, width: W - 2 * EDGE, height: ROW_H - 2, rx: 3 }),
      h(
        'text',
        { className: ['t'], x: EDGE + 3, y: num(nameY) },
        nameLines[0] ?? '',
        nameLines.length > 1 && h('tspan', { x: EDGE + 3, dy: NAME_LINE }, nameLines[1] ?? ''),
      ),
      h('path', { className: ['z'], d: `M${num(barsX)} ${num(base + 0.5)}H${num(W - EDGE - TOTAL_W)}` }),
      bars,
      h('text', { className: ['n'], x: W - EDGE - 2, y: num(base), textAnchor: 'end' }, String(row.total)),
    );
  });

  const axisY = HEADER_H + rows.length * ROW_H + 13;
  const summary = topicsSummary(unit, buckets, rows);
  const svg = h(
    'svg',
    {
      className: ['pa-tt'],
      viewBox: `0 0 ${W} ${num(axisY + (unit === 'quarter' ? 14 : 0) + EDGE)}`,
      width: '100%',
      role: 'group',
      ariaLabel: `Papers per ${unit} in the ${rows.length} largest topics`,
    },
    h('style', {}, STYLE),
    h('desc', {}, summary),
    rowElements,
    h(
      'g',
      { ariaHidden: 'true' },
      // The totals' column header, right-aligned with them.
      h('text', { className: ['x'], x: W - EDGE - 2, y: HEADER_H - 4, textAnchor: 'end' }, 'total'),
      axisLabels(unit, buckets, colX, colW, axisY, hasUndated),
    ),
  );
  return { svg: toSvgMarkup(svg), unit, buckets, rows, summary };
}

/**
 * Labels under the columns, leaving out any that would collide with one already placed (so every
 * other year on a 9-year range). Quarters get a second line naming each year under its quarters.
 */
function axisLabels(
  unit: 'year' | 'quarter',
  buckets: readonly TimeBucket[],
  colX: (i: number) => number,
  colW: number,
  y: number,
  hasUndated: boolean,
): Element[] {
  // The first and last times are always labelled; the ones between where there is room.
  const candidates: { text: string; center: number; y: number; priority?: boolean }[] = buckets.map(
    (b, i) => ({
      text: b.short,
      center: colX(i) + colW / 2,
      y,
      priority: i === 0 || i === buckets.length - 1,
    }),
  );
  if (hasUndated)
    candidates.push({ text: 'n.d.', center: colX(buckets.length) + colW / 2, y, priority: true });
  if (unit === 'quarter') {
    // One label per year, centred under that year's quarters.
    const years = new Map<string, number[]>();
    buckets.forEach((b, i) => {
      const year = b.label.slice(0, 4);
      years.set(year, [...(years.get(year) ?? []), colX(i) + colW / 2]);
    });
    for (const [year, centers] of years) {
      candidates.push({ text: year, center: ((centers[0] ?? 0) + (centers.at(-1) ?? 0)) / 2, y: y + 14 });
    }
  }
  // Place "n.d." and the ends of the time axis first, then the rest where room is left.
  const ordered = [...candidates.filter((c) => c.priority), ...candidates.filter((c) => !c.priority)];
  const taken: { y: number; left: number; right: number }[] = [];
  const placed: { center: number; element: Element }[] = [];
  for (const c of ordered) {
    const half = textWidth(c.text, AXIS_SIZE) / 2;
    const [left, right] = [c.center - half - LABEL_MARGIN, c.center + half + LABEL_MARGIN];
    if (taken.some((t) => t.y === c.y && left < t.right && t.left < right)) continue;
    taken.push({ y: c.y, left, right });
    const element = h('text', { className: ['x'], x: c.center, y: c.y, textAnchor: 'middle' }, c.text);
    placed.push({ center: c.center + c.y * W, element });
  }
  // Document order left to right, line by line, as a reader would meet them.
  placed.sort((a, b) => a.center - b.center);
  return placed.map((p) => p.element);
}
