import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { unifiedOptions } from './src/render/markdown-options';
import { siteOptions } from './src/site-options';

const { site, base } = siteOptions(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: { processor: unified(unifiedOptions) },
});
