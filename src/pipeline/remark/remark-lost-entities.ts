/**
 * Rule: HTML character references that lost their `&#` and `;` on the way into a listing
 * (`compressionx2013which`) become the character they meant (`compression–which`).
 * Only the General Punctuation block (U+2010–U+2027: dashes, quotes, ellipsis), and only glued
 * between two lower-case words, the one shape these left-overs take: hex numbers (`0x2013`) and
 * names with digits (`max2013 model`) stay as written.
 */
import type { Root } from 'mdast';
import { replaceInText, type TextRule } from './replace-in-text';

/** The lost-entity rule. */
export const LOST_ENTITY_RULES: readonly TextRule[] = [
  [
    /(?<=\p{Ll}{2})x(20(?:1[0-9a-fA-F]|2[0-7]))(?=\p{Ll}{2})/gu,
    (_all: string, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)),
  ],
];

/** remark plugin: lost character references. */
export function remarkLostEntities() {
  return (tree: Root): undefined => {
    replaceInText(tree, LOST_ENTITY_RULES);
  };
}
