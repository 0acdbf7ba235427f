/**
 * PROTOTYPE (benchmark variant, not used by the site): a content loader that renders each
 * generated `papers/*.mdx` to HTML while content syncs, with the project's own remark/rehype set
 * (`src/render/markdown-options.ts`), and stores it as the entry's `rendered` HTML. `render(entry)`
 * then returns a component around that HTML, so Vite never bundles one module per paper: the
 * step that dominates a large MDX build.
 *
 * The generated pages are plain text, links, emphasis and math written by the MDX serialiser, so
 * they are parsed as MDX (the same escapes the site's build reads) and no JSX is ever evaluated.
 * Entries whose file bytes did not change keep their stored HTML (a warm rebuild renders nothing).
 */
import { readFile, readdir } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { parse as parseYaml } from 'yaml';
import { rehypePlugins, remarkPlugins } from './render/markdown-options';

/** Options of {@link renderedMdxLoader}. */
export interface RenderedMdxOptions {
  /** Folder of the `.mdx` files, relative to the project root (or absolute). */
  base: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u;

/** Astro's plugin lists allow module names; the project passes functions, which is all we accept. */
function pluggables(list: unknown[]): PluggableList {
  for (const p of list) {
    const plugin = Array.isArray(p) ? p[0] : p;
    if (typeof plugin !== 'function') throw new Error('renderedMdxLoader: plugins must be functions');
  }
  return list as PluggableList;
}

/** The loader: one entry per `<base>/*.mdx`, id = the frontmatter `slug`, HTML rendered at sync. */
export function renderedMdxLoader(options: RenderedMdxOptions): Loader {
  return {
    name: 'paper-atlas-rendered-mdx',
    load: async ({ config, store, parseData, generateDigest, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = isAbsolute(options.base) ? options.base : join(root, options.base);
      const processor = unified()
        .use(remarkParse)
        .use(remarkMdx)
        .use(pluggables(remarkPlugins))
        .use(remarkRehype)
        .use(pluggables(rehypePlugins))
        .use(rehypeStringify);
      const names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
      const untouched = new Set(store.keys());
      let rendered = 0;
      for (const name of names) {
        const filePath = join(dir, name);
        const text = await readFile(filePath, 'utf8');
        const match = FRONTMATTER.exec(text);
        const data = (match ? parseYaml(match[1] ?? '') : {}) as Record<string, unknown>;
        const id = String(data['slug'] ?? name.replace(/\.mdx$/u, ''));
        untouched.delete(id);
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) continue;
        const body = match ? text.slice(match[0].length) : text;
        const html = String(await processor.process(body));
        const parsed = await parseData({ id, data, filePath });
        store.set({ id, data: parsed, digest, filePath: relative(root, filePath), rendered: { html } });
        rendered++;
      }
      for (const id of untouched) store.delete(id);
      logger.info(`rendered ${rendered} of ${names.length} papers (${untouched.size} removed)`);
    },
  };
}
