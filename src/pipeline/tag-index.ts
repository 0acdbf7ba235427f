/**
 * The tag index: every taxonomy tag with the papers that carry it, for the tag pages and
 * `api/tags.json`. Tags no paper carries are kept (with no papers) so a tag URL never breaks
 * when the corpus changes.
 */
import type { TagSummary } from '../schema';
import type { Taxonomy } from './taxonomy';

/** The little the index needs to know about each paper. */
export interface TaggedPaper {
  slug: string;
  tags: string[];
  /** ISO date, when known. */
  date?: string | undefined;
}

/** Newest first, undated last, then by slug: the order a reader scans a topic in. */
export function byDateDesc(a: TaggedPaper, b: TaggedPaper): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** One summary per taxonomy tag, in taxonomy order. */
export function buildTagIndex(taxonomy: Taxonomy, papers: TaggedPaper[]): TagSummary[] {
  const sorted = [...papers].sort(byDateDesc);
  return taxonomy.tags.map((tag) => ({
    slug: tag.slug,
    name: tag.name,
    description: tag.description,
    papers: sorted.filter((p) => p.tags.includes(tag.slug)).map((p) => p.slug),
  }));
}
