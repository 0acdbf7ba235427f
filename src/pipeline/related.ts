/**
 * Related papers: for each paper, the k papers a reader would most likely want next, with a
 * reason they can check. Evidence, combined as a noisy-or so the score stays in [0, 1]:
 * - text: cosine of sublinear-tf × idf vectors over words AND two-word phrases ("kv cache",
 *   "speculative decoding", "state space"), stopwords removed, words lightly stemmed, title
 *   counted extra. A one-word short name both papers carry (`Hydra`) is not evidence;
 * - tags: shared tag slugs weighted by rarity (idf), as a cosine;
 * - mentions: one paper naming the other is strong evidence, both naming a third is weaker;
 * - shared neighbours: two papers whose own nearest neighbours overlap sit in the same topic
 *   cluster even when their abstracts use different words (a second, re-ranking pass).
 *
 * Cost: no all-pairs loop. Each paper takes its top `queryTerms` (T = 30) terms and visits only
 * those terms' posting lists, each cut to its `postingsCap` (P = 200) highest-weight papers;
 * terms in over 20% of papers are not indexed at all. The best `candidates` (C = 40) partial
 * scores, plus mention and rare-tag neighbours, are then scored exactly and kept for the
 * re-ranking pass. So the stage costs O(N × (T × P + C × L + C × M)) for N papers of L terms and
 * M = 10 shared-neighbour slots — linear in N — and memory O(total terms + N × C).
 */
import { shortName } from './mentions';
import type { IndexOptions } from './related-index';
import { Buf, buildTermIndex, sharedTerms, strongestFirst } from './related-index';
import { mentionGraph, tagIndex } from './related-signals';
import { TopK, rankBy } from './related-topk';
import { selectKth } from './select-kth';

/** One paper as the related stage sees it. */
export interface RelatedInput {
  id: string;
  title: string;
  /** Plain-text title + abstract. */
  text: string;
  /** Tag slugs; may be empty. */
  tags: string[];
  /** Display name per tag slug, for reasons. */
  tagNames?: Record<string, string>;
  /** Ids of the papers this paper names (see `findMentions`). */
  mentions: string[];
}

/** One related paper. */
export interface RelatedResult {
  id: string;
  /** In [0, 1]; higher is more related. */
  score: number;
  /** Why, in words a reader can check: shared tags, mentions, shared distinctive terms. */
  reason: string;
}

/** Options of {@link relatedPapers}; only `k` is meant for callers, the rest for experiments. */
export interface RelatedOptions {
  /** Neighbours per paper (default 5). */
  k?: number;
  queryTerms?: number;
  postingsCap?: number;
  candidates?: number;
  /** Shared-neighbour re-ranking: list size M and weight (0 turns it off). */
  sharedNeighbours?: number;
  sharedWeight?: number;
  /** Overrides of the term-index weights. */
  tuning?: Partial<IndexOptions>;
}

// Weights of each kind of evidence in the noisy-or. Mentions are deliberate citations: strongest.
const W_TAG = 0.5;
const W_NAMES = 0.35;
const W_COCITE = 0.2;

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Returns, for each input paper (same order), its related papers: at most `k`, best first, ties
 * broken by id, never the paper itself, only papers with some evidence (score > 0).
 */
