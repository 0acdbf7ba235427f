/**
 * The non-text evidence of the related-papers stage: shared tags weighted by rarity, and the
 * mention graph (who names whom). Both are indexed once so that a pair can be scored in time
 * proportional to the two papers' own tags and mentions.
 */

// A tag on, or a paper named by, more papers than this says little about any two of them, so it
// proposes no candidates (it still counts for pairs found otherwise).
export const NEIGHBOUR_CAP = 50;

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Tag vectors weighted by rarity (idf): a tag on 3 papers says more than one on 3,000. Tags are
 * numbered and each paper's set kept as a run of a flat array (in the paper's order), because
 * `similarity` runs for every candidate pair.
 */
export function tagIndex(papers: { tags: string[]; tagNames?: Record<string, string> }[]) {
  const n = papers.length;
  const idOf = new Map<string, number>();
  const slugs: string[] = [];
  const holders: number[][] = [];
  const count: number[] = [];
  const names = new Map<string, string>();
  const start = new Int32Array(n + 1);
  const ids: number[] = [];
  papers.forEach((p, i) => {
    start[i] = ids.length;
    for (const slug of new Set(p.tags)) {
      let t = idOf.get(slug);
      if (t === undefined) {
        t = slugs.push(slug) - 1;
        idOf.set(slug, t);
        holders.push([]);
        count.push(0);
      }
      ids.push(t);
      count[t] = (count[t] ?? 0) + 1;
      const list = holders[t] ?? [];
      if (list.length <= NEIGHBOUR_CAP) list.push(i);
      const name = p.tagNames?.[slug];
      if (name !== undefined && !names.has(slug)) names.set(slug, name);
    }
  });
  start[n] = ids.length;
  const tagOf = Int32Array.from(ids);
  // Computed once per tag: the similarity below runs for every candidate pair.
  const idf = count.map((c) => Math.log((n + 1) / c));
  const idf2 = Float64Array.from(idf, (x) => x ** 2);
  const tagsOf = (a: number) => Array.from(tagOf.subarray(start[a] ?? 0, start[a + 1] ?? 0));
  const norms = Float64Array.from({ length: n }, (_, a) =>
    Math.sqrt(tagsOf(a).reduce((s, t) => s + (idf[t] ?? 0) ** 2, 0)),
  );
  const has = (b: number, t: number) => {
    for (let y = start[b] ?? 0; y < (start[b + 1] ?? 0); y++) if (tagOf[y] === t) return true;
    return false;
  };
  const shared = (a: number, b: number) =>
    tagsOf(a)
      .filter((t) => has(b, t))
      .map((t) => slugs[t] ?? '')
      .sort((x, y) => (idf[idOf.get(y) ?? 0] ?? 0) - (idf[idOf.get(x) ?? 0] ?? 0) || cmpStr(x, y));
  return {
    /** Cosine of the two papers' idf-weighted tag sets, in [0, 1]. */
    similarity(a: number, b: number): number {
      const na = norms[a] ?? 0;
      const nb = norms[b] ?? 0;
      if (na === 0 || nb === 0) return 0;
      // Hot path (every candidate pair): no allocation; summed in a's tag order.
      let dot = 0;
      for (let x = start[a] ?? 0; x < (start[a + 1] ?? 0); x++) {
        const t = tagOf[x] ?? 0;
        if (has(b, t)) dot += idf2[t] ?? 0;
      }
      return Math.min(1, dot / (na * nb));
    },
    /** Display names of the shared tags, rarest first. */
    shared: (a: number, b: number) => shared(a, b).map((t) => names.get(t) ?? t),
    /** Papers sharing a rare tag with `a`. */
    neighbours: (a: number) =>
      tagsOf(a).flatMap((t) => ((count[t] ?? 0) <= NEIGHBOUR_CAP ? (holders[t] ?? []) : [])),
  };
}

/** Who names whom, as paper indices (unknown ids and self-mentions dropped). */
export function mentionGraph(papers: { id: string; mentions: string[] }[]) {
  const at = new Map<string, number>();
  papers.forEach((p, i) => {
    if (!at.has(p.id)) at.set(p.id, i);
  });
  const out = papers.map((p, i) =>
    [...new Set(p.mentions.map((id) => at.get(id) ?? -1))]
      .filter((d) => d >= 0 && d !== i)
      .sort((x, y) => x - y),
  );
  const inn: number[][] = papers.map(() => []);
  out.forEach((ds, i) => ds.forEach((d) => inn[d]?.push(i)));
  const names = (a: number, b: number) => out[a]?.includes(b) ?? false;
  const rare = (c: number) => (inn[c]?.length ?? 0) <= NEIGHBOUR_CAP;
  return {
    /** Whether a and b are linked directly, or both name a rarely named paper (no allocation). */
    strength(a: number, b: number): 'direct' | 'common' | 'none' {
      // Most papers name nobody: then neither test below can succeed.
      if ((out[a]?.length ?? 0) === 0 && (out[b]?.length ?? 0) === 0) return 'none';
      if (names(a, b) || names(b, a)) return 'direct';
      for (const c of out[a] ?? []) if (rare(c) && names(b, c)) return 'common';
      return 'none';
    },
    /** How a and b are linked: directly either way, and the (rarely named) papers both name. */
    link(a: number, b: number) {
      const aNamesB = names(a, b);
      const bNamesA = names(b, a);
      const common = (out[a] ?? []).filter((c) => rare(c) && names(b, c));
      return { aNamesB, bNamesA, direct: aNamesB || bNamesA, common };
    },
    /** Papers a names, papers naming a, and papers naming what a names. */
    neighbours: (a: number) => [
      ...(out[a] ?? []),
      ...(inn[a] ?? []),
      ...(out[a] ?? []).flatMap((c) => (rare(c) ? (inn[c] ?? []) : [])),
    ],
  };
}
