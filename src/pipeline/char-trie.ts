/**
 * A trie over UTF-16 code units, stored flat. The tagger walks it at every word start of every
 * abstract (tens of millions of steps on a large corpus); with a `Map` of children per node each
 * step was a hash lookup, here an ASCII step is one typed-array read. Other code units, rare in
 * the taxonomy's terms, keep a `Map` per node.
 */
export class CharTrie<T> {
  /** Number of nodes; node 0 is the root. */
  size = 1;
  // Child of node n along ASCII unit c, plus one (0: no child), at n * 128 + c.
  private ascii = new Int32Array(128 * 64);
  private other: (Map<number, number> | undefined)[] = [undefined];
  private items: T[][] = [[]];
  // Items per node, so a walk passes the (many) empty nodes with one typed-array read.
  private counts = new Int32Array(64);

  /** Files `item` under the key spelled by `units` (the empty key files it at the root). */
  add(units: readonly number[], item: T): void {
    let node = 0;
    for (const c of units) {
      let next = this.child(node, c);
      if (next < 0) {
        next = this.size++;
        this.items.push([]);
        this.other.push(undefined);
        if (c < 128) {
          if (this.ascii.length < this.size * 128) {
            const grown = new Int32Array(this.ascii.length * 2);
            grown.set(this.ascii);
            this.ascii = grown;
          }
          this.ascii[node * 128 + c] = next + 1;
        } else {
          const map = this.other[node] ?? new Map<number, number>();
          map.set(c, next);
          this.other[node] = map;
        }
      }
      node = next;
    }
    this.items[node]?.push(item);
    if (this.counts.length < this.size) {
      const grown = new Int32Array(2 * this.size);
      grown.set(this.counts);
      this.counts = grown;
    }
    this.counts[node] = (this.counts[node] ?? 0) + 1;
  }

  /** How many items are filed at `node`. */
  countAt(node: number): number {
    return this.counts[node] ?? 0;
  }

  /** The child of `node` along code unit `c`, or -1 when there is none (also for NaN). */
  child(node: number, c: number): number {
    if (c < 128) return (this.ascii[node * 128 + c] ?? 0) - 1;
    return this.other[node]?.get(c) ?? -1;
  }

  /** The items filed under the key ending at `node`, in order of adding. */
  itemsAt(node: number): readonly T[] {
    return this.items[node] ?? [];
  }
}
