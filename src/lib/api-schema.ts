/**
 * The data export (`api/papers.json`, `api/tags.json`): the contract other tools read. Any change
 * here is a change of that contract; bump `API_VERSION` when a field changes meaning or goes away.
 */
import { z } from 'zod';
import { relatedSchema, slugSchema } from '../schema';

/** Version of the export format; adding a field keeps it, changing or removing one bumps it. */
export const API_VERSION = 1;

/** One paper in `api/papers.json`. */
export const apiPaperSchema = z.object({
  slug: slugSchema,
  /** Absolute when the site was built with `SITE_URL`, else a root-relative path (with the base). */
  url: z.string().min(1),
  title: z.string().min(1),
  date: z.iso.date().nullable(),
  year: z.number().int().nullable(),
  authors: z.number().int().nonnegative().nullable(),
  upvotes: z.number().int().nonnegative().nullable(),
  organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
  tags: z.array(slugSchema),
  related: z.array(relatedSchema),
  mentions: z.array(slugSchema),
  mentionedBy: z.array(slugSchema),
  /** Ids of the collections (source listings) that contain the paper. */
  collections: z.array(z.string().min(1)),
  codeLinks: z.array(z.url()),
});

/** The whole of `api/papers.json`. */
export const apiPapersSchema = z.object({
  version: z.literal(API_VERSION),
  papers: z.array(apiPaperSchema),
});

/** One tag in `api/tags.json`. */
export const apiTagSchema = z.object({
  slug: slugSchema,
  name: z.string().min(1),
  description: z.string().min(1),
  url: z.string().min(1),
  count: z.number().int().nonnegative(),
  /** Slugs of its papers, newest first. */
  papers: z.array(slugSchema),
});

/** The whole of `api/tags.json`. */
export const apiTagsSchema = z.object({
  version: z.literal(API_VERSION),
  tags: z.array(apiTagSchema),
});

export type ApiPapers = z.infer<typeof apiPapersSchema>;
export type ApiTags = z.infer<typeof apiTagsSchema>;
