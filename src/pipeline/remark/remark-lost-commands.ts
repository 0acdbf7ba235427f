/**
 * Rule: TeX commands whose backslash was lost in extraction (`sim75\%`, `20.6times`,
 * `Oleft(n^2dright)`, `HyperZcdotZcdotW`). Each pattern needs a context that English words do
 * not have (a digit, a capital, a paired `left…right`), so `simple`, `sometimes`, `anecdote`,
 * `sim2real` and `copyright)` are never touched.
 */
import type { Root } from 'mdast';
import { replaceInText, type TextRule } from './replace-in-text';

/** `Z{cdotZ{cdot}W}` → `Z·Z·W`: braces are dropped only when they balance within the match. */
function cdotRun(run: string): string {
  const dots = run.replaceAll('cdot', '·');
  const open = dots.split('{').length;
  return open === dots.split('}').length ? dots.replace(/[{}]/g, '') : dots;
}

/** The lost-backslash rules, in order. */
export const LOST_COMMAND_RULES: readonly TextRule[] = [
  // `\sim` as a range between numbers: `3.72sim4.11`, `2.36sim 8.02` → `3.72~4.11`.
  [/(?<=\d)sim ?(?=\d)/g, '~'],
  // `\sim` as "about" before a percentage: `sim75\%` → `~75\%` (the `\%` is a later rule).
  [/(?<![A-Za-z])sim(?=\d+(?:\.\d+)?\\?%)/g, '~'],
  // `\times` after a number: `20.6times`, `6400times6400` → `20.6×`, `6400×6400`.
  [/(?<=\d)times(?![A-Za-z])/g, '×'],
  // `\left( … \right)` with both backslashes lost, only as a pair glued to the preceding symbol.
  [
    /(?<=[A-Za-z0-9])\\?left([([|])([^\s]{0,80}?)\\?right([)\]|])/g,
    (_all: string, open: string, inner: string, close: string) => `${open}${inner}${close}`,
  ],
  // `\cdot` between capitals/digits (`HyperZcdotZcdotW`), braces of the group included.
  [/[A-Z0-9](?:[{}]*cdot[{}]*[A-Z0-9])+\}*/g, (run: string) => cdotRun(run)],
  // `\cdot` as a spaced operator: `log(D) cdot |p|`. "cdot" is not an English word.
  [/(?<= )cdot(?= )/g, '·'],
];

/** remark plugin: restore commands that lost their backslash. */
export function remarkLostCommands() {
  return (tree: Root): undefined => {
    replaceInText(tree, LOST_COMMAND_RULES);
  };
}
