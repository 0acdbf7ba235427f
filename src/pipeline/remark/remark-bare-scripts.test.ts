import { describe, expect, test } from 'vitest';
import { remarkBareScripts } from './remark-bare-scripts';
import { runPlugin, show } from './run-plugin.test-helper';

const cases: [string, string][] = [
  ['S^{2}FT: Efficient', 'S$^{2}$FT: Efficient'],
  ['reach O(L^{{4}/{3}}) globally', 'reach O(L$^{{4}/{3}}$) globally'],
  ['7T T_{2}^*-weighted brain', '7T T$_{2}^*$-weighted brain'],
  ['to O(n^{1.5}d) from', 'to O(n$^{1.5}$d) from'],
  ['(> 10^{19}) and M^{3}ViT', '(> 10$^{19}$) and M$^{3}$ViT'],
  ['x_{i}^{2} y', 'x$_{i}^{2}$ y'],
  // Conservative: unbraced scripts read fine and stay text.
  ['O(n^2), CO_2, QK^T, LightHGNN^+', 'O(n^2), CO_2, QK^T, LightHGNN^+'],
  // Not glued to a base, spaces inside, or escaped: text.
  ['a ^{2} b, x^{a b}, a\\_{b}', 'a ^{2} b, x^{a b}, a\\_{b}'],
  // KaTeX cannot render it: text.
  ['x^{\\foo}', 'x^{\\foo}'],
];

describe('remark-bare-scripts', () => {
  test.each(cases)('%s', (input, output) => {
    expect(show(runPlugin(remarkBareScripts, input))).toBe(output);
  });
});
