/**
 * PROTOTYPE content config of the benchmark's `loader` variant: the site's own collections
 * (copied beside this file as `site-content.config.ts` by the benchmark), with the papers
 * collection loaded by {@link renderedMdxLoader} instead of the glob loader. Same schema, same
 * files, same ids; only where the HTML is made changes.
 */
import { collections as site } from './site-content.config';
import { buildDirs } from './build-dirs';
import { renderedMdxLoader } from './rendered-mdx-loader';

const { content } = buildDirs(process.env);

export const collections = {
  ...site,
  papers: { ...site.papers, loader: renderedMdxLoader({ base: `${content}/papers` }) },
};
