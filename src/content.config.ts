import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { buildDirs } from './build-dirs';
import { renderedPapersLoader } from './loaders/rendered-papers';
import { collectionSchema, paperSchema, tagSummarySchema } from './schema';
import { shardFromEnv } from './shard';

const { content } = buildDirs(process.env);

/**
 * One entry per generated `content/papers/<slug>.mdx`; the id is the frontmatter slug. Each page
 * is rendered to HTML while content syncs (see `loaders/rendered-papers.ts`), not compiled into
 * a module per paper as `glob()` + `@astrojs/mdx` would. A sharded build (`SHARD=i/N`) renders
 * only its own slice.
 */
const papers = defineCollection({
  loader: renderedPapersLoader({ base: `${content}/papers`, shard: shardFromEnv(process.env) }),
  schema: paperSchema,
});

/** One entry per source listing (written by the pipeline with its human name). */
const listings = defineCollection({
  loader: file(`${content}/index/collections.json`),
  schema: collectionSchema,
});

/** One entry per taxonomy tag, with its papers (computed once by the pipeline). */
const tags = defineCollection({
  loader: file(`${content}/index/tags.json`, {
    parser: (text) => JSON.parse(text).map((t: { slug: string }) => ({ id: t.slug, ...t })),
  }),
  schema: tagSummarySchema,
});

export const collections = { papers, listings, tags };
