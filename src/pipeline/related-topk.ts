/**
 * A bounded "best k" collector. The related stage keeps only a handful of neighbours out of
 * thousands of candidates per paper; a size-k min-heap does that in O(candidates × log k)
 * without sorting (or even holding) the whole candidate list.
 */
export class TopK<T> {
  private readonly heap: T[] = [];

  /**
   * @param k how many items to keep.
   * @param better `better(a, b)` is true when `a` ranks before `b`; it must be a strict total
   *   order (break score ties by id) so the kept set never depends on arrival order.
   */
  constructor(
    private readonly k: number,
    private readonly better: (a: T, b: T) => boolean,
  ) {}

  /** Offers an item; it is kept when fewer than k are held or it beats the worst one held. */
  push(item: T): void {
    if (this.k <= 0) return;
    const h = this.heap;
    if (h.length < this.k) {
      h.push(item);
      this.up(h.length - 1);
      return;
    }
    const worst = h[0];
    if (worst !== undefined && this.better(item, worst)) {
      h[0] = item;
      this.down(0);
    }
  }

  /** The worst item kept once k are held (an item not better than it would be refused), else undefined. */
  get floor(): T | undefined {
    return this.heap.length < this.k ? undefined : this.heap[0];
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => (this.better(a, b) ? -1 : this.better(b, a) ? 1 : 0));
  }

  // The root holds the WORST kept item, so "parent is worse than child" is the heap invariant.
  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const child = h[i] as T;
      const parent = h[p] as T;
      if (!this.better(parent, child)) break;
      h[i] = parent;
      h[p] = child;
      i = p;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && this.better(h[worst] as T, h[l] as T)) worst = l;
      if (r < h.length && this.better(h[worst] as T, h[r] as T)) worst = r;
      if (worst === i) return;
      const tmp = h[i] as T;
      h[i] = h[worst] as T;
      h[worst] = tmp;
      i = worst;
    }
  }
}
