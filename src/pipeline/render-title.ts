/**
 * Pre-render a cleaned title (mdast phrasing) to HTML for the frontmatter, with math typeset by
 * KaTeX using the site's own options. Text can never become markup: mdast-util-to-hast drops raw
 * `html` nodes, hast-util-to-html escapes text, and only http(s) links survive.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { InlineMath } from 'mdast-util-math';
import type { Paragraph, PhrasingContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast, type State } from 'mdast-util-to-hast';
import rehypeKatex from 'rehype-katex';
import { unified } from 'unified';
import { katexOptions } from '../render/markdown-options';

const katexProcessor = unified().use(rehypeKatex, katexOptions).freeze();

/** The same element remark-rehype makes for inline math, which rehype-katex then typesets. */
function inlineMathHandler(_state: State, node: InlineMath): Element {
  const children: ElementContent[] = [{ type: 'text', value: node.value }];
  return {
    type: 'element',
    tagName: 'code',
    properties: { className: ['language-math', 'math-inline'] },
    children,
  };
}

/** Replace links to anything but http(s) by their content: a title must not carry `javascript:`. */
function onlyWebLinks(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'link' && !/^https?:\/\//i.test(node.url)) return onlyWebLinks(node.children);
    if ('children' in node) {
      return [{ ...node, children: onlyWebLinks(node.children as PhrasingContent[]) } as PhrasingContent];
    }
    return [node];
  });
}

/**
 * HTML for phrasing content: text escaped, emphasis/strong/links as elements, inline math as
 * KaTeX markup (HTML + MathML, as on the page). Synchronous and pure.
 */
export function phrasingToHtml(nodes: PhrasingContent[]): string {
  // Converted as a paragraph, not a root: to-hast puts line breaks between a root's children.
  const paragraph: Paragraph = { type: 'paragraph', children: onlyWebLinks(nodes) };
  const p = toHast(paragraph, { handlers: { inlineMath: inlineMathHandler } }) as Element;
  const hast: HastRoot = { type: 'root', children: p.children };
  return toHtml(katexProcessor.runSync(hast) as HastRoot);
}
