// The FLOOR of the benchmark: a bare Astro + MDX site over the same generated MDX pages, with
// Astro's defaults (default Sätteri processor, no remark/rehype plugins, no math rendering).
// The one setting added is math parsing: the pages hold `$…$` with braces inside, which MDX
// would otherwise read as JavaScript expressions. What the floor costs is what any Astro site
// with one MDX entry per paper costs; `npm run bench` builds it beside ours.
// Folders come from the environment so that runs of several sizes never share files or caches.
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
  markdown: { processor: satteri({ features: { math: true } }) },
});
