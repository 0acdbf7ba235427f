/**
 * Rule: LaTeX font switches become emphasis or strong.
 * `{\em x}`, `{\it x}`, `{\sl x}`, `\emph{x}`, `\textit{x}`, `\textsl{x}` → emphasis;
 * `{\bf x}`, `\textbf{x}` → strong. Only brace-free contents are taken, so an unbalanced
 * group is left as written rather than half converted.
 */
import type { PhrasingContent, Root } from 'mdast';
import { replaceInText, text } from './replace-in-text';

const STRONG = new Set(['bf', 'textbf']);

// Group 1+2: declaration form `{\em x}`; group 3+4: command form `\emph{x}`.
const FONT = /\{\\(em|it|sl|bf)\s+([^{}]+)\}|\\(emph|textit|textsl|textbf)\{([^{}]+)\}/g;

function fontNode(command: string, content: string): PhrasingContent | false {
  const value = content.trim();
  if (value === '') return false;
  const children = [text(value)];
  return STRONG.has(command) ? { type: 'strong', children } : { type: 'emphasis', children };
}

/** remark plugin: LaTeX emphasis and bold. */
export function remarkLatexEmphasis() {
  return (tree: Root): undefined => {
    replaceInText(tree, [
      [
        FONT,
        (_all: string, decl?: string, declText?: string, cmd?: string, cmdText?: string) =>
          fontNode(decl ?? cmd ?? '', declText ?? cmdText ?? ''),
      ],
    ]);
  };
}
