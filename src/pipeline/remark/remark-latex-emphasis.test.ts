import { describe, expect, test } from 'vitest';
import { remarkLatexEmphasis } from './remark-latex-emphasis';
import { runPlugin, show } from './run-plugin.test-helper';

const cases: [string, string][] = [
  ['modes: {\\em entropy collapse} in', 'modes: _entropy collapse_ in'],
  ['{\\it x} {\\sl y} \\emph{z} \\textit{w} \\textsl{v}', '_x_ _y_ _z_ _w_ _v_'],
  ['{\\bf x} and \\textbf{y}', '**x** and **y**'],
  // Nested or unbalanced groups are left as written.
  ['{\\em a {b}} and \\emph{a', '{\\em a {b}} and \\emph{a'],
  ['{\\em} and {\\emph x}', '{\\em} and {\\emph x}'],
];

describe('remark-latex-emphasis', () => {
  test.each(cases)('%s', (input, output) => {
    expect(show(runPlugin(remarkLatexEmphasis, input))).toBe(output);
  });

  test('builds emphasis and strong nodes', () => {
    expect(runPlugin(remarkLatexEmphasis, '{\\em a}\\textbf{b}')).toEqual([
      { type: 'emphasis', children: [{ type: 'text', value: 'a' }] },
      { type: 'strong', children: [{ type: 'text', value: 'b' }] },
    ]);
  });
});
