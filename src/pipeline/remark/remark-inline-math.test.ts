import { describe, expect, test } from 'vitest';
import { remarkInlineMath } from './remark-inline-math';
import { runPlugin, show } from './run-plugin.test-helper';

const cases: [string, string][] = [
  ['Just Dance with $π$!', 'Just Dance with $π$!'],
  ['for $100\\times$ Faster', 'for $100\\times$ Faster'],
  ['MoE$^2$: Optimizing', 'MoE$^2$: Optimizing'],
  ['D$^{2}$MoE', 'D$^{2}$MoE'],
  ["model \\( x'(t) = Ax(t) + Bu(t) \\), and", "model $x'(t) = Ax(t) + Bu(t)$, and"],
  ['matrix \\( A \\), this', 'matrix $A$, this'],
  ['display $$E=mc^2$$ inline', 'display $E=mc^2$ inline'],
  // Prices are not math (pandoc's rule).
  ['roughly $20. We plot', 'roughly $20. We plot'],
  ['$5 and $10', '$5 and $10'],
  ['$5,$10', '$5,$10'],
  ['a $ b $ c', 'a $ b $ c'],
  ['\\$x\\$', '\\$x\\$'],
];

describe('remark-inline-math', () => {
  test.each(cases)('%s', (input, output) => {
    expect(show(runPlugin(remarkInlineMath, input))).toBe(output);
  });

  test('TeX that KaTeX cannot render falls back to its source as text', () => {
    const nodes = runPlugin(remarkInlineMath, 'a \\( \\foo{x} \\) b $\\frac{1}$ c $\\href{javascript:x}{y}$');
    expect(nodes.every((n) => n.type === 'text')).toBe(true);
    expect(show(nodes)).toBe('a \\foo{x} b \\frac{1} c \\href{javascript:x}{y}');
  });

  test('an empty \\( \\) stays as written', () => {
    expect(show(runPlugin(remarkInlineMath, 'a \\( \\) b'))).toBe('a \\( \\) b');
  });
});
