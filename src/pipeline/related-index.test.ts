import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTermIndex, cosine, sharedTerms, strongestFirst } from './related-index';

const opts = { titleBoost: 2, phraseWeight: 1, maxDfFraction: 1, minMaxDf: 10, postingsCap: 200 };
const words = ['kv', 'cache', 'state', 'space', 'model', 'hydra', 'decoding', 'draft', 'token'];
const paper = fc
  .tuple(fc.constantFrom('Hydra: ', 'Mamba: ', ''), fc.array(fc.constantFrom(...words), { maxLength: 12 }))
  .map(([name, ws]) => ({ title: `${name}${ws.slice(0, 3).join(' ')}`, text: ws.join(' ') }));

/** Paper i's terms with their weights, as a map. */
const vector = (index: ReturnType<typeof buildTermIndex>, i: number) =>
  new Map(
    Array.from({ length: (index.docStart[i + 1] ?? 0) - (index.docStart[i] ?? 0) }, (_, x) => {
      const j = (index.docStart[i] ?? 0) + x;
      return [index.docTerm[j] ?? 0, index.docWeight[j] ?? 0] as const;
    }),
  );

describe('shared terms', () => {
  it('are the terms of both papers but a short name both carry, in term order, with their products', () => {
    fc.assert(
      fc.property(fc.array(paper, { minLength: 2, maxLength: 8 }), fc.nat(), fc.nat(), (papers, x, y) => {
        const index = buildTermIndex(papers, opts);
        const [a, b] = [x % papers.length, y % papers.length];
        const va = vector(index, a);
        const vb = vector(index, b);
        const skip = index.nameTerm[a] === index.nameTerm[b] ? index.nameTerm[a] : -1;
        const expected = [...va]
          .filter(([t]) => vb.has(t) && t !== skip)
          .map(([t, w]) => [t, w * (vb.get(t) ?? 0)] as const);
        const out = { t: new Int32Array(va.size), w: new Float64Array(va.size) };
        const count = sharedTerms(index, a, b, out);
        expect(Array.from({ length: count }, (_, i) => [out.t[i], out.w[i]])).toEqual(expected);
        expect(cosine(index, a, b)).toBe(
          Math.min(
            1,
            expected.reduce((s, [, w]) => s + w, 0),
          ),
        );
        const byStrength = [...expected].sort(([s, v], [t, w]) => w - v || s - t).map(([t]) => t);
        expect([...strongestFirst(out, count)]).toEqual(byStrength);
      }),
    );
  });
});
