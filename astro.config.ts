import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { unifiedOptions } from './src/render/markdown-options';
import { buildDirs } from './src/build-dirs';
import offline from './src/integrations/offline';
import pagefind from './src/integrations/pagefind';
import { siteOptions } from './src/site-options';

const { site, base } = siteOptions(process.env);
const dirs = buildDirs(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  ...(site ? { site } : {}),
  base,
  outDir: dirs.out,
  cacheDir: dirs.cache,
  trailingSlash: 'always',
  // The sitemap needs absolute URLs, so it is only written when SITE_URL is set. Papers do not
  // go through mdx() (src/loaders/ renders them); it stays for hand-written .mdx pages and the
  // benchmark's `glob-mdx` variant, and costs nothing measurable when no page uses it.
  integrations: [mdx(), ...(site ? [sitemap()] : []), pagefind(), offline()],
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
