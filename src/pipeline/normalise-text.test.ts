import fc from 'fast-check';
import type { PhrasingContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { evaluateMdx, phrasingToMdx, roundTripText, vnodeText } from '../../tests/helpers/mdx-text';
import { codeLinks, normaliseText, plainText } from './normalise-text';

const SPECIALS = [...'<>{}[]()*_~`$#&!|:\\\'"-+=.^%@/;?,'];
// Printable ASCII plus a few non-ASCII characters; newlines excluded.
const PRINTABLE = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...'πé·“”‘’×≤\u00a0',
];
// Line-start constructs are rare in random strings, so some inputs start with one on purpose.
const LINE_STARTS = [
  '',
  'import ',
  'export ',
  '# ',
  '> ',
  '- ',
  '1. ',
  '    ',
  '<',
  '{',
  '$',
  '---',
  '| a |',
];
const textArb = fc
  .tuple(
    fc.constantFrom(...LINE_STARTS),
    fc.string({ unit: fc.oneof(fc.constantFrom(...SPECIALS), fc.constantFrom(...PRINTABLE)), maxLength: 60 }),
  )
  .map(([start, rest]) => start + rest);

describe('the MDX serialiser escapes every character of a text node', () => {
  test('text → MDX → compile (remark-math, rehype-katex) → run yields the same text', async () => {
    await fc.assert(
      fc.asyncProperty(textArb, async (value) => {
        const nodes: PhrasingContent[] = [{ type: 'text', value }];
        expect(await roundTripText(nodes)).toBe(value);
      }),
      { numRuns: 400 },
    );
  });

  test('the helper really reads rendered text (markup is not text)', async () => {
    expect(vnodeText(await evaluateMdx('*a* <b>c</b> {"d"}'))).toBe('a c d');
  });
});

describe('normaliseText, plainText, codeLinks', () => {
  test('the rules work together in order (see normalise-text.ts)', () => {
    const nodes = normaliseText(
      "  Code at https://github.com/a_b/c{here}; $100\\times$ and Oleft(n^{1.5}dright), {\\em 50\\% ``x''}\n ",
    );
    expect(phrasingToMdx(nodes)).toBe(
      'Code at [https://github.com/a_b/c](https://github.com/a_b/c); $100\\times$ and O(n$^{1.5}$d), *50% “x”*\n',
    );
    expect(plainText(nodes)).toBe('Code at https://github.com/a_b/c; 100\\times and O(n^{1.5}d), 50% “x”');
  });

  test('whitespace collapses and ends are trimmed; blank input gives no nodes', () => {
    expect(normaliseText(' a \n\t b  ')).toEqual([{ type: 'text', value: 'a b' }]);
    expect(normaliseText(' \n ')).toEqual([]);
  });

  test('adjacent text nodes are merged', () => {
    expect(normaliseText('50\\% and 40\\%')).toEqual([{ type: 'text', value: '50% and 40%' }]);
  });

  test('codeLinks: URLs deduplicated, in order, including links inside emphasis', () => {
    const nodes = normaliseText('https://b.org/1 and https://a.org/2, {\\em see https://b.org/1}');
    expect(codeLinks(nodes)).toEqual(['https://b.org/1', 'https://a.org/2']);
    expect(codeLinks(normaliseText('no links, javascript:alert(1)'))).toEqual([]);
  });

  test('markdown-looking input stays text', () => {
    expect(normaliseText('*not emphasis* [l](javascript:alert(1)) <b>x</b>')).toEqual([
      { type: 'text', value: '*not emphasis* [l](javascript:alert(1)) <b>x</b>' },
    ]);
  });
});
