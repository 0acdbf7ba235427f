/**
 * How paper MDX is rendered. Shared by `astro.config.ts` and the tests, so the tests compile
 * pages with exactly the plugins the site uses.
 *
 * Astro 7's default processor (Sätteri) ignores remark/rehype plugins, so the site uses the
 * unified processor; GFM and smart punctuation are off because abstracts are data: GFM would
 * strike through `1.8~2.01x` and autolink text we already linked, and smartypants would rewrite
 * the authors' quotes and dashes (we convert LaTeX quotes ourselves, in the pipeline).
 */
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import type { RehypePlugins, RemarkPlugins, UnifiedProcessorOptions } from '@astrojs/markdown-remark';

/** KaTeX options: never throw at build time (the pipeline already fell back to text for bad TeX). */
export const katexOptions = {
  throwOnError: false,
  strict: 'ignore' as const,
  output: 'htmlAndMathml' as const,
};

/** remark plugins applied to every paper. */
export const remarkPlugins: RemarkPlugins = [remarkMath];

/** rehype plugins applied to every paper. */
export const rehypePlugins: RehypePlugins = [[rehypeKatex, katexOptions]];

/** Options for `unified()` from `@astrojs/markdown-remark`. */
export const unifiedOptions: UnifiedProcessorOptions = {
  remarkPlugins,
  rehypePlugins,
  gfm: false,
  smartypants: false,
};
