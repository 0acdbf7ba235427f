import type { Root } from 'mdast';
import { mathToMarkdown } from 'mdast-util-math';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, test } from 'vitest';
import { evaluateMdx, vnodeText } from '../../../tests/helpers/mdx-text';
import { esmSafeToMarkdown } from './esm-safe-to-markdown';

const para = (value: string): Root => ({
  type: 'root',
  children: [{ type: 'paragraph', children: [{ type: 'text', value }] }],
});
const plain = (value: string) => toMarkdown(para(value), { extensions: [mathToMarkdown(), mdxToMarkdown()] });
const guarded = (value: string) =>
  toMarkdown(para(value), { extensions: [mathToMarkdown(), mdxToMarkdown(), esmSafeToMarkdown()] });

describe('esm-safe-to-markdown', () => {
  test('without it, text starting with `import ` breaks the MDX build (why it exists)', async () => {
    expect(plain('import x from "y" at start')).toBe('import x from "y" at start\n');
    await expect(evaluateMdx(plain('import x from "y" at start'))).rejects.toThrow(/acorn/);
  });

  test.each([
    ['import x from "y" at start', '&#x69;mport x from "y" at start\n'],
    ['export const a = 1', '&#x65;xport const a = 1\n'],
    ['important and exports', 'important and exports\n'],
    ['we import x', 'we import x\n'],
  ])('%s', async (input, mdx) => {
    expect(guarded(input)).toBe(mdx);
    expect(vnodeText(await evaluateMdx(guarded(input)))).toBe(input);
  });
});
