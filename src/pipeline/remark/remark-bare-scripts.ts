/**
 * Rule: TeX superscripts/subscripts written outside `$…$` whose braces would otherwise show:
 * `S^{2}FT`, `O(L^{{4}/{3}})`, `T_{2}^*-weighted`, `O(n^{1.5}d)`. Only the `^{…}`/`_{…}` part
 * (with any following `^{…}`, `_{…}` or `^*`) becomes math, so the base stays in the text font.
 * Conservative on purpose: unbraced scripts (`O(n^2)`, `CO_2`, `QK^T`) read fine as they are and
 * stay text; the script must be glued to a letter, digit or closing bracket and contain no spaces.
 */
import type { Root } from 'mdast';
import { inlineMath, isRenderableTex, replaceInText } from './replace-in-text';

// A braced group with at most one nested level and no whitespace: `{2}`, `{{4}/{3}}`.
const GROUP = String.raw`\{(?:[^{}\s]|\{[^{}\s]*\})+\}`;
const SCRIPTS = new RegExp(String.raw`(?<=[A-Za-z0-9)\]])(?:[\^_]${GROUP})+(?:\^\*|_\*)?`, 'g');

/** remark plugin: braced scripts outside math become inline math. */
export function remarkBareScripts() {
  return (tree: Root): undefined => {
    replaceInText(tree, [
      [SCRIPTS, (script: string) => (isRenderableTex(script) ? inlineMath(script) : false)],
    ]);
  };
}
