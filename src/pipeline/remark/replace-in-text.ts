/**
 * Shared plumbing for the text-cleanup plugins: run find-and-replace rules over the `text` nodes
 * of a tree, never inside nodes an earlier plugin already produced (links, math, code), so a URL
 * or a TeX formula is never rewritten by a later rule.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { findAndReplace, type ReplaceFunction } from 'mdast-util-find-and-replace';
import katex from 'katex';

/** One rule: a global regular expression and what each match becomes. */
export type TextRule = readonly [RegExp, ReplaceFunction | string];

/** Node types whose text is final: rules never look inside them. */
const FINAL = ['link', 'linkReference', 'inlineMath', 'math', 'inlineCode', 'code', 'html'];

/** Whether `find` matches in some text node of `node` outside final nodes. */
function matchesSomeText(node: Nodes, find: RegExp): boolean {
  if (node.type === 'text') {
    find.lastIndex = 0;
    const found = find.test(node.value);
    find.lastIndex = 0;
    return found;
  }
  if (FINAL.includes(node.type) || !('children' in node)) return false;
  return (node.children as Nodes[]).some((child) => matchesSomeText(child, find));
}

/**
 * Apply `rules` in order to every text node of `tree` that is not inside a final node. Rules run
 * one after another (a rule sees what the previous one made), as `findAndReplace` runs them; a
 * rule that matches no text is skipped before the tree walk, which is most rules for most
 * abstracts and most of what this stage cost on a large corpus.
 */
export function replaceInText(tree: Nodes, rules: readonly TextRule[]): void {
  for (const [find, replace] of rules) {
    if (matchesSomeText(tree, find)) findAndReplace(tree, [find, replace], { ignore: FINAL });
  }
}

/** A text node. */
export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

/** An inline math node (`$…$` once serialised), as mdast-util-math would build it. */
export function inlineMath(value: string): PhrasingContent {
  return { type: 'inlineMath', value };
}

// An error colour no real formula uses, so an untrusted or unknown command that KaTeX renders
// "softly" (red text instead of throwing) is still detected.
const SENTINEL_ERROR_COLOR = '#fe0001';

/**
 * True when KaTeX renders `tex` without a parse error and without an error-coloured command.
 * Used before turning text into math: a reader must never see a red KaTeX error.
 */
export function isRenderableTex(tex: string): boolean {
  try {
    const html = katex.renderToString(tex, {
      throwOnError: true,
      strict: 'ignore',
      errorColor: SENTINEL_ERROR_COLOR,
    });
    return !html.includes(SENTINEL_ERROR_COLOR);
  } catch {
    return false;
  }
}
