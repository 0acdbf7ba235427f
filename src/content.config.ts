import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paperSchema } from './schema';

/** One entry per generated `content/papers/<slug>.mdx`; the id is the frontmatter slug. */
const papers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/papers' }),
  schema: paperSchema,
});

export const collections = { papers };
