/**
 * A bounded "best k" collector of (paper, score) pairs. The related stage keeps only a handful of
 * neighbours out of thousands of candidates per paper; a size-k min-heap does that in
 * O(candidates × log k) without sorting (or even holding) the whole candidate list. Pairs live in
 * typed arrays and the collector is reused from paper to paper: an object per offered pair (its
 * score boxed besides) made the stage spend much of its time collecting garbage.
 */
export class TopK {
  /** How many pairs are held. */
  size = 0;
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;

  /**
   * @param k how many pairs to keep.
   * @param rank breaks score ties: of two equal scores, the paper of lower `rank[paper]` ranks
   *   first. Give distinct papers distinct ranks (rank them by id) so the kept set never depends
   *   on arrival order.
   */
  constructor(
    private readonly k: number,
    private readonly rank: Int32Array,
  ) {
    this.docs = new Int32Array(Math.max(0, k));
    this.scores = new Float64Array(Math.max(0, k));
  }

  /** Forgets every pair, to collect the next paper's. */
  clear(): void {
    this.size = 0;
  }

  /** Whether a pair of score `s` could be kept: fewer than k held, or `s` at least the worst score held. */
  admits(s: number): boolean {
    return this.size < this.k || s >= (this.scores[0] ?? 0);
  }

  /** Offers a pair; it is kept when fewer than k are held or it beats the worst one held. */
  push(d: number, s: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      this.docs[this.size] = d;
      this.scores[this.size] = s;
      this.up(this.size++);
      return;
    }
    if (this.beats(d, s, this.docs[0] ?? 0, this.scores[0] ?? 0)) {
      this.docs[0] = d;
      this.scores[0] = s;
      this.down(0);
    }
  }

  /** The kept pairs' slots, best first: read them with {@link doc} and {@link score}. */
  sorted(): number[] {
    // Sorting slots in heap order with a stable sort gives equal pairs the order a sort of the
    // heap itself would.
    return Array.from({ length: this.size }, (_, i) => i).sort((a, b) =>
      this.before(a, b) ? -1 : this.before(b, a) ? 1 : 0,
    );
  }

  /** The paper held in a slot. */
  doc(slot: number): number {
    return this.docs[slot] ?? 0;
  }

  /** The score held in a slot. */
  score(slot: number): number {
    return this.scores[slot] ?? 0;
  }

  /** Whether the pair (d, s) ranks before the pair (e, t). */
  private beats(d: number, s: number, e: number, t: number): boolean {
    return s > t || (s === t && (this.rank[d] ?? 0) < (this.rank[e] ?? 0));
  }

  /** Whether the pair in slot i ranks before the pair in slot j. */
  private before(i: number, j: number): boolean {
    return this.beats(this.docs[i] ?? 0, this.scores[i] ?? 0, this.docs[j] ?? 0, this.scores[j] ?? 0);
  }

  private swap(i: number, j: number): void {
    const d = this.docs[i] ?? 0;
    const s = this.scores[i] ?? 0;
    this.docs[i] = this.docs[j] ?? 0;
    this.scores[i] = this.scores[j] ?? 0;
    this.docs[j] = d;
    this.scores[j] = s;
  }

  // The root holds the WORST kept pair, so "parent is worse than child" is the heap invariant.
  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(p, i)) break;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < this.size && this.before(worst, l)) worst = l;
      if (r < this.size && this.before(worst, r)) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}

/**
 * Each item's rank under `cmp` (a consistent total order, ties allowed): `rank[i] < rank[j]`
 * exactly when `cmp(items[i], items[j]) < 0`, and equal items share a rank. Lets a hot loop
 * break ties by comparing two numbers instead of two strings.
 */
export function rankBy<T>(items: readonly T[], cmp: (a: T, b: T) => number): Int32Array {
  const order = items.map((_, i) => i).sort((a, b) => cmp(items[a] as T, items[b] as T));
  const rank = new Int32Array(items.length);
  let r = 0;
  order.forEach((i, x) => {
    const before = order[x - 1];
    if (before !== undefined && cmp(items[before] as T, items[i] as T) !== 0) r++;
    rank[i] = r;
  });
  return rank;
}
