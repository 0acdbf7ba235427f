import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK, rankBy } from './related-topk';

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('rankBy', () => {
  it('orders ranks as the comparison orders items, equal items sharing a rank', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'ab', 'B', ''), { maxLength: 20 }), (items) => {
        const rank = rankBy(items, cmpStr);
        items.forEach((a, i) =>
          items.forEach((b, j) => expect(Math.sign((rank[i] ?? 0) - (rank[j] ?? 0))).toBe(cmpStr(a, b))),
        );
      }),
    );
  });
});

describe('TopK', () => {
  it('keeps the k best (score, then rank) pairs, best first, whatever the arrival order', () => {
    const pair = fc.tuple(fc.nat({ max: 30 }), fc.constantFrom(0, 0.25, 0.5, 1, 2));
    fc.assert(
      fc.property(
        fc.uniqueArray(pair, { selector: ([d]) => d, maxLength: 60 }),
        fc.nat({ max: 8 }),
        (pairs, k) => {
          const rank = Int32Array.from({ length: 31 }, (_, d) => (d * 7) % 31); // distinct, shuffled
          const top = new TopK(k, rank);
          top.clear();
          for (const [d, s] of pairs) if (top.admits(s)) top.push(d, s);
          const expected = [...pairs]
            .sort(([d, s], [e, t]) => t - s || (rank[d] ?? 0) - (rank[e] ?? 0))
            .slice(0, k)
            .map(([d, s]) => [d, s]);
          expect(top.sorted().map((slot) => [top.doc(slot), top.score(slot)])).toEqual(expected);
          expect(top.size).toBe(expected.length);
        },
      ),
    );
  });
});
