/**
 * A map from pairs of non-negative integers to non-negative integers, in one flat typed array.
 * The term counter looks up a phrase (word id, next word id) at every pair of adjacent words of
 * every abstract; a `Map` per first word cost a property read, a map and a hash per lookup.
 */
export class PairTable {
  size = 0;
  // Per slot: first key, second key, value; a first key of -1 marks a free slot.
  private slots: Int32Array;
  private mask: number;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.slots = new Int32Array(3 * n).fill(-1);
    this.mask = n - 1;
  }

  /** The value stored for (a, b), or -1 when there is none. */
  get(a: number, b: number): number {
    const slots = this.slots;
    for (let s = pairHash(a, b) & this.mask; ; s = (s + 1) & this.mask) {
      const first = slots[3 * s] ?? -1;
      if (first === -1) return -1;
      if (first === a && slots[3 * s + 1] === b) return slots[3 * s + 2] ?? -1;
    }
  }

  /** Stores `value` for a pair not in the table yet. */
  add(a: number, b: number, value: number): void {
    if (a < 0 || b < 0 || value < 0) throw new RangeError('PairTable holds non-negative integers only');
    // Kept at most half full, so probe runs stay short.
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    this.place(a, b, value);
  }

  private place(a: number, b: number, value: number): void {
    let s = pairHash(a, b) & this.mask;
    while ((this.slots[3 * s] ?? -1) !== -1) s = (s + 1) & this.mask;
    this.slots[3 * s] = a;
    this.slots[3 * s + 1] = b;
    this.slots[3 * s + 2] = value;
    this.size++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.mask = (this.mask + 1) * 2 - 1;
    this.size = 0;
    for (let s = 0; s < old.length; s += 3) {
      const a = old[s] ?? -1;
      if (a !== -1) this.place(a, old[s + 1] ?? 0, old[s + 2] ?? 0);
    }
  }
}

/** Mixes both keys into every bit (multiplicative hashing), so masking keeps a good spread. */
function pairHash(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  return h ^ (h >>> 15);
}
