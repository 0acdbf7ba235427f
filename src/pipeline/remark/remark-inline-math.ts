/**
 * Rule: TeX written with its delimiters becomes `inlineMath` (serialised as `$…$`).
 *
 * `$…$` follows pandoc's rule so prices stay text: the opening `$` is followed by a non-space,
 * the closing `$` is preceded by a non-space and not followed by a digit (`$5 and $10` is not
 * math). `$$…$$` and `\( … \)` are also accepted. A formula KaTeX cannot render falls back to
 * its TeX source as plain text, without the delimiters.
 */
import type { Root } from 'mdast';
import { inlineMath, isRenderableTex, replaceInText, text } from './replace-in-text';

// Group 1: `\( … \)`; group 2: `$$…$$`; group 3: `$…$`. `\$` is an escaped dollar, never a delimiter.
const MATH = /\\\(([^]+?)\\\)|(?<![\\$])\$\$([^$]+?)\$\$|(?<![\\$])\$([^\s$](?:[^$]*?[^\s$\\])?)\$(?!\d)/g;

/** The node for one TeX formula: math if KaTeX renders it, else its source as text. */
export function mathOrText(tex: string) {
  const value = tex.trim();
  if (value === '') return false as const; // `\( \)`: nothing to show as math, keep as written
  return isRenderableTex(value) ? inlineMath(value) : text(value);
}

/** remark plugin: delimited inline math. */
export function remarkInlineMath() {
  return (tree: Root): undefined => {
    replaceInText(tree, [
      [
        MATH,
        (_all: string, paren?: string, double?: string, single?: string) =>
          mathOrText(paren ?? double ?? single ?? ''),
      ],
    ]);
  };
}
