/** The floor's one collection: the generated `papers/*.mdx`, loaded by Astro's glob loader. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// `CONTENT_OUT` is the folder the pipeline wrote (holding `papers/`), as for the site itself.
const papers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${process.env['CONTENT_OUT'] ?? '../../content'}/papers` }),
});

export const collections = { papers };
