/**
 * Content config of the benchmark's `glob-mdx` variant: the site's own collections (copied
 * beside this file as `site-content.config.ts` by the benchmark), with the papers collection
 * loaded the way the site loaded it before `renderedPapersLoader`: Astro's glob loader, with
 * `@astrojs/mdx` compiling every page into its own module. Same schema, same files, same ids;
 * it keeps the old way measured (time, memory, and the same article HTML) against the site.
 */
import { glob } from 'astro/loaders';
import { collections as site } from './site-content.config';
import { buildDirs } from './build-dirs';

const { content } = buildDirs(process.env);

export const collections = {
  ...site,
  papers: { ...site.papers, loader: glob({ pattern: '*.mdx', base: `${content}/papers` }) },
};
