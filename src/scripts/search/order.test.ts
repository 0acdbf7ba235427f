import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inOrder, ranksOf } from './order';

const results = (...ids: string[]) => ids.map((id) => ({ id }));

describe('inOrder', () => {
  it('lists results in the order of the list', () => {
    const ranks = ranksOf(['c', 'a', 'b']);
    expect(inOrder(results('a', 'b', 'c'), ranks).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('puts results the order does not know last, in the order they came', () => {
    const ranks = ranksOf(['b']);
    expect(inOrder(results('x', 'a', 'b', 'y'), ranks).map((r) => r.id)).toEqual(['b', 'x', 'a', 'y']);
  });

  it('keeps every result exactly once, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 3 })),
        fc.uniqueArray(fc.string({ maxLength: 3 })),
        (ids, order) => {
          const sorted = inOrder(results(...ids), ranksOf(order)).map((r) => r.id);
          expect([...sorted].sort()).toEqual([...ids].sort());
          // Known ids come first, in the list's order.
          const known = sorted.filter((id) => order.includes(id));
          expect(sorted.slice(0, known.length)).toEqual(known);
          expect(known).toEqual(order.filter((id) => ids.includes(id)));
        },
      ),
    );
  });
});

describe('ranksOf', () => {
  it('refuses anything but a list of page ids', () => {
    expect(() => ranksOf({ newest: [] })).toThrow(/list of page ids/);
    expect(() => ranksOf(['a', 1])).toThrow(/list of page ids/);
    expect(ranksOf(['a', 'b']).get('b')).toBe(1);
  });
});
