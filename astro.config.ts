import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { unifiedOptions } from './src/render/markdown-options';
import { buildDirs } from './src/build-dirs';
import offline from './src/integrations/offline';
import pagefind from './src/integrations/pagefind';
import { siteOptions } from './src/site-options';
import { buildsListings, buildsPaper, shardFromEnv } from './src/shard';

const { site, base } = siteOptions(process.env);
const dirs = buildDirs(process.env);
const shard = shardFromEnv(process.env);

/**
 * The sitemap needs absolute URLs, so it is only written when SITE_URL is set. In a sharded build
 * the lead shard writes it for the whole site: the paper pages the other shards render are added
 * from the generated pages' names (a page's file name is its slug).
 */
function sitemaps() {
  if (!site || !buildsListings(shard)) return [];
  if (!shard) return [sitemap()];
  const papers = join(dirs.content, 'papers');
  const customPages = (existsSync(papers) ? readdirSync(papers) : [])
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .filter((slug) => !buildsPaper(shard, slug))
    .map((slug) => new URL(`${base}papers/${slug}/`, site).href);
  return [sitemap({ customPages })];
}

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  ...(site ? { site } : {}),
  base,
  outDir: dirs.out,
  cacheDir: dirs.cache,
  trailingSlash: 'always',
  // Papers do not go through mdx() (src/loaders/ renders them); it stays for hand-written .mdx
  // pages and the benchmark's `glob-mdx` variant, and costs nothing measurable when no page uses it.
  integrations: [mdx(), ...sitemaps(), pagefind(), offline()],
  markdown: { processor: unified(unifiedOptions) },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX page with a "use astro:head-inject" directive that the bundler
        // warns about once per page (withastro/astro#18087, harmless); at 26,000 papers that is
        // 26,000 lines hiding real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
