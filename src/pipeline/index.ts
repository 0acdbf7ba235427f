/**
 * The content pipeline: listing files in, one validated MDX page per paper out. This module only
 * wires the stages together; each stage lives in its own file with its test beside it.
 * Diagnostics are written onto the input `VFile`s; the caller prints them and decides what is
 * fatal.
 */
import type { VFile } from 'vfile';
import type { PaperData } from '../schema';
import { paperSchema } from '../schema';
import { inferYears } from './infer-year';
import { mergeDuplicates, paperKey } from './merge-duplicates';
import { codeLinks, normaliseText, plainText } from './normalise-text';
import { parseListing } from './parse-listing';
import { phrasingToHtml } from './render-title';
import { assignSlugs } from './slug';
import { toMdx } from './to-mdx';
import type { ListingDate, Listing, MergedPaper } from './types';

/** Runs one named stage; the CLI and the benchmark pass a timer, tests leave the default. */
export type Measure = <T>(stage: string, run: () => T) => T;

/** Options of a pipeline run. */
export interface PipelineOptions {
  /** Page year per listing id, for listings whose year cannot be inferred. */
  years?: Record<string, number>;
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

function toPage(paper: MergedPaper, slug: string): PipelinePage {
  const title = normaliseText(paper.title);
  const abstract = normaliseText(paper.abstract);
  const date = isoDate(paper.date);
  const data = paperSchema.parse({
    slug,
    title: plainText(title),
    titleHtml: phrasingToHtml(title),
    rawTitle: paper.title,
    ...(date ? { date, year: paper.date?.year } : {}),
    ...(paper.authors !== undefined ? { authors: paper.authors } : {}),
    ...(paper.upvotes !== undefined ? { upvotes: paper.upvotes } : {}),
    ...(paper.organisation ? { organisation: paper.organisation } : {}),
    sources: paper.sources,
    codeLinks: codeLinks(abstract),
  });
  return { slug, data, mdx: toMdx(data, abstract) };
}

/** Run every stage over the given listing files (in the order given). */
export function runPipeline(files: VFile[], options: PipelineOptions = {}): PipelineResult {
  const measure: Measure = options.measure ?? ((_stage, run) => run());
  const byId = new Map<string, VFile>();
  const parsed = measure('parse', () =>
    files.map((file) => {
      const listing = parseListing(file);
      byId.set(listing.id, file);
      return listing;
    }),
  );
  const listings = measure('infer-year', () => inferYears(parsed, byId, options.years ?? {}));
  const papers = measure('merge', () => mergeDuplicates(listings, byId));
  const slugs = measure('slug', () =>
    assignSlugs(papers.map((p) => ({ title: p.title, identityKey: paperKey(p.title, p.abstract) }))),
  );
  const pages = measure('normalise', () => papers.map((paper, i) => toPage(paper, slugs[i] ?? '')));
  pages.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const entries = listings.reduce((sum, l) => sum + l.entries.length, 0);
  return { pages, listings, entries, merged: entries - papers.length };
}
