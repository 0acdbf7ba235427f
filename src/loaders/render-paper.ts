/**
 * Renders one generated paper page (`content/papers/<slug>.mdx`) to HTML without compiling it
 * into JavaScript. Pure: text in, `{ id, data, html, headings }` out, so the content loader
 * (`rendered-papers.ts`) stays thin and the rendering is unit-tested on its own.
 *
 * The pipeline writes each page with the MDX serialiser, so the body is read with the MDX
 * grammar (`remark-mdx`): every escape the serialiser chose (`\<`, `\{`, `&#x65;xport` …) means
 * what it meant to `@astrojs/mdx`, and the HTML equals what the site built when Astro compiled
 * every page as an MDX module. Corpus text is data, never code: a page whose tree holds any MDX
 * construct (import/export, `{expression}`, `<Jsx />`) is refused rather than rendered, because
 * the pipeline never writes one and a page that needs one cannot be shown faithfully as HTML.
 */
import { rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import { load as loadYaml } from 'js-yaml';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from '../render/markdown-options';

/** What a page renders to: the entry id (frontmatter `slug`), its raw frontmatter and HTML. */
export interface RenderedPaper {
  id: string;
  /** Frontmatter as js-yaml reads it, not yet validated (the loader's `parseData` does that). */
  data: Record<string, unknown>;
  html: string;
  /** Headings with the ids `@astrojs/mdx` would give them (pipeline pages have none). */
  headings: MarkdownHeading[];
}

/** A page the loader must not render; the message names the file (and line, when known). */
export class PaperSourceError extends Error {
  constructor(
    /** The page's path, as given to {@link renderPaper}. */
    readonly filePath: string,
    message: string,
  ) {
    super(`${filePath}: ${message}`);
    this.name = 'PaperSourceError';
  }
}

/**
 * The MDX-only node types. Any of them in a page means code (ESM, JS expressions, components),
 * which this renderer never evaluates; `@astrojs/mdx` would have run it.
 */
export const MDX_NODE_TYPES: ReadonlySet<string> = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

// Astro's own frontmatter pattern (`@astrojs/internal-helpers/frontmatter`): an optional BOM or
// blank lines, `---`, the YAML, `---`. Matching it exactly means the same files have frontmatter.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/u;

/** Astro's plugin lists may name modules as strings; the site passes functions, and so must we. */
function functionsOnly(list: unknown[], name: string): PluggableList {
  for (const entry of list) {
    const plugin = Array.isArray(entry) ? entry[0] : entry;
    if (typeof plugin !== 'function')
      throw new Error(`renderPaper: ${name} in src/render/markdown-options.ts must be functions`);
  }
  return list as PluggableList;
}

// Built once: a frozen processor is reusable across files. The plugin order is @astrojs/mdx's
// for a page without code or images: the site's remark plugins, remark-rehype, the site's
// rehype plugins, then heading ids (so a heading, should one ever appear, gets the same id).
const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(functionsOnly(remarkPlugins, 'remarkPlugins'))
  .use(remarkRehype)
  .use(functionsOnly(rehypePlugins, 'rehypePlugins'))
  .use(rehypeHeadingIds)
  .use(rehypeStringify)
  .freeze();

/** A page's frontmatter, read without rendering: enough to know its entry and whether it changed. */
export interface PaperSource {
  /** The entry id: the frontmatter `slug`, else the file name without `.mdx` (as Astro's glob loader). */
  id: string;
  /** Frontmatter as js-yaml reads it, not yet validated. */
  data: Record<string, unknown>;
  /** The MDX body, with the frontmatter's lines kept as empty lines (see {@link readFrontmatter}). */
  body: string;
}

/**
 * Splits a page into frontmatter (js-yaml `load`, the reader of the pipeline's js-yaml `dump`
 * and of Astro's glob loader) and body. The frontmatter lines are kept as empty lines, so line
 * numbers in a message about the body are the file's.
 */
export function readFrontmatter(text: string, filePath: string): PaperSource {
  const match = FRONTMATTER.exec(text);
  let data: Record<string, unknown> = {};
  let body = text;
  if (match) {
    let parsed: unknown;
    try {
      parsed = loadYaml(match[1] ?? '');
    } catch (error) {
      throw new PaperSourceError(filePath, `bad frontmatter: ${(error as Error).message}`);
    }
    if (parsed !== null && typeof parsed === 'object') data = parsed as Record<string, unknown>;
    body = match[0].replace(/[^\r\n]/gu, '') + text.slice(match.index + match[0].length);
  }
  // The pipeline names each page after its slug, so both agree for every generated page.
  const slug = data['slug'];
  const id = slug ? String(slug) : (filePath.split(/[\\/]/u).pop() ?? filePath).replace(/\.mdx$/u, '');
  return { id, data, body };
}

/** The first MDX-only node of a tree, if any. */
function firstMdxNode(tree: Root): { type: string; line?: number; column?: number } | undefined {
  let found: { type: string; line?: number; column?: number } | undefined;
  visit(tree, (node) => {
    if (!MDX_NODE_TYPES.has(node.type)) return undefined;
    const start = node.position?.start;
    found = { type: node.type, ...(start ? { line: start.line, column: start.column } : {}) };
    return false; // stop: one is enough to refuse the page
  });
  return found;
}

/**
 * Renders the MDX body of one page (see {@link readFrontmatter}) to HTML. `filePath` names the
 * file in errors and tells the heading-id plugin the text is MDX, as it does in Astro. Throws
 * {@link PaperSourceError} for text that is not valid MDX or holds any MDX construct
 * (see {@link MDX_NODE_TYPES}).
 */
export async function renderBody(
  body: string,
  filePath: string,
): Promise<Pick<RenderedPaper, 'html' | 'headings'>> {
  const file = new VFile({ value: body, path: filePath });
  let tree: Root;
  try {
    tree = processor.parse(file);
  } catch (error) {
    // remark-mdx throws on text that is not MDX (an unclosed `{` or `<`), with its place.
    const { line, column, message } = error as { line?: number; column?: number; message: string };
    const at = typeof line === 'number' ? ` at line ${line}, column ${column}` : '';
    throw new PaperSourceError(filePath, `not valid MDX${at}: ${message}`);
  }
  const mdx = firstMdxNode(tree);
  if (mdx) {
    const at = mdx.line === undefined ? '' : ` at line ${mdx.line}, column ${mdx.column}`;
    throw new PaperSourceError(
      filePath,
      `contains MDX code (${mdx.type}${at}); paper pages are data and are never evaluated. ` +
        'The pipeline never writes MDX code, so this file was edited by hand or comes from elsewhere: ' +
        'regenerate it with `npm run content` or remove it.',
    );
  }
  const hast = await processor.run(tree, file);
  return { html: processor.stringify(hast, file), headings: file.data.astro?.headings ?? [] };
}

/**
 * Renders the whole text of one page: its id, raw frontmatter and HTML. Throws
 * {@link PaperSourceError} (naming `filePath`) for bad frontmatter, text that is not valid MDX,
 * or any MDX construct.
 */
export async function renderPaper(text: string, filePath: string): Promise<RenderedPaper> {
  const { id, data, body } = readFrontmatter(text, filePath);
  return { id, data, ...(await renderBody(body, filePath)) };
}
