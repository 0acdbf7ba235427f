/**
 * Titles and abstracts are plain text extracted from LaTeX/HTML, not Markdown: `*`, `_`, `<`,
 * `{` and backticks are characters of the data. This stage starts from
 * `root > paragraph > text(raw)` (the raw string is never parsed as Markdown) and runs one small
 * remark plugin per cleanup rule over the text nodes. The MDX serialiser does all escaping later.
 *
 * Plugin order, and why:
 * 1. links        — first, so no later rule rewrites a URL (`_`, `~`, `%` in paths) and the
 *                   `{here}` debris of a lost `\href` is removed with its URL.
 * 2. inline math  — before anything that touches backslashes, so `$100\times$` keeps `\times`.
 * 3. emphasis     — `{\em …}` before the escape rules so its contents still get cleaned.
 * 4. lost commands— `Oleft(n^{1.5}dright)` → `O(n^{1.5}d)` while it is still one string, before
 *                   the script rule splits it around `^{1.5}`.
 * 5. bare scripts — `S^{2}FT` → math; after 4 (see there), before 6 so `a\_{b}` stays text.
 * 6. escapes      — `\%`, `\&`, `\textasciitilde`, `\etc`, symbol commands, word ties.
 * 7. quotes       — independent of the others; last.
 * Each later plugin skips text inside links and math made by an earlier one.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { remarkBareScripts } from './remark/remark-bare-scripts';
import { remarkInlineMath } from './remark/remark-inline-math';
import { remarkLatexEmphasis } from './remark/remark-latex-emphasis';
import { remarkLatexEscapes } from './remark/remark-latex-escapes';
import { remarkLatexQuotes } from './remark/remark-latex-quotes';
import { remarkLinks } from './remark/remark-links';
import { remarkLostCommands } from './remark/remark-lost-commands';
import { remarkLostEntities } from './remark/remark-lost-entities';

// Built once: the plugins are pure, so one frozen processor serves every call.
const processor = unified()
  .use(remarkLinks)
  .use(remarkInlineMath)
  .use(remarkLatexEmphasis)
  .use(remarkLostCommands)
  .use(remarkBareScripts)
  .use(remarkLatexEscapes)
  .use(remarkLatexQuotes)
  .use(remarkLostEntities)
  .freeze();

/** Merge adjacent text nodes and drop empty ones (rules leave the text split where they matched). */
function tidy(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text') {
      if (node.value === '') continue;
      if (last?.type === 'text') {
        last.value += node.value;
        continue;
      }
    } else if ('children' in node) {
      node.children = tidy(node.children as PhrasingContent[]) as typeof node.children;
    }
    out.push(node);
  }
  return out;
}

/**
 * Clean one raw title or abstract into mdast phrasing nodes (text, inlineMath, link, emphasis,
 * strong). Whitespace runs, line breaks included, collapse to one space and the ends are trimmed:
 * the source is one logical line. Pure and synchronous.
 */
export function normaliseText(raw: string): PhrasingContent[] {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (value === '') return [];
  const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value }] };
  const root: Root = { type: 'root', children: [paragraph] };
  processor.runSync(root);
  return tidy(paragraph.children);
}

/**
 * Cleaned plain text for titles, meta descriptions and search: math as its TeX source (without
 * delimiters), links as their text, emphasis as its words.
 */
export function plainText(nodes: PhrasingContent[]): string {
  return nodes.map((node) => toString(node)).join('');
}

/** The URLs of all links in `nodes`, deduplicated, in order of first appearance. */
export function codeLinks(nodes: PhrasingContent[]): string[] {
  const urls = new Set<string>();
  const walk = (list: PhrasingContent[]): void => {
    for (const node of list) {
      if (node.type === 'link') urls.add(node.url);
      else if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  walk(nodes);
  return [...urls];
}
