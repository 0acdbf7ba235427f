import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectKth } from './select-kth';

describe('selectKth', () => {
  it('finds the value at a rank, duplicates included', () => {
    expect(selectKth(Float32Array.from([5, 1, 4, 1, 3]), 5, 0)).toBe(1);
    expect(selectKth(Float32Array.from([5, 1, 4, 1, 3]), 5, 1)).toBe(1);
    expect(selectKth(Float32Array.from([5, 1, 4, 1, 3]), 5, 4)).toBe(5);
    expect(selectKth(Float64Array.from([2, 2, 2, 2]), 4, 2)).toBe(2);
  });

  it('agrees with a sorted copy for any values, length and rank (only a[0, n) is read)', () => {
    fc.assert(
      fc.property(
        // `+ 0` folds -0 into 0: the two are equal to any comparison, only a sort tells them apart.
        fc.array(
          fc.float({ noNaN: true }).map((x) => x + 0),
          { minLength: 1, maxLength: 300 },
        ),
        fc.nat(),
        fc.nat(),
        (values, rawN, rawK) => {
          const n = 1 + (rawN % values.length);
          const k = rawK % n;
          const a = Float32Array.from(values);
          const expected = a.slice(0, n).sort()[k];
          expect(selectKth(a, n, k)).toBe(expected);
        },
      ),
    );
  });

  it('handles small value ranges (many ties) and sorted runs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 200 }),
        fc.nat(),
        (values, rawK) => {
          const sorted = Float32Array.from(values).sort();
          for (const input of [Float32Array.from(values), sorted.slice(), sorted.slice().reverse()]) {
            const k = rawK % values.length;
            expect(selectKth(input, values.length, k)).toBe(sorted[k]);
          }
        },
      ),
    );
  });
});
