import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderKeys } from './search-orders';

describe('orderKeys', () => {
  it('keys dates and upvotes so that text order is their order', () => {
    fc.assert(
      fc.property(fc.nat({ max: 999_999_999 }), fc.nat({ max: 999_999_999 }), (a, b) => {
        const [ka, kb] = [orderKeys({ upvotes: a }).upvotes, orderKeys({ upvotes: b }).upvotes];
        expect(ka < kb).toBe(a < b);
      }),
    );
    expect(orderKeys({ date: '2024-05-01' }).newest > orderKeys({ date: '2023-12-31' }).newest).toBe(true);
  });

  it('gives a missing value the lowest key, so the paper is listed last', () => {
    const none = orderKeys({});
    expect(none.newest < orderKeys({ date: '0001-01-01' }).newest).toBe(true);
    expect(none.upvotes <= orderKeys({ upvotes: 0 }).upvotes).toBe(true);
    expect(orderKeys({ upvotes: -3.7 }).upvotes).toBe(none.upvotes);
  });
});