export function relatedPapers(papers: RelatedInput[], options: RelatedOptions = {}): RelatedResult[][] {
  const k = options.k ?? 5;
  const T = options.queryTerms ?? 30;
  const C = Math.max(options.candidates ?? 40, k);
  const M = options.sharedNeighbours ?? 10;
  const wShared = options.sharedWeight ?? 0.3;
  const n = papers.length;
  const ids = papers.map((p) => p.id);
  const index = buildTermIndex(papers, {
    titleBoost: 2,
    phraseWeight: 1,
    maxDfFraction: 0.2,
    minMaxDf: 10,
    postingsCap: options.postingsCap ?? 200,
    ...options.tuning,
  });
  const { docStart, docTerm, docWeight, postStart, postDoc, postWeight, nameTerm } = index;
  // Room for any two papers' shared terms, reused by every reason.
  let longest = 0;
  for (let i = 0; i < n; i++) longest = Math.max(longest, (docStart[i + 1] ?? 0) - (docStart[i] ?? 0));
  const shared = { t: new Int32Array(longest), w: new Float64Array(longest) };
  // Papers with equal ids are one paper to each other; compared as numbers in the hot loop.
  const firstWithId = new Map<string, number>();
  const idKey = Int32Array.from(ids, (id, i) => {
    const first = firstWithId.get(id) ?? i;
    firstWithId.set(id, first);
    return first;
  });
  const tags = tagIndex(papers);
  const mentions = mentionGraph(papers);
  // Ties go by id; ids are ranked once so the comparisons in the hot loops compare numbers.
  const idRank = rankBy(ids, cmpStr);
  const better = (d: number, s: number, e: number, t: number) =>
    s > t || (s === t && (idRank[d] ?? 0) < (idRank[e] ?? 0));

  // Pass 1: per paper, candidates and their direct score, best first, in one flat CSR buffer.
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const mark = new Int32Array(n).fill(-1);
  const dense = new Float32Array(index.vocab.keys.length);
  const poolStart = new Int32Array(n + 1);
  const poolDoc = new Buf(new Int32Array(1024), (x) => new Int32Array(x));
  const poolScore = new Buf(new Float32Array(1024), (x) => new Float32Array(x));
  let pick = new Float32Array(1024);
  const textPool = new TopK(C, idRank);
  // Each paper's scored candidates, before sorting.
  let scoredDoc = new Int32Array(256);
  let scoredScore = new Float64Array(256);
  for (let q = 0; q < n; q++) {
    const from = docStart[q] ?? 0;
    const to = docStart[q + 1] ?? 0;
    // The T strongest terms: the cut is the T-th highest weight, ties at it go by term order.
    let cut = 0;
    if (to - from > T) {
      if (pick.length < to - from) pick = new Float32Array(2 * (to - from));
      pick.set(docWeight.subarray(from, to));
      cut = selectKth(pick, to - from, to - from - T);
    }
    let atCut = T;
    for (let j = from; j < to; j++) if ((docWeight[j] ?? 0) > cut) atCut--;
    let nt = 0;
    for (let j = from; j < to; j++) {
      const w = docWeight[j] ?? 0;
      if (w < cut || (w === cut && atCut-- <= 0)) continue;
      const t = docTerm[j] ?? 0;
      const wq = docWeight[j] ?? 0;
      const isName = t === nameTerm[q];
      const pEnd = postStart[t + 1] ?? 0;
      for (let p = postStart[t] ?? 0; p < pEnd; p++) {
        const d = postDoc[p] ?? 0;
        if (d === q || (isName && nameTerm[d] === t)) continue;
        const a = acc[d] ?? 0;
        // Branch-free: d is kept in `touched` only when this is its first score.
        touched[nt] = d;
        nt += a === 0 ? 1 : 0;
        acc[d] = a + wq * (postWeight[p] ?? 0);
      }
    }
    textPool.clear();
    for (let x = 0; x < nt; x++) {
      const d = touched[x] ?? 0;
      const s = acc[d] ?? 0;
      acc[d] = 0;
      // Most candidates lose to the pool's floor: skip them without a heap operation.
      if (textPool.admits(s)) textPool.push(d, s);
    }
    // Mention and rare-tag neighbours join even when their text shares little.
    const candidates = [
      ...textPool.sorted().map((slot) => textPool.doc(slot)),
      ...mentions.neighbours(q),
      ...tags.neighbours(q),
    ];
    // q's vector, dense, so each candidate's exact cosine is one pass over its own terms.
    for (let j = from; j < to; j++) dense[docTerm[j] ?? 0] = docWeight[j] ?? 0;
    if (scoredDoc.length < candidates.length) {
      scoredDoc = new Int32Array(2 * candidates.length);
      scoredScore = new Float64Array(2 * candidates.length);
    }
    let ns = 0;
    for (const d of candidates) {
      if (d === q || mark[d] === q || idKey[d] === idKey[q]) continue;
      mark[d] = q;
      const s = direct(q, d);
      if (!(s > 0)) continue;
      scoredDoc[ns] = d;
      scoredScore[ns++] = s;
    }
    for (let j = from; j < to; j++) dense[docTerm[j] ?? 0] = 0;
    poolStart[q] = poolDoc.length;
    // Best first; a stable sort of positions keeps equal candidates in the order they came.
    const before = (a: number, b: number) =>
      better(scoredDoc[a] ?? 0, scoredScore[a] ?? 0, scoredDoc[b] ?? 0, scoredScore[b] ?? 0);
    const order = Array.from({ length: ns }, (_, x) => x).sort((a, b) =>
      before(a, b) ? -1 : before(b, a) ? 1 : 0,
    );
    for (const x of order) {
      poolDoc.push(scoredDoc[x] ?? 0);
      poolScore.push(scoredScore[x] ?? 0);
    }
  }
  poolStart[n] = poolDoc.length;

  // Pass 2: re-rank each pool by how many of q's top-M neighbours are also d's top-M neighbours.
  mark.fill(-1);
  const best = new TopK(k, idRank);
  return papers.map((_, q) => {
    const qFrom = poolStart[q] ?? 0;
    const qEnd = poolStart[q + 1] ?? 0;
    for (let x = qFrom; x < Math.min(qEnd, qFrom + M); x++) mark[poolDoc.data[x] ?? 0] = q;
    best.clear();
    for (let x = qFrom; x < qEnd; x++) {
      const d = poolDoc.data[x] ?? 0;
      let common = 0;
      const dFrom = poolStart[d] ?? 0;
      for (let y = dFrom; y < Math.min(poolStart[d + 1] ?? 0, dFrom + M); y++) {
        if (mark[poolDoc.data[y] ?? 0] === q) common++;
      }
      const s0 = poolScore.data[x] ?? 0;
      const s = M > 0 ? 1 - (1 - s0) * (1 - (wShared * common) / M) : s0;
      best.push(d, Math.min(1, Math.round(s * 1e4) / 1e4));
    }
    return best.sorted().map((slot) => {
      const d = best.doc(slot);
      return { id: ids[d] ?? '', score: best.score(slot), reason: reason(q, d) };
    });
  });

  /** Score from the pair itself: text, tags and mentions (q's vector must be in `dense`). */
  function direct(q: number, d: number): number {
    const link = mentions.strength(q, d);
    const wLink = link === 'direct' ? W_NAMES : link === 'common' ? W_COCITE : 0;
    let dot = 0;
    for (let j = docStart[d] ?? 0; j < (docStart[d + 1] ?? 0); j++)
      dot += (dense[docTerm[j] ?? 0] ?? 0) * (docWeight[j] ?? 0);
    // A one-word short name both papers carry is not evidence (see `cosine`).
    const name = nameTerm[q] ?? -1;
    if (name >= 0 && nameTerm[d] === name) dot -= (dense[name] ?? 0) * weightOf(d, name);
    const text = Math.min(1, Math.max(0, dot));
    return 1 - (1 - text) * (1 - W_TAG * tags.similarity(q, d)) * (1 - wLink);
  }

  function weightOf(d: number, t: number): number {
    for (let j = docStart[d] ?? 0; j < (docStart[d + 1] ?? 0); j++)
      if (docTerm[j] === t) return docWeight[j] ?? 0;
    return 0;
  }

  function reason(q: number, d: number): string {
    const parts: string[] = [];
    const tagNames = tags.shared(q, d);
    if (tagNames.length > 0) parts.push(`shares: ${tagNames.slice(0, 3).join(', ')}`);
    const link = mentions.link(q, d);
    if (link.aNamesB) parts.push(`mentions ${label(d)}`);
    if (link.bNamesA) parts.push(`mentioned by ${label(d)}`);
    if (link.common.length > 0) parts.push(`both mention ${link.common.slice(0, 2).map(label).join(', ')}`);
    // Strongest shared terms; a word already shown inside a shown phrase is not repeated.
    const shown: string[] = [];
    const words: number[] = [];
    const { first, second, surface } = index.vocab;
    for (const t of strongestFirst(shared, sharedTerms(index, q, d, shared))) {
      if (shown.length === 3) break;
      const a = first[t] ?? t;
      const b = second[t] ?? -1;
      if (b < 0 && words.includes(a)) continue;
      words.push(a, b);
      shown.push(surface[t] ?? '');
    }
    if (shown.length > 0) parts.push(`terms: ${shown.join(', ')}`);
    if (parts.length === 0) parts.push('close neighbours in common');
    return parts.join(' · ');
  }

  function label(d: number): string {
    const title = papers[d]?.title.trim() ?? '';
    return shortName(title) ?? (title.length > 40 ? `${title.slice(0, 39).trimEnd()}…` : title);
  }
}
