/**
 * PROTOTYPE content config of the benchmark's `md` variant: the site's own collections (copied
 * beside this file as `site-content.config.ts` by the benchmark), with the papers collection read
 * from `.md` copies of the generated pages. Astro renders Markdown entries during content sync
 * with the configured processor, so no per-paper module is bundled; this measures what the
 * pipeline would gain by writing `.md` instead of `.mdx`.
 */
import { glob } from 'astro/loaders';
import { collections as site } from './site-content.config';
import { buildDirs } from './build-dirs';

const { content } = buildDirs(process.env);

export const collections = {
  ...site,
  papers: { ...site.papers, loader: glob({ pattern: '*.md', base: `${content}/papers` }) },
};
