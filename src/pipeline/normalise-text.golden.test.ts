import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluateMdx, phrasingToMdx, vnodeClasses, vnodeText } from '../../tests/helpers/mdx-text';
import { normaliseText, plainText } from './normalise-text';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'normalise');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

describe('golden fixtures (UPDATE_GOLDEN=1 rewrites output.md)', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    test(name, async () => {
      const input = readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8').replace(/\n$/, '');
      const mdx = phrasingToMdx(normaliseText(input));
      const golden = join(FIXTURES, name, 'output.md');
      if (UPDATE) writeFileSync(golden, mdx);
      expect(mdx).toBe(readFileSync(golden, 'utf8'));
      // Every golden page must also compile and render without a KaTeX error, and without math
      // a reader sees exactly the plain text: nothing was taken as markup or code.
      const nodes = normaliseText(input);
      const tree = await evaluateMdx(mdx);
      expect(vnodeClasses(tree).has('katex-error')).toBe(false);
      if (!nodes.some((n) => n.type === 'inlineMath')) expect(vnodeText(tree)).toBe(plainText(nodes));
    });
  }
});
