import { describe, expect, test } from 'vitest';
import { remarkLatexEscapes } from './remark-latex-escapes';
import { runPlugin, show } from './run-plugin.test-helper';

const cases: [string, string][] = [
  ['up to 50\\% and 40\\%', 'up to 50% and 40%'],
  ['Q\\&A, a\\_b, \\#1, \\$5, \\{x\\}', 'Q&A, a_b, #1, $5, {x}'],
  [
    'approximately \\textasciitilde42\\% and \\textasciitilde 30\\% and \\textasciitilde{}5',
    'approximately ~42% and ~30% and ~5',
  ],
  ['(NeRV, E-NeRV, \\etc) and \\etc. end', '(NeRV, E-NeRV, etc.) and etc. end'],
  ['\\ie, this; \\eg{} that; \\ie. x', 'i.e., this; e.g. that; i.e. x'],
  [
    '5\\times faster, \\sim 3, a\\cdot b, \\approx 2, \\pm 1, \\le 4, \\geq 5',
    '5× faster, ~ 3, a· b, ≈ 2, ± 1, ≤ 4, ≥ 5',
  ],
  // LaTeX ties between words become spaces; between numbers they may be a range: kept.
  ['codecs~(H.264) and utilize~proxy tasks', 'codecs (H.264) and utilize proxy tasks'],
  ['1.8~2.01x and ~2x speedup', '1.8~2.01x and ~2x speedup'],
  // Unknown commands stay.
  ['\\foo and \\etcetera and \\timesx', '\\foo and \\etcetera and \\timesx'],
];

describe('remark-latex-escapes', () => {
  test.each(cases)('%s', (input, output) => {
    expect(show(runPlugin(remarkLatexEscapes, input))).toBe(output);
  });

  test('math nodes are never touched', () => {
    const math = { type: 'inlineMath' as const, value: '100\\times 50\\%' };
    expect(runPlugin(remarkLatexEscapes, [math])).toEqual([math]);
  });
});
