/**
 * The corpus-wide stage: tags, mentions, backlinks and related papers, computed once over every
 * paper and handed back per paper, so a page never recomputes a relationship. Pure: the
 * taxonomy comes in as data.
 */
import type { PhrasingContent } from 'mdast';
import { backlinks, buildMentionIndex, linkAndListMentions } from './mentions';
import { relatedPapers } from './related';
import { compileTaxonomy } from './tag';
import type { Taxonomy } from './taxonomy';

/** One paper as this stage sees it (text already normalised). */
export interface CrossLinkInput {
  slug: string;
  /** Plain-text title. */
  title: string;
  /** Abstract as a syntax tree; mentions become links inside it. */
  abstract: PhrasingContent[];
  /** Plain text of the abstract. */
  abstractText: string;
}

/** What the stage adds to one paper. */
export interface CrossLinks {
  /** Tag slugs, strongest evidence first. */
  tags: string[];
  /** Slugs of the papers this abstract names, in order of appearance. */
  mentions: string[];
  /** Slugs of the papers whose abstracts name this one, sorted. */
  mentionedBy: string[];
  /** The k most related papers, best first. */
  related: { slug: string; score: number; reason: string }[];
  /** The abstract with the first naming of each mentioned paper turned into a link. */
  abstract: PhrasingContent[];
}

/** Options of {@link crossLink}. */
export interface CrossLinkOptions {
  /** Related papers per paper (default 5). */
  k?: number;
  /**
   * URL of a paper seen from another paper's page. Default `../<slug>/`: relative, so abstracts
   * keep working under any base path and from a saved copy of the site.
   */
  hrefFor?: (slug: string) => string;
}

/** Link every paper to the rest of the corpus; the result is in input order. */
export function crossLink(
  papers: CrossLinkInput[],
  taxonomy: Taxonomy,
  options: CrossLinkOptions = {},
): CrossLinks[] {
  const hrefFor = options.hrefFor ?? ((slug: string) => `../${slug}/`);
  const matcher = compileTaxonomy(taxonomy);
  const tags = papers.map((p) => matcher({ title: p.title, abstract: p.abstractText }).map((m) => m.slug));

  const index = buildMentionIndex(papers.map((p) => ({ id: p.slug, title: p.title, text: p.abstractText })));
  // One scan per abstract: the mentions listed are the links the page shows.
  const linked = papers.map((p) => linkAndListMentions(p.abstract, index, p.slug, hrefFor));
  const mentions = linked.map((l) => l.mentions);
  const mentionedBy = backlinks(new Map(papers.map((p, i) => [p.slug, mentions[i] ?? []])));

  const tagNames = Object.fromEntries(taxonomy.tags.map((t) => [t.slug, t.name]));
  const related = relatedPapers(
    papers.map((p, i) => ({
      id: p.slug,
      title: p.title,
      // Joined, not concatenated: `join` builds one flat string, which the term scanner reads
      // faster than a concatenation's two halves.
      text: [p.title, p.abstractText].join('\n'),
      tags: tags[i] ?? [],
      tagNames,
      mentions: mentions[i] ?? [],
    })),
    { k: options.k ?? 5 },
  );

  return papers.map((p, i) => ({
    tags: tags[i] ?? [],
    mentions: mentions[i] ?? [],
    mentionedBy: mentionedBy.get(p.slug) ?? [],
    // Three decimals: enough to rank, and a page's file only changes when the ranking does.
    related: (related[i] ?? []).map((r) => ({
      slug: r.id,
      score: Math.round(r.score * 1000) / 1000,
      reason: r.reason,
    })),
    abstract: linked[i]?.nodes ?? p.abstract,
  }));
}
