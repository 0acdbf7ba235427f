/**
 * Rule: LaTeX quote pairs become typographic quotes.
 * ` ``x'' ` → “x”, `` `x' `` → ‘x’. Only an opening backtick with its closing apostrophe counts;
 * other backticks and apostrophes (`cars' lifetime`, code-like `` `x` ``) stay as written.
 */
import type { Root } from 'mdast';
import { replaceInText, type TextRule } from './replace-in-text';

/** The quote rules, double pairs first so `` ``x'' `` is never read as two single pairs. */
export const QUOTE_RULES: readonly TextRule[] = [
  [/``((?:(?!``|'')[^\n]){1,300})''/g, (_all: string, inner: string) => `“${inner}”`],
  [/(?<![`\w])`([^`'\n]{1,100})'(?![A-Za-z])/g, (_all: string, inner: string) => `‘${inner}’`],
];

/** remark plugin: LaTeX quotes. */
export function remarkLatexQuotes() {
  return (tree: Root): undefined => {
    replaceInText(tree, QUOTE_RULES);
  };
}
