import { describe, expect, test } from 'vitest';
import { remarkLostEntities } from './remark-lost-entities';
import { runPlugin, show } from './run-plugin.test-helper';

const cases: [string, string][] = [
  ['machine-oriented compressionx2013which prioritizes', 'machine-oriented compression–which prioritizes'],
  ['criteriax2013has emerged', 'criteria–has emerged'],
  ['and then x2014 stops', 'and then x2014 stops'],
  ['opcode 0x2013 and max2013 model', 'opcode 0x2013 and max2013 model'],
  ['wordsx2026then', 'words…then'],
  ['Ax2013B', 'Ax2013B'],
  ['rangex2030 out of block', 'rangex2030 out of block'],
];

describe('remark-lost-entities', () => {
  test.each(cases)('%s', (input, output) => {
    expect(show(runPlugin(remarkLostEntities, input))).toBe(output);
  });
});
