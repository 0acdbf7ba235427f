/**
 * The content pipeline: listing files in, one validated MDX page per paper out. This module only
 * wires the stages together; each stage lives in its own file with its test beside it.
 * Diagnostics are written onto the input `VFile`s; the caller prints them and decides what is
 * fatal.
 */
import type { PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { statedYears, type ListingsConfig } from '../listings-config';
import type { CollectionData, PaperData, TagSummary } from '../schema';
import { paperSchema } from '../schema';
import { buildCollections } from './collections';
import { crossLink } from './cross-link';
import { inferYears } from './infer-year';
import { shortName } from './mentions';
import { mergeDuplicates } from './merge-duplicates';
import { codeLinks, normaliseText, plainText } from './normalise-text';
import { parseListing } from './parse-listing';
import { phrasingToHtml } from './render-title';
import { assignSlugs } from './slug';
import { buildTagIndex } from './tag-index';
import { settingsSchema, type Taxonomy } from './taxonomy';
import { toMdx } from './to-mdx';
import type { ListingDate, Listing, MergedPaper } from './types';

/** Runs one named stage; the CLI and the benchmark pass a timer, tests leave the default. */
export type Measure = <T>(stage: string, run: () => T) => T;

/** Options of a pipeline run. */
export interface PipelineOptions {
  /** The topic taxonomy (`content/taxonomy.yaml`); without one no paper is tagged. */
  taxonomy?: Taxonomy;
  /** The user's `listings.yaml`: collection names, descriptions and stated page years. */
  listingsConfig?: ListingsConfig;
  /** Page year per listing id, for listings whose year cannot be inferred (overrides the config). */
  years?: Record<string, number>;
  /** Related papers per paper (default 5). */
  related?: number;
  /** Wraps each stage, e.g. to time it. */
  measure?: Measure;
}

/** One generated page. */
export interface PipelinePage {
  slug: string;
  data: PaperData;
  /** The complete `.mdx` file text. */
  mdx: string;
}

/** What a run produced. */
export interface PipelineResult {
  /** Pages sorted by slug. */
  pages: PipelinePage[];
  listings: Listing[];
  /** One collection per listing, in corpus order. */
  collections: CollectionData[];
  /** One summary per taxonomy tag. */
  tags: TagSummary[];
  /** Slugs of the papers no tag's evidence matched (reported by the CLI). */
  untagged: string[];
  /** Entries read across all listings, before merging. */
  entries: number;
  /** Entries that were folded into a paper seen in another listing. */
  merged: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` for a date whose year is known. */
export function isoDate(date: ListingDate | undefined): string | undefined {
  return date?.year === undefined ? undefined : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

const EMPTY_TAXONOMY: Taxonomy = { settings: settingsSchema.parse({}), tags: [] };

/** A paper after text normalisation, before cross-linking. */
interface Normalised {
  slug: string;
  paper: MergedPaper;
  title: PhrasingContent[];
  abstract: PhrasingContent[];
}

function normalise(paper: MergedPaper, slug: string): Normalised {
  return { slug, paper, title: normaliseText(paper.title), abstract: normaliseText(paper.abstract) };
}

function pageData(n: Normalised): PaperData {
  const { paper } = n;
  const date = isoDate(paper.date);
  const title = plainText(n.title);
  const name = shortName(title);
  return paperSchema.parse({
    slug: n.slug,
    title,
    ...(name ? { shortName: name } : {}),
    titleHtml: phrasingToHtml(n.title),
    rawTitle: paper.title,
    ...(date ? { date, year: paper.date?.year } : {}),
    ...(paper.authors !== undefined ? { authors: paper.authors } : {}),
    ...(paper.upvotes !== undefined ? { upvotes: paper.upvotes } : {}),
    ...(paper.organisation ? { organisation: paper.organisation } : {}),
    sources: paper.sources,
    codeLinks: codeLinks(n.abstract),
  });
}

const bySlug = <T extends { slug: string }>(a: T, b: T) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Run every stage over the given listing files (in the order given). */
export function runPipeline(files: VFile[], options: PipelineOptions = {}): PipelineResult {
  const measure: Measure = options.measure ?? ((_stage, run) => run());
  const taxonomy = options.taxonomy ?? EMPTY_TAXONOMY;
  const config = options.listingsConfig ?? {};
  const byId = new Map<string, VFile>();
  const parsed = measure('parse', () =>
    files.map((file) => {
      const listing = parseListing(file);
      byId.set(listing.id, file);
      return listing;
    }),
  );
  const years = { ...statedYears(config), ...options.years };
  const listings = measure('infer-year', () => inferYears(parsed, byId, years));
  const papers = measure('merge', () => mergeDuplicates(listings, byId));
  const slugs = measure('slug', () =>
    assignSlugs(papers.map((p) => ({ title: p.title, identityKey: p.identityKey }))),
  );
  const normalised = measure('normalise', () => papers.map((paper, i) => normalise(paper, slugs[i] ?? '')));
  const data = measure('frontmatter', () => normalised.map(pageData));
  const links = measure('cross-link', () =>
    crossLink(
      normalised.map((n, i) => ({
        slug: n.slug,
        title: data[i]?.title ?? '',
        abstract: n.abstract,
        abstractText: plainText(n.abstract),
      })),
      taxonomy,
      { k: options.related ?? 5 },
    ),
  );
  const pages = measure('write', () =>
    normalised.map((n, i): PipelinePage => {
      const l = links[i];
      const full = {
        ...data[i],
        tags: l?.tags,
        mentions: l?.mentions,
        mentionedBy: l?.mentionedBy,
        related: l?.related,
      };
      const page = paperSchema.parse(full);
      return { slug: n.slug, data: page, mdx: toMdx(page, l?.abstract ?? n.abstract) };
    }),
  );
  pages.sort(bySlug);
  const tagNames = Object.fromEntries(taxonomy.tags.map((t) => [t.slug, t.name]));
  const flat = pages.map((p) => ({
    slug: p.slug,
    tags: p.data.tags,
    sources: p.data.sources,
    date: p.data.date,
  }));
  const collections = buildCollections(listings, flat, config, tagNames);
  const tags = buildTagIndex(taxonomy, flat);
  const untagged = pages.filter((p) => p.data.tags.length === 0).map((p) => p.slug);
  const entries = listings.reduce((sum, l) => sum + l.entries.length, 0);
  return { pages, listings, collections, tags, untagged, entries, merged: entries - papers.length };
}
