import { describe, expect, test } from 'vitest';
import { remarkLatexQuotes } from './remark-latex-quotes';
import { runPlugin, show } from './run-plugin.test-helper';

const cases: [string, string][] = [
  ["(known as the ``time to first token'', or TTFT)", '(known as the “time to first token”, or TTFT)'],
  ["``implicit knowledge'' and ``explicit knowledge''", '“implicit knowledge” and “explicit knowledge”'],
  ["LLMs `think' in their", 'LLMs ‘think’ in their'],
  ["``the authors' view''", "“the authors' view”"],
  // Other backticks and apostrophes are data.
  ["5 cars' lifetime, `code`, a lone ` and it's", "5 cars' lifetime, `code`, a lone ` and it's"],
];

describe('remark-latex-quotes', () => {
  test.each(cases)('%s', (input, output) => {
    expect(show(runPlugin(remarkLatexQuotes, input))).toBe(output);
  });
});
