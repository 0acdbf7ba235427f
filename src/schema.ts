/**
 * The one schema of a paper page's frontmatter. The pipeline validates every page it writes
 * against it, and `src/content.config.ts` gives it to Astro, so the two can never disagree.
 */
import { z } from 'zod';

/** A slug: lower-case ASCII words joined by single hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case ASCII words joined by hyphens');

/** One related paper, with the score that ranked it and a reason a reader can check. */
export const relatedSchema = z.object({
  /** Slug of the related paper. */
  slug: slugSchema,
  /** Similarity in [0, 1]; higher is closer. */
  score: z.number().min(0).max(1),
  /** Short human-readable reason, e.g. "shares: KV cache, long context". */
  reason: z.string(),
});

/** Where the paper was found: a listing (collection) id and the title's line there. */
export const sourceSchema = z.object({
  /** Listing file name without extension; also the collection id. */
  listing: z.string().min(1),
  /** 1-based line of the title in that file. */
  line: z.number().int().positive(),
});

/** Frontmatter of `content/papers/<slug>.mdx`. */
export const paperSchema = z.object({
  /** Permanent URL slug: readable title words plus a short hash of the paper's own text. */
  slug: slugSchema,
  /** Title as plain text: LaTeX left-overs cleaned, math kept as its TeX source. */
  title: z.string().min(1),
  /** Title rendered to HTML (math through KaTeX), built from a syntax tree: safe to inject. */
  titleHtml: z.string().min(1),
  /** The name the title gives the paper's method (`Mamba` for "Mamba: Linear-Time …"), if any. */
  shortName: z.string().min(1).optional(),
  /** Title exactly as the listing wrote it (trimmed). */
  rawTitle: z.string().min(1),
  /** Publication date as an ISO date (YYYY-MM-DD), when the listing gives one and its year is known. */
  date: z.iso.date().optional(),
  /** Publication year, when known. */
  year: z.number().int().min(1900).max(2200).optional(),
  /** Number of authors the listing reports. */
  authors: z.number().int().nonnegative().optional(),
  /** Upvotes on the listing site (the highest seen across listings). */
  upvotes: z.number().int().nonnegative().optional(),
  /** Publishing organisation, when the listing names one. */
  organisation: z.object({ id: z.string().min(1), name: z.string().min(1) }).optional(),
  /** Every listing the paper appears in; each listing is a collection of the site. */
  sources: z.array(sourceSchema).min(1),
  /** Code and project links found in the abstract (GitHub, GitLab, Hugging Face, project pages). */
  codeLinks: z.array(z.url()).default([]),
  /** Tag slugs from the curated taxonomy. */
  tags: z.array(slugSchema).default([]),
  /** The most related papers, best first. */
  related: z.array(relatedSchema).default([]),
  /** Slugs of corpus papers this abstract names. */
  mentions: z.array(slugSchema).default([]),
  /** Slugs of corpus papers whose abstracts name this one. */
  mentionedBy: z.array(slugSchema).default([]),
});

/** A validated paper frontmatter object. */
export type PaperData = z.infer<typeof paperSchema>;
/** What a stage may hand to the schema (defaults not yet applied). */
export type PaperDataInput = z.input<typeof paperSchema>;

/** One collection: a source listing (the topic search that produced it) with a human name. */
export const collectionSchema = z.object({
  /** Listing file name without extension; stable, so it is the collection's URL segment. */
  id: z.string().min(1),
  /** Name shown to readers: from `listings.yaml`, else built from the saved date and top tags. */
  name: z.string().min(1),
  /** What the listing covers; from `listings.yaml`, else a sentence built from its data. */
  description: z.string().min(1),
  /** Whether `listings.yaml` named it (false: the name is the fallback). */
  named: z.boolean(),
  /** The day the listing page was saved, when known (ISO date). */
  savedDate: z.iso.date().optional(),
  /** Slugs of its papers, in the listing's own order (its ranking). */
  papers: z.array(slugSchema),
  /** Its most frequent tags, most frequent first. */
  topTags: z.array(slugSchema),
});

/** A validated collection. */
export type CollectionData = z.infer<typeof collectionSchema>;

/** One tag of the taxonomy with the papers that carry it. */
export const tagSummarySchema = z.object({
  slug: slugSchema,
  name: z.string().min(1),
  description: z.string().min(1),
  /** Slugs of its papers, newest first (undated last), then by slug. */
  papers: z.array(slugSchema),
});

/** A validated tag summary. */
export type TagSummary = z.infer<typeof tagSummarySchema>;
