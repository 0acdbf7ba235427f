import { describe, expect, test } from 'vitest';
import { remarkLostCommands } from './remark-lost-commands';
import { runPlugin, show } from './run-plugin.test-helper';

const cases: [string, string][] = [
  ['by sim75\\% in the prefill', 'by ~75\\% in the prefill'],
  ['saving sim50% GPU memory', 'saving ~50% GPU memory'],
  ['achieving 3.72sim4.11times speedup', 'achieving 3.72~4.11× speedup'],
  ['2.36sim 8.02times using 4sim 8 GPUs', '2.36~8.02× using 4~8 GPUs'],
  ['20.6times speedup, 6400times6400 images, 10-1000times', '20.6× speedup, 6400×6400 images, 10-1000×'],
  ['Oleft(n^{1.5}dright) from Oleft(n^2dright)', 'O(n^{1.5}d) from O(n^2d)'],
  ['O\\left(n\\right)', 'O(n)'],
  ['HyperZcdotZcdotW Operator', 'HyperZ·Z·W Operator'],
  ['a HyperZ{cdotZ{cdot}W} operator', 'a HyperZ·Z·W operator'],
  ['O (log(D) cdot |p|)', 'O (log(D) · |p|)'],
  // English words and unpaired look-alikes are untouched.
  [
    'simple, sometimes, simulate, sim2real, anecdote, Anecdote',
    'simple, sometimes, simulate, sim2real, anecdote, Anecdote',
  ],
  ['the left (top) and right) copyright) bright(x)', 'the left (top) and right) copyright) bright(x)'],
  ['3 times faster, several times', '3 times faster, several times'],
];

describe('remark-lost-commands', () => {
  test.each(cases)('%s', (input, output) => {
    expect(show(runPlugin(remarkLostCommands, input))).toBe(output);
  });
});
