import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharTrie } from './char-trie';

/** Walks `units` from the root: the node reached, or -1. */
const walk = (trie: CharTrie<number>, units: readonly number[]): number =>
  units.reduce((node, c) => (node < 0 ? -1 : trie.child(node, c)), 0);

describe('CharTrie', () => {
  it('reaches the items of a key along its units, and a node only along a prefix of some key', () => {
    // ASCII and non-ASCII units, so both kinds of child link are exercised.
    const keyUnits = fc.array(fc.constantFrom(97, 98, 65, 48, 233, 0x6771), { maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(keyUnits, { maxLength: 40 }),
        fc.array(keyUnits, { maxLength: 20 }),
        (keys, probes) => {
          const trie = new CharTrie<number>();
          keys.forEach((key, i) => trie.add(key, i));
          const filed = new Map<string, number[]>();
          keys.forEach((key, i) => filed.set(key.join(','), [...(filed.get(key.join(',')) ?? []), i]));
          for (const units of [...keys, ...probes]) {
            const node = walk(trie, units);
            // The root is there even before any key is added.
            const isPrefix =
              units.length === 0 ||
              keys.some((k) => units.length <= k.length && units.every((c, j) => k[j] === c));
            expect(node >= 0).toBe(isPrefix);
            if (node < 0) continue;
            const items = filed.get(units.join(',')) ?? [];
            expect(trie.itemsAt(node)).toEqual(items);
            expect(trie.countAt(node)).toBe(items.length);
          }
          expect(trie.child(0, Number.NaN)).toBe(-1);
        },
      ),
    );
  });
});
