/**
 * Everything a paper page shows about the rest of the corpus, resolved once per build from the
 * relationships the pipeline stored: titles of related and mentioned papers, tag names, and the
 * paper's place (previous / next) in each collection. Pure.
 */
import type { CollectionData, PaperData, TagSummary } from '../schema';

/** Another paper, as a link. */
export interface PaperRef {
  slug: string;
  title: string;
  titleHtml: string;
}

/** A paper's place in one collection. */
export interface CollectionPlace {
  id: string;
  name: string;
  /** 1-based position in the listing's order. */
  position: number;
  total: number;
  previous?: PaperRef | undefined;
  next?: PaperRef | undefined;
}

/** The resolved page data of one paper. */
export interface PaperView {
  paper: PaperData;
  tags: { slug: string; name: string }[];
  related: (PaperRef & { reason: string; score: number })[];
  mentions: PaperRef[];
  mentionedBy: PaperRef[];
  collections: CollectionPlace[];
}

const ref = (p: PaperData): PaperRef => ({ slug: p.slug, title: p.title, titleHtml: p.titleHtml });

/** The corpus, indexed, as `paperViews` needs it. */
export interface ViewIndex {
  paper: Map<string, PaperData>;
  tag: Map<string, TagSummary>;
  collections: CollectionData[];
}

/** One view per paper, in the order given. Slugs that do not resolve are skipped, never shown broken. */
export function paperViews(papers: PaperData[], index: ViewIndex): PaperView[] {
  const refs = (slugs: string[]) =>
    slugs.flatMap((s) => {
      const p = index.paper.get(s);
      return p ? [ref(p)] : [];
    });
  // Position of every paper in every collection, computed once: O(total memberships).
  const places = new Map<string, CollectionPlace[]>();
  for (const c of index.collections) {
    c.papers.forEach((slug, i) => {
      const prev = index.paper.get(c.papers[i - 1] ?? '');
      const next = index.paper.get(c.papers[i + 1] ?? '');
      const place: CollectionPlace = {
        id: c.id,
        name: c.name,
        position: i + 1,
        total: c.papers.length,
        previous: prev && ref(prev),
        next: next && ref(next),
      };
      places.set(slug, [...(places.get(slug) ?? []), place]);
    });
  }
  return papers.map((paper) => ({
    paper,
    tags: paper.tags.map((slug) => ({ slug, name: index.tag.get(slug)?.name ?? slug })),
    related: paper.related.flatMap((r) => {
      const p = index.paper.get(r.slug);
      return p ? [{ ...ref(p), reason: r.reason, score: r.score }] : [];
    }),
    mentions: refs(paper.mentions),
    mentionedBy: refs(paper.mentionedBy),
    collections: places.get(paper.slug) ?? [],
  }));
}
