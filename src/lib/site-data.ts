/**
 * The corpus as the pages see it, loaded once per build and shared by every route: pages look
 * things up here instead of calling `getCollection()` per page (which would make the build cost
 * grow as pages × entries). All relationships were computed by the pipeline; this only indexes.
 */
import { getCollection } from 'astro:content';
import type { CollectionData, PaperData, TagSummary } from '../schema';
import { newestFirst } from './order';

/** Everything the pages need, indexed. */
export interface SiteData {
  /** Every paper, newest first (undated last), then by title. */
  papers: PaperData[];
  paper: Map<string, PaperData>;
  tags: TagSummary[];
  tag: Map<string, TagSummary>;
  collections: CollectionData[];
  collection: Map<string, CollectionData>;
  /** Years with papers, newest first, each with its papers (newest first). */
  years: { year: number; papers: PaperData[] }[];
}

let cached: Promise<SiteData> | undefined;

/** The site's data; the first call loads it, later calls share the same promise. */
export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [paperEntries, tagEntries, listingEntries] = await Promise.all([
    getCollection('papers'),
    getCollection('tags'),
    getCollection('listings'),
  ]);
  const papers = paperEntries.map((e) => e.data).sort(newestFirst);
  const tags = tagEntries.map((e) => e.data);
  const collections = listingEntries.map((e) => e.data);
  const byYear = new Map<number, PaperData[]>();
  for (const p of papers) if (p.year !== undefined) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p]);
  return {
    papers,
    paper: new Map(papers.map((p) => [p.slug, p])),
    tags,
    tag: new Map(tags.map((t) => [t.slug, t])),
    collections,
    collection: new Map(collections.map((c) => [c.id, c])),
    years: [...byYear].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, papers: list })),
  };
}
