/**
 * Order statistics on typed arrays. The related stage needs, per paper and per posting list, only
 * the value at one rank (the weight that cuts the strongest T terms, or the top `postingsCap`
 * papers); sorting a copy for that, tens of thousands of times, cost more than finding it.
 */

/**
 * The k-th smallest value (0-based) of `a[0, n)` — the value `a.subarray(0, n).sort()[k]` would
 * be — found by quickselect in expected linear time. Reorders `a[0, n)` in place, so pass a
 * scratch copy. Values must not be NaN (-0 and 0 count as equal); `0 <= k < n`.
 */
export function selectKth(a: Float32Array | Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const x = a[lo] ?? 0;
    const y = a[(lo + hi) >> 1] ?? 0;
    const z = a[hi] ?? 0;
    // Median of three: sorted and reversed inputs stay linear.
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] ?? 0) < pivot) i++;
      while ((a[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const t = a[i] ?? 0;
        a[i] = a[j] ?? 0;
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[lo..j] <= pivot <= a[i..hi], and anything between equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] ?? 0;
  }
  return a[k] ?? 0;
}
