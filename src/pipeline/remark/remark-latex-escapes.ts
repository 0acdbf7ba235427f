/**
 * Rule: LaTeX escapes and text macros left in the text become the characters they stand for.
 * `\%` → `%`, `\&` → `&`, `\_` → `_`, `\#` → `#`, `\$` → `$`, `\{` → `{`, `\}` → `}`;
 * `\textasciitilde` → `~`; `\etc`/`\ie`/`\eg` → `etc.`/`i.e.`/`e.g.`; symbol commands outside
 * math (`\times`, `\sim`, `\cdot`, `\approx`, `\pm`, `\le`, `\ge`) → `×`, `~`, `·`, `≈`, `±`,
 * `≤`, `≥`; a tie `~` between two words (`utilize~proxy`, `codecs~(H.264`) → a space.
 * A tie between digits (`1.8~2.01x`) is left alone: there it may mean a range.
 */
import type { Root } from 'mdast';
import { replaceInText, type TextRule } from './replace-in-text';

const ABBREVIATIONS: Record<string, string> = { etc: 'etc.', ie: 'i.e.', eg: 'e.g.' };

const SYMBOLS: Record<string, string> = {
  times: '×',
  sim: '~',
  cdot: '·',
  approx: '≈',
  pm: '±',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
};

/** The escape rules, in order. */
export const ESCAPE_RULES: readonly TextRule[] = [
  [/\\([%&_#${}])/g, (_all: string, char: string) => char],
  // A control word swallows the spaces after it, hence `\textasciitilde 30` → `~30`.
  [/\\textasciitilde(?:\{\}|(?![A-Za-z]) *)/g, '~'],
  // `\etc.` must not become `etc..`; `\eg{}` is a common spelling.
  [/\\(etc|ie|eg)(?![A-Za-z])(?:\{\})?\.?/g, (_all: string, name: string) => ABBREVIATIONS[name] ?? false],
  [
    /\\(times|sim|cdot|approx|pm|leq?|geq?)(?![A-Za-z])(?:\{\})?/g,
    (_all: string, name: string) => SYMBOLS[name] ?? false,
  ],
  [/(?<=[A-Za-z])~(?=[A-Za-z(])/g, ' '],
];

/** remark plugin: LaTeX escapes and text macros. */
export function remarkLatexEscapes() {
  return (tree: Root): undefined => {
    replaceInText(tree, ESCAPE_RULES);
  };
}
