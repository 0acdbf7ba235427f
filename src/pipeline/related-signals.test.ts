import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEIGHBOUR_CAP, tagIndex } from './related-signals';

describe('tagIndex', () => {
  it('scores, shares and proposes as the idf-weighted tag sets say', () => {
    const tags = fc.array(fc.constantFrom('ssm', 'moe', 'kv', 'rare', 'spec'), { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(tags, { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (lists, x, y) => {
        const n = lists.length;
        const index = tagIndex(lists.map((t) => ({ tags: t, tagNames: { ssm: 'State space' } })));
        const count = new Map<string, number>();
        for (const list of lists) for (const t of new Set(list)) count.set(t, (count.get(t) ?? 0) + 1);
        const idf = (t: string) => Math.log((n + 1) / (count.get(t) ?? 1));
        const sets = lists.map((l) => [...new Set(l)]);
        const norm = (s: string[]) => Math.sqrt(s.reduce((acc, t) => acc + idf(t) ** 2, 0));
        const [a, b] = [x % n, y % n];
        const [sa, sb] = [sets[a] ?? [], sets[b] ?? []];
        const common = sa.filter((t) => sb.includes(t));
        const dot = common.reduce((acc, t) => acc + idf(t) ** 2, 0);
        const expected = norm(sa) === 0 || norm(sb) === 0 ? 0 : Math.min(1, dot / (norm(sa) * norm(sb)));
        expect(index.similarity(a, b)).toBe(expected);
        const rarestFirst = [...common].sort((s, t) => idf(t) - idf(s) || (s < t ? -1 : s > t ? 1 : 0));
        expect(index.shared(a, b)).toEqual(rarestFirst.map((t) => (t === 'ssm' ? 'State space' : t)));
        expect(index.neighbours(a).length).toBe(
          sa.reduce((acc, t) => acc + ((count.get(t) ?? 0) <= NEIGHBOUR_CAP ? (count.get(t) ?? 0) : 0), 0),
        );
      }),
    );
  });
});
