/**
 * The non-text evidence of the related-papers stage: shared tags weighted by rarity, and the
 * mention graph (who names whom). Both are indexed once so that a pair can be scored in time
 * proportional to the two papers' own tags and mentions.
 */

// A tag on, or a paper named by, more papers than this says little about any two of them, so it
// proposes no candidates (it still counts for pairs found otherwise).
export const NEIGHBOUR_CAP = 50;

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Tag vectors weighted by rarity (idf): a tag on 3 papers says more than one on 3,000. */
export function tagIndex(papers: { tags: string[]; tagNames?: Record<string, string> }[]) {
  const n = papers.length;
  const holders = new Map<string, number[]>();
  const count = new Map<string, number>();
  const names = new Map<string, string>();
  const sets = papers.map((p, i) => {
    const set = new Set(p.tags);
    for (const t of set) {
      count.set(t, (count.get(t) ?? 0) + 1);
      const list = holders.get(t) ?? [];
      if (list.length <= NEIGHBOUR_CAP) list.push(i);
      holders.set(t, list);
      const name = p.tagNames?.[t];
      if (name !== undefined && !names.has(t)) names.set(t, name);
    }
    return set;
  });
  // Computed once per tag: the similarity below runs for every candidate pair.
  const idfOf = new Map([...count.keys()].map((t) => [t, Math.log((n + 1) / (count.get(t) ?? 1))]));
  const idf = (t: string) => idfOf.get(t) ?? Math.log(n + 1);
  const norms = sets.map((set) => Math.sqrt([...set].reduce((s, t) => s + idf(t) ** 2, 0)));
  const shared = (a: number, b: number) =>
    [...(sets[a] ?? [])].filter((t) => sets[b]?.has(t)).sort((x, y) => idf(y) - idf(x) || cmpStr(x, y));
  return {
    /** Cosine of the two papers' idf-weighted tag sets, in [0, 1]. */
    similarity(a: number, b: number): number {
      const na = norms[a] ?? 0;
      const nb = norms[b] ?? 0;
      if (na === 0 || nb === 0) return 0;
      // Hot path (every candidate pair): no allocation.
      const sb = sets[b];
      let dot = 0;
      for (const t of sets[a] ?? []) if (sb?.has(t)) dot += idf(t) ** 2;
      return Math.min(1, dot / (na * nb));
    },
    /** Display names of the shared tags, rarest first. */
    shared: (a: number, b: number) => shared(a, b).map((t) => names.get(t) ?? t),
    /** Papers sharing a rare tag with `a`. */
    neighbours: (a: number) =>
      [...(sets[a] ?? [])].flatMap((t) =>
        (count.get(t) ?? 0) <= NEIGHBOUR_CAP ? (holders.get(t) ?? []) : [],
      ),
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
