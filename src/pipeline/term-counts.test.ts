import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermCounts } from './term-counts';

describe('TermCounts', () => {
  it('counts like a fresh Map per paper: same terms, first-count order and sums', () => {
    const add = fc.tuple(fc.nat({ max: 3000 }), fc.constantFrom(0, 1, 2, 0.5));
    fc.assert(
      fc.property(fc.array(fc.array(add, { maxLength: 40 }), { maxLength: 6 }), (papers) => {
        const counts = new TermCounts();
        for (const adds of papers) {
          counts.clear();
          const map = new Map<number, number>();
          for (const [t, w] of adds) {
            counts.add(t, w);
            map.set(t, (map.get(t) ?? 0) + w);
          }
          const terms = Array.from({ length: counts.size }, (_, i) => counts.termAt(i));
          expect(terms).toEqual([...map.keys()]);
          for (const [t, c] of map) expect(counts.get(t)).toBe(c);
          expect(counts.get(3001)).toBe(0);
        }
      }),
    );
  });
});
