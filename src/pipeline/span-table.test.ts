import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanTable, spanHash, spanTableOf } from './span-table';

/** Words and texts over a small alphabet, so that lookups often hit; includes non-ASCII units. */
const unit = fc.constantFrom(...'abAB1 -é東'.split(''), '\u{1d49c}');
const word = fc.array(unit, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));

describe('SpanTable', () => {
  it('finds a span exactly when a Map of the same words holds the cut-out span', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 60 }),
        fc.array(unit, { maxLength: 30 }),
        (words, chars) => {
          // A small initial capacity, so that the table grows while filling.
          const table = new SpanTable(1);
          const map = new Map<string, number>();
          words.forEach((w, i) => {
            expect(table.key(table.add(w, spanHash(w, 0, w.length), i))).toBe(w);
            map.set(w, i);
          });
          expect(table.size).toBe(words.length);
          const text = chars.join('');
          const codes = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
          for (let start = 0; start < text.length; start++) {
            for (let end = start + 1; end <= text.length; end++) {
              const hash = spanHash(text, start, end);
              const slot = table.find(text, start, end, hash);
              expect(slot >= 0 ? table.value(slot) : undefined).toBe(map.get(text.slice(start, end)));
              expect(table.findCodes(codes, start, end, hash)).toBe(slot);
            }
          }
        },
      ),
    );
  });

  it('builds a table of distinct words valued by their index, and refuses an empty key', () => {
    const table = spanTableOf(['mamba', 'hydra']);
    const text = 'a hydra';
    const slot = table.find(text, 2, 7, spanHash(text, 2, 7));
    expect(table.value(slot)).toBe(1);
    expect(table.find(text, 0, 1, spanHash(text, 0, 1))).toBe(-1);
    expect(() => table.add('', 0, 0)).toThrow();
  });
});
