/**
 * Per-paper term counts, reused from one paper to the next. A fresh `Map` per abstract costs an
 * allocation per distinct term and hashing on every occurrence; here a count is a slot of a dense
 * array indexed by term id, stamped with the "generation" it was counted in, so forgetting every
 * count for the next paper is one increment.
 * Terms are listed in order of their first count, like a `Map`'s keys — the order the term index
 * sums a paper's squared weights in, which must not change.
 */
export class TermCounts {
  /** Number of distinct terms counted since the last {@link clear}. */
  size = 0;
  private counts = new Float64Array(1024);
  // A slot of `counts` is live only when its stamp is the current generation; a count of 0 (a
  // zero weight) is still a counted term, as a Map would hold it.
  private stamps = new Int32Array(1024);
  private generation = 1;
  private order = new Int32Array(256);

  /** Adds `weight` to term `t` (a non-negative id). */
  add(t: number, weight: number): void {
    if (t >= this.counts.length) {
      this.counts = grown(this.counts, t + 1);
      this.stamps = grown(this.stamps, t + 1);
    }
    if (this.stamps[t] !== this.generation) {
      this.stamps[t] = this.generation;
      this.counts[t] = weight;
      if (this.size === this.order.length) this.order = grown(this.order, this.size + 1);
      this.order[this.size++] = t;
    } else this.counts[t] = (this.counts[t] ?? 0) + weight;
  }

  /** The i-th distinct term, in order of first count. */
  termAt(i: number): number {
    return this.order[i] ?? 0;
  }

  /** The count of term `t` (0 when not counted). */
  get(t: number): number {
    return this.stamps[t] === this.generation ? (this.counts[t] ?? 0) : 0;
  }

  /** Forgets every count. */
  clear(): void {
    this.generation++;
    this.size = 0;
  }
}

/** A copy of `a` with room for at least `min` entries (doubling, so growth is amortised). */
function grown<A extends Float64Array | Int32Array>(a: A, min: number): A {
  let length = a.length * 2;
  while (length < min) length *= 2;
  const next = new (a.constructor as new (n: number) => A)(length);
  next.set(a);
  return next;
}
