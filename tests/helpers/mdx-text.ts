/**
 * Test helpers: serialise phrasing nodes to MDX exactly as the pipeline does, then compile and
 * run that MDX with the site's remark/rehype plugins and a tiny custom JSX runtime, so a test can
 * read back what a reader would see (its text, its class names) without React or a DOM.
 */
import { evaluate } from '@mdx-js/mdx';
import type { PhrasingContent } from 'mdast';
import { rehypePlugins, remarkPlugins } from '../../src/render/markdown-options';
import { phrasingToMdx } from '../../src/pipeline/to-mdx';

/** An element built by the runtime below. */
export interface VElement {
  type: string | symbol;
  props: Record<string, unknown>;
}
/** Anything a compiled MDX component can return. */
export type VNode = VElement | string | number | boolean | null | undefined | VNode[];

const Fragment = Symbol('Fragment');

/** `jsx`/`jsxs`: call components at once (there is no rendering phase), record elements. */
function jsx(type: unknown, props: Record<string, unknown>): VNode {
  if (typeof type === 'function') return (type as (p: Record<string, unknown>) => VNode)(props);
  return { type: type as string | symbol, props };
}

/** The MDX text of one paragraph of phrasing nodes: exactly the pipeline's serialiser. */
export { phrasingToMdx };

/** Compile and run MDX with the site's remark/rehype plugins; the element tree it renders. */
export async function evaluateMdx(mdx: string): Promise<VNode> {
  const mod = await evaluate(mdx, {
    Fragment,
    jsx,
    jsxs: jsx,
    remarkPlugins,
    rehypePlugins,
  } as Parameters<typeof evaluate>[1]);
  return (mod.default as (props: object) => VNode)({});
}

function children(node: VElement): VNode {
  return node.props['children'] as VNode;
}

/** The text a reader would see (KaTeX nodes included, so test with text-only input). */
export function vnodeText(node: VNode): string {
  if (Array.isArray(node)) return node.map(vnodeText).join('');
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  return vnodeText(children(node));
}

/** Every class name used anywhere in the tree (to spot `katex-error`). */
export function vnodeClasses(node: VNode, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const child of node) vnodeClasses(child, into);
  else if (node !== null && typeof node === 'object') {
    const cls = node.props['className'];
    if (typeof cls === 'string') for (const c of cls.split(/\s+/)) into.add(c);
    vnodeClasses(children(node), into);
  }
  return into;
}

/** Every element type (tag name) used in the tree. */
export function vnodeTags(node: VNode, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const child of node) vnodeTags(child, into);
  else if (node !== null && typeof node === 'object') {
    if (typeof node.type === 'string') into.add(node.type);
    vnodeTags(children(node), into);
  }
  return into;
}

/** Serialise text to MDX, compile, run, and read the text back. */
export async function roundTripText(nodes: PhrasingContent[]): Promise<string> {
  return vnodeText(await evaluateMdx(phrasingToMdx(nodes)));
}
