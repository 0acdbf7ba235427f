/**
 * Serialise one page: validated frontmatter plus the abstract's syntax tree, written out by the
 * MDX serialiser. The library decides what to escape (`<`, `{`, backticks, `$`, line-initial
 * `import` …), so corpus text always reaches the reader as text and never runs as code.
 */
import type { PhrasingContent, Root } from 'mdast';
import { mathToMarkdown } from 'mdast-util-math';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
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
  // lineWidth 0: never fold long titles, so a diff of a page shows whole values. version 1.1:
  // quote every string a YAML 1.1 reader (Astro's js-yaml) would take for a date, boolean or number.
  const yaml = stringify(frontmatter, { lineWidth: 0, version: '1.1' });
  return `---\n${yaml}---\n\n${phrasingToMdx(abstract)}`;
}
