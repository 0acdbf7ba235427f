/**
 * Serialise one page: validated frontmatter plus the abstract's syntax tree, written out by the
 * MDX serialiser. The library decides what to escape (`<`, `{`, backticks, `$`, line-initial
 * `import` …), so corpus text always reaches the reader as text and never runs as code.
 */
import type { PhrasingContent, Root } from 'mdast';
import { mathToMarkdown } from 'mdast-util-math';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { dump } from 'js-yaml';
import { paperSchema, type PaperDataInput } from '../schema';
import { esmSafeToMarkdown } from './remark/esm-safe-to-markdown';

/** Serialise phrasing content as one MDX paragraph (math as `$…$`, everything else escaped). */
export function phrasingToMdx(nodes: PhrasingContent[]): string {
  const root: Root = { type: 'root', children: [{ type: 'paragraph', children: nodes }] };
  return toMarkdown(root, { extensions: [mathToMarkdown(), mdxToMarkdown(), esmSafeToMarkdown()] });
}

/**
 * The full text of `content/papers/<slug>.mdx`. Throws if the data breaks the schema: that is a
 * bug in an earlier stage, not bad input, so it must not pass quietly.
 */
export function toMdx(data: PaperDataInput, abstract: PhrasingContent[]): string {
  const frontmatter = paperSchema.parse(data);
  // Written by js-yaml, the library Astro reads frontmatter with, so every value (a title that
  // looks like a date, a number or `yes`) reads back exactly as written; it is also ~4x faster
  // than the `yaml` package here. lineWidth -1: never fold long titles, so diffs show whole values.
  const yaml = dump(frontmatter, { lineWidth: -1 });
  return `---\n${yaml}---\n\n${phrasingToMdx(abstract)}`;
}
