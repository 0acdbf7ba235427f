/**
 * Collections: every source listing is one (the topic search that produced it). Names and
 * descriptions come from the user's `listings.yaml`; a listing it does not mention gets a name a
 * reader can still use — its top tags and the day it was saved — never its file hash.
 */
import type { ListingsConfig } from '../listings-config';
import type { CollectionData } from '../schema';
import type { Listing, ListingDate } from './types';

/** The little a collection needs to know about each paper. */
export interface CollectionPaper {
  slug: string;
  tags: string[];
  sources: { listing: string; line: number }[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `11 Dec 2024` (or `11 Dec` when the year is unknown); fixed English, never the locale. */
export function humanDate(date: ListingDate): string {
  const day = `${date.day} ${MONTHS[date.month - 1] ?? '?'}`;
  return date.year === undefined ? day : `${day} ${date.year}`;
}

/** A list in prose: `a`, `a and b`, `a, b and c`. */
function prose(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Tag slugs by how many of the papers carry them, most first, ties by slug. */
function topTags(papers: CollectionPaper[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const p of papers) for (const t of p.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([slug]) => slug);
}

/**
 * One collection per listing, in corpus order. `tagNames` maps tag slugs to display names for
 * the fallback names.
 */
export function buildCollections(
  listings: Listing[],
  papers: CollectionPaper[],
  config: ListingsConfig,
  tagNames: Record<string, string>,
): CollectionData[] {
  return listings.map((listing, index) => {
    const members = papers
      .flatMap((p) => p.sources.filter((s) => s.listing === listing.id).map((s) => ({ p, line: s.line })))
      .sort((a, b) => a.line - b.line)
      .map(({ p }) => p);
    const top = topTags(members, 5);
    const topNames = top.slice(0, 3).map((slug) => tagNames[slug] ?? slug);
    const saved = listing.pageDate;
    const savedDate =
      saved?.year === undefined ? undefined : `${saved.year}-${pad(saved.month)}-${pad(saved.day)}`;
    const stated = config[listing.id];
    const fallbackName =
      (topNames.length > 0 ? topNames.slice(0, 2).join(' · ') : `Listing ${index + 1}`) +
      (saved ? `, saved ${humanDate(saved)}` : '');
    const fallbackDescription =
      `A listing of ${members.length} papers` +
      (saved ? ` saved on ${humanDate(saved)}` : '') +
      (topNames.length > 0 ? `, most often about ${prose(topNames)}.` : '.');
    return {
      id: listing.id,
      name: stated?.name ?? fallbackName,
      description: stated?.description ?? fallbackDescription,
      named: stated?.name !== undefined,
      ...(savedDate ? { savedDate } : {}),
      papers: members.map((p) => p.slug),
      topTags: top,
    };
  });
}
