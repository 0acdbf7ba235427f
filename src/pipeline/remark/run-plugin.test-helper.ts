/** Test helper: run one plugin over `root > paragraph > text(input)`, return the paragraph's nodes. */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { unified } from 'unified';

type Plugin = () => (tree: Root) => undefined;

export function runPlugin(plugin: Plugin, input: string | PhrasingContent[]): PhrasingContent[] {
  const children = typeof input === 'string' ? [{ type: 'text' as const, value: input }] : input;
  const paragraph: Paragraph = { type: 'paragraph', children };
  unified()
    .use(plugin)
    .runSync({ type: 'root', children: [paragraph] } as Root);
  return paragraph.children;
}

/** The nodes reduced to a readable string: text as is, math as `$…$`, links as `<url|text>`. */
export function show(nodes: PhrasingContent[]): string {
  return nodes
    .map((n): string => {
      if (n.type === 'text') return n.value;
      if (n.type === 'inlineMath') return `$${n.value}$`;
      if (n.type === 'link') return `<${n.url}|${show(n.children)}>`;
      if (n.type === 'emphasis') return `_${show(n.children)}_`;
      if (n.type === 'strong') return `**${show(n.children)}**`;
      return `[${n.type}]`;
    })
    .join('');
}
