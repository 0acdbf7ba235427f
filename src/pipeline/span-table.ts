/**
 * A string → integer table that is looked up by a span of a larger text (`text`, `start`, `end`)
 * rather than by a string. Counting the terms of 26,000 abstracts looks up millions of words; with
 * a `Map` each lookup first cuts the word out of its text (a new string to allocate, hash and
 * later collect). Here the caller hashes the characters while it scans them, and a lookup only
 * compares characters in place. Open addressing with linear probing over flat arrays.
 */

/** One step of the span hash: fold the UTF-16 code unit `c` into the running hash `h`. */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** The hash of `text[start, end)`: {@link hashStep} over its code units, starting from 0. */
export function spanHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/** Non-empty string keys with integer values, found by text span; see the module comment. */
export class SpanTable {
  size = 0;
  private keys: string[];
  // Per slot, side by side so a probe touches one cache line: hash, key length (0: free slot,
  // keys are never empty), value, and where the key's code units start in `pool`. Probing reads
  // only these; the key's characters once hash and length agree.
  private slots: Int32Array;
  private mask: number;
  // Every key's UTF-16 code units, one after another: compared as numbers, whatever kind of
  // string (flat, sliced, concatenated) the key or the text is.
  private pool = new Uint16Array(1024);
  private poolLength = 0;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.keys = new Array<string>(n).fill('');
    this.slots = new Int32Array(4 * n);
    this.mask = n - 1;
  }

  /** The slot holding the key equal to `text[start, end)` (whose {@link spanHash} is `hash`), or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const { slots, pool } = this;
    for (let s = hash & this.mask; ; s = (s + 1) & this.mask) {
      const len = slots[4 * s + 1] ?? 0;
      if (len === 0) return -1;
      if (slots[4 * s] !== hash || len !== end - start) continue;
      const at = slots[4 * s + 3] ?? 0;
      let k = 0;
      while (k < len && pool[at + k] === text.charCodeAt(start + k)) k++;
      if (k === len) return s;
    }
  }

  /**
   * {@link find} for a text given as its code units (`codes[i]` is `text.charCodeAt(i)`): a
   * scanner that reads each character once can keep them and spare the string accesses.
   */
  findCodes(codes: Uint16Array, start: number, end: number, hash: number): number {
    const { slots, pool } = this;
    for (let s = hash & this.mask; ; s = (s + 1) & this.mask) {
      const len = slots[4 * s + 1] ?? 0;
      if (len === 0) return -1;
      if (slots[4 * s] !== hash || len !== end - start) continue;
      const at = slots[4 * s + 3] ?? 0;
      let k = 0;
      while (k < len && pool[at + k] === codes[start + k]) k++;
      if (k === len) return s;
    }
  }

  /** The key stored in a slot found by {@link find} or returned by {@link add}. */
  key(slot: number): string {
    return this.keys[slot] ?? '';
  }

  /** The value stored in a slot. */
  value(slot: number): number {
    return this.slots[4 * slot + 2] ?? 0;
  }

  /** Adds a non-empty key that is not in the table yet (its hash must be `spanHash(key, 0, key.length)`); returns its slot. */
  add(key: string, hash: number, value: number): number {
    if (key.length === 0) throw new Error('SpanTable keys must not be empty');
    // Kept at most half full, so probe runs stay short.
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const at = this.poolLength;
    if (this.pool.length < at + key.length) {
      const pool = new Uint16Array(2 * (at + key.length));
      pool.set(this.pool);
      this.pool = pool;
    }
    for (let k = 0; k < key.length; k++) this.pool[at + k] = key.charCodeAt(k);
    this.poolLength += key.length;
    return this.place(key, hash, value, at);
  }

  /** Puts a key whose code units are at `pool[at ..]` into a free slot. */
  private place(key: string, hash: number, value: number, at: number): number {
    let s = hash & this.mask;
    while ((this.slots[4 * s + 1] ?? 0) > 0) s = (s + 1) & this.mask;
    this.keys[s] = key;
    this.slots.set([hash, key.length, value, at], 4 * s);
    this.size++;
    return s;
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Array<string>(keys.length * 2).fill('');
    this.slots = new Int32Array(slots.length * 2);
    this.mask = keys.length * 2 - 1;
    this.size = 0;
    keys.forEach((key, s) => {
      if (key.length > 0) this.place(key, slots[4 * s] ?? 0, slots[4 * s + 2] ?? 0, slots[4 * s + 3] ?? 0);
    });
  }
}

/** A {@link SpanTable} of `words` (non-empty, distinct), each word's value its index in `words`. */
export function spanTableOf(words: readonly string[]): SpanTable {
  const table = new SpanTable(words.length);
  words.forEach((w, i) => table.add(w, spanHash(w, 0, w.length), i));
  return table;
}
