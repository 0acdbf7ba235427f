/**
 * A mdast-util-to-markdown extension that closes a gap in the MDX serialiser: MDX reads a line
 * that starts with `import ` or `export ` (column 1, then one space) as an ES module statement,
 * so text such as `import x from "y"` either fails to compile ("Could not parse import/exports
 * with acorn") or, worse, `export const a = 1` becomes real module code. mdast-util-mdx 3 does
 * not declare that construct unsafe, so this adds the two patterns: the library then writes the
 * first letter as a character reference (`&#x69;mport`), which MDX shows as plain text.
 * Pass it after `mdxToMarkdown()` wherever phrasing is serialised to MDX.
 */
import type { Options } from 'mdast-util-to-markdown';

/** Unsafe patterns for line-initial `import `/`export ` (see above). */
export function esmSafeToMarkdown(): Options {
  return {
    unsafe: [
      { character: 'i', atBreak: true, after: 'mport ' },
      { character: 'e', atBreak: true, after: 'xport ' },
    ],
  };
}
