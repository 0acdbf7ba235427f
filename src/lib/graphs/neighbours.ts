/**
 * The data side of the neighbourhood picture: which papers surround a paper (each once, never
 * the paper itself), in which order, and how each is connected, in words. No geometry here.
 */
import { cleanText } from './svg';

/** A paper as the picture needs it. */
export interface GraphPaper {
  slug: string;
  /** Plain-text title (math as TeX). */
  title: string;
}

/** A related paper with its similarity score in [0, 1]. */
export interface ScoredPaper extends GraphPaper {
  score: number;
}

/** How a neighbour is connected to the paper in the middle. */
export type RelationKind = 'related' | 'mentions' | 'mentionedBy';

/** Everything the picture is drawn from. */
export interface NeighbourhoodInput {
  center: GraphPaper;
  /** Related papers; the 5 the pipeline keeps, in any order. */
  related: readonly ScoredPaper[];
  /** Papers this paper's abstract names. */
  mentions: readonly GraphPaper[];
  /** Papers whose abstracts name this paper. */
  mentionedBy: readonly GraphPaper[];
  /** URL of a paper's page. */
  hrefFor: (slug: string) => string;
  /** Most boxes drawn (default {@link MAX_NEIGHBOURS}); the rest are counted in `omitted`. */
  maxNeighbours?: number | undefined;
}

/** One paper around the middle, drawn once however many ways it is connected. */
export interface Neighbour extends GraphPaper {
  href: string;
  /** Every way it is connected, in the order related, mentions, mentionedBy. */
  kinds: RelationKind[];
  /** Its related score, when it is related. */
  score?: number;
}

/** Boxes drawn at most: five rows a side still reads on a phone. */
export const MAX_NEIGHBOURS = 10;

/** The kinds in the order they are listed and drawn. */
export const KIND_ORDER: readonly RelationKind[] = ['related', 'mentions', 'mentionedBy'];
// Kept short: they sit under the title in a box about 130 units wide.
const KIND_WORDS: Record<RelationKind, string> = {
  related: 'related',
  mentions: 'mentioned here',
  mentionedBy: 'mentions this paper',
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// A score that is not a number sorts (and shows) as no score, never breaking the order.
const score = (p: ScoredPaper) => (Number.isFinite(p.score) ? p.score : -1);

/**
 * The neighbours to draw: each paper once (a related paper that is also mentioned is one box),
 * never the paper itself, ordered by kind and then by score (related) or title (mentions), and
 * cut to `max`. Input order does not matter.
 */
export function collectNeighbours(
  input: Omit<NeighbourhoodInput, 'maxNeighbours'>,
  max = MAX_NEIGHBOURS,
): { neighbours: Neighbour[]; omitted: number } {
  const byTitle = (a: GraphPaper, b: GraphPaper) =>
    byText(cleanText(a.title).toLowerCase(), cleanText(b.title).toLowerCase()) || byText(a.slug, b.slug);
  const ordered: [RelationKind, GraphPaper & { score?: number }][] = [
    ...[...input.related]
      .sort((a, b) => score(b) - score(a) || byText(a.slug, b.slug))
      .map((p): [RelationKind, ScoredPaper] => ['related', p]),
    ...[...input.mentions].sort(byTitle).map((p): [RelationKind, GraphPaper] => ['mentions', p]),
    ...[...input.mentionedBy].sort(byTitle).map((p): [RelationKind, GraphPaper] => ['mentionedBy', p]),
  ];
  const found = new Map<string, Neighbour>();
  for (const [kind, paper] of ordered) {
    if (paper.slug === input.center.slug) continue;
    const seen = found.get(paper.slug);
    if (seen) {
      if (!seen.kinds.includes(kind)) seen.kinds.push(kind);
      continue;
    }
    const title = cleanText(paper.title) || paper.slug;
    const neighbour: Neighbour = { slug: paper.slug, title, href: input.hrefFor(paper.slug), kinds: [kind] };
    if (kind === 'related' && paper.score !== undefined && Number.isFinite(paper.score)) {
      neighbour.score = Math.min(1, Math.max(0, paper.score));
    }
    found.set(paper.slug, neighbour);
  }
  const all = [...found.values()];
  const limit = Math.max(0, Math.floor(max));
  return { neighbours: all.slice(0, limit), omitted: Math.max(0, all.length - limit) };
}

/** What a neighbour's connection is, in words: `related 0.42 · mentioned here`. */
export function relationText(neighbour: Neighbour): string {
  return neighbour.kinds
    .map((kind) =>
      kind === 'related' && neighbour.score !== undefined
        ? `${KIND_WORDS.related} ${neighbour.score.toFixed(2)}`
        : KIND_WORDS[kind],
    )
    .join(' · ');
}

/**
 * A figure caption: `Connected papers: 5 related papers, 1 paper it mentions and 2 papers that
 * mention it (3 more not shown).`
 */
export function neighbourhoodCaption(neighbours: readonly Neighbour[], omitted: number): string {
  const count = (kind: RelationKind) => neighbours.filter((n) => n.kinds.includes(kind)).length;
  const papers = (n: number) => `${n} ${n === 1 ? 'paper' : 'papers'}`;
  const parts = [
    count('related') > 0 && `${count('related')} related ${count('related') === 1 ? 'paper' : 'papers'}`,
    count('mentions') > 0 && `${papers(count('mentions'))} it mentions`,
    count('mentionedBy') > 0 &&
      `${papers(count('mentionedBy'))} that ${count('mentionedBy') === 1 ? 'mentions' : 'mention'} it`,
  ].filter((part): part is string => typeof part === 'string');
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  const more = omitted > 0 ? ` (${omitted} more not shown)` : '';
  return `Connected papers: ${list}${more}.`;
}
