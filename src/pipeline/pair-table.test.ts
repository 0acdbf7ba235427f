import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairTable } from './pair-table';

describe('PairTable', () => {
  it('holds what a Map keyed by the pair holds, across growth', () => {
    const key = fc.tuple(fc.nat({ max: 50 }), fc.nat({ max: 2 ** 31 - 1 }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), fc.array(key, { maxLength: 50 }), (added, asked) => {
        const table = new PairTable(1);
        const map = new Map<string, number>();
        added.forEach(([a, b], i) => {
          if (map.has(`${a},${b}`)) return;
          table.add(a, b, i);
          map.set(`${a},${b}`, i);
        });
        expect(table.size).toBe(map.size);
        for (const [a, b] of [...added, ...asked]) expect(table.get(a, b)).toBe(map.get(`${a},${b}`) ?? -1);
      }),
    );
  });

  it('refuses negative numbers', () => {
    expect(() => new PairTable().add(-1, 0, 0)).toThrow(RangeError);
  });
});
