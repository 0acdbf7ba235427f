/**
 * The term index behind the related-papers stage: one sparse, L2-normalised term vector per paper
 * (sublinear tf × idf over words and two-word phrases, title counted extra) and, per term, an
 * "impact-ordered" posting list cut to the `postingsCap` papers with the highest weight for that
 * term. Everything lives in flat typed arrays (CSR layout) so 100,000 papers fit in a few hundred
 * MB and the scoring loops stay allocation-free.
 */
import { shortName } from './mentions';
import { selectKth } from './select-kth';
import { TermCounts } from './term-counts';
import { Vocabulary } from './text-terms';

/** Tuning knobs of the index; the defaults are what the stage uses. */
export interface IndexOptions {
  /** Extra count given to each title occurrence (the title is also inside `text`). */
  titleBoost: number;
  /** Weight factor of two-word phrases relative to single words. */
  phraseWeight: number;
  /** Terms in more than this fraction of papers carry no topic and are dropped... */
  maxDfFraction: number;
  /** ...unless the corpus is so small that this many papers is the fraction. */
  minMaxDf: number;
  /** Longest posting list kept per term (its highest-weight papers). */
  postingsCap: number;
}

/** The built index. Paper `i` is `papers[i]` of the input. */
export interface TermIndex {
  n: number;
  /** Paper i's terms are `docTerm[docStart[i] .. docStart[i+1])`, sorted by term id. */
  docStart: Int32Array;
  docTerm: Int32Array;
  docWeight: Float32Array;
  /** Term t's postings are `postDoc[postStart[t] .. postStart[t+1])` (its top `postingsCap`). */
  postStart: Int32Array;
  postDoc: Int32Array;
  postWeight: Float32Array;
  /** The term id of each paper's own one-word short name (`hydra`), or -1. */
  nameTerm: Int32Array;
  /** Keys, readable forms and phrase structure of the term ids, for reasons. */
  vocab: Vocabulary;
}

/** Growable typed buffer: the corpus-wide term lists are too big for plain arrays at 100k papers. */
export class Buf<A extends Int32Array | Float32Array> {
  length = 0;
  constructor(
    public data: A,
    private readonly make: (n: number) => A,
  ) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Builds the index over title + text of each paper. Cost is linear in total text length. */
export function buildTermIndex(papers: { title: string; text: string }[], opts: IndexOptions): TermIndex {
  const n = papers.length;
  const vocab = new Vocabulary();
  const df: number[] = [];
  const nameTerm = new Int32Array(n).fill(-1);
  const rawStart = new Int32Array(n + 1);
  const rawTerm = new Buf(new Int32Array(1024), (k) => new Int32Array(k));
  const rawTf = new Buf(new Float32Array(1024), (k) => new Float32Array(k));

  // Pass 1: count terms per paper and document frequencies.
  const counts = new TermCounts();
  papers.forEach((paper, i) => {
    const name = shortName(paper.title);
    // The title prefix is the paper's own name: do not boost it as if it described the topic.
    const titleBody = name === undefined ? paper.title : paper.title.slice(paper.title.indexOf(':') + 1);
    counts.clear();
    vocab.countInto(paper.text, 1, counts);
    vocab.countInto(titleBody, opts.titleBoost, counts);
    if (name !== undefined && !/[\s'’-]/.test(name)) nameTerm[i] = vocab.wordId(name.toLowerCase());
    rawStart[i] = rawTerm.length;
    for (let x = 0; x < counts.size; x++) {
      const t = counts.termAt(x);
      while (df.length <= t) df.push(0);
      df[t] = (df[t] ?? 0) + 1;
      rawTerm.push(t);
      rawTf.push(counts.get(t));
    }
  });
  rawStart[n] = rawTerm.length;
  const keys = vocab.keys;

  // Pass 2: weights. Terms in one paper only cannot relate two papers; terms in a large share of
  // papers ("model", "efficient" here) say nothing — both are left out of vectors and norms.
  const maxDf = Math.max(opts.minMaxDf, Math.floor(opts.maxDfFraction * n));
  const idf = df.map((d) => (d < 2 || d > maxDf ? 0 : Math.log((n + 1) / d)));
  const docStart = new Int32Array(n + 1);
  const docTerm = new Buf(new Int32Array(1024), (k) => new Int32Array(k));
  const docWeight = new Buf(new Float32Array(1024), (k) => new Float32Array(k));
  const postLen = new Int32Array(keys.length);
  // Dense scratch indexed by term id: lets each paper's terms be sorted as a plain Int32Array.
  const scratch = new Float32Array(keys.length);
  let terms = new Int32Array(1024);
  for (let i = 0; i < n; i++) {
    docStart[i] = docTerm.length;
    const rawFrom = rawStart[i] ?? 0;
    const rawTo = rawStart[i + 1] ?? 0;
    if (terms.length < rawTo - rawFrom) terms = new Int32Array(2 * (rawTo - rawFrom));
    let nt = 0;
    let norm = 0;
    for (let j = rawFrom; j < rawTo; j++) {
      const t = rawTerm.data[j] ?? 0;
      const w0 = idf[t] ?? 0;
      if (w0 === 0) continue;
      const phrase = vocab.isPhrase(t);
      const w = (1 + Math.log(rawTf.data[j] ?? 1)) * w0 * (phrase ? opts.phraseWeight : 1);
      scratch[t] = w;
      norm += w * w;
      terms[nt++] = t;
    }
    norm = Math.sqrt(norm) || 1;
    for (const t of terms.subarray(0, nt).sort()) {
      docTerm.push(t);
      docWeight.push((scratch[t] ?? 0) / norm);
      postLen[t] = (postLen[t] ?? 0) + 1;
    }
  }
  docStart[n] = docTerm.length;

  // Pass 3: postings, cut to the highest-weight papers of each term ("champion lists").
  const cap = opts.postingsCap;
  const postStart = new Int32Array(keys.length + 1);
  for (let t = 0; t < keys.length; t++) postStart[t + 1] = (postStart[t] ?? 0) + (postLen[t] ?? 0);
  const allDoc = new Int32Array(postStart[keys.length] ?? 0);
  const allW = new Float32Array(allDoc.length);
  const fill = postStart.slice(0, keys.length);
  for (let i = 0; i < n; i++) {
    for (let j = docStart[i] ?? 0; j < (docStart[i + 1] ?? 0); j++) {
      const t = docTerm.data[j] ?? 0;
      const at = fill[t] ?? 0;
      allDoc[at] = i;
      allW[at] = docWeight.data[j] ?? 0;
      fill[t] = at + 1;
    }
  }
  const keptStart = new Int32Array(keys.length + 1);
  let pick = new Float32Array(1024);
  const postDoc = new Buf(new Int32Array(1024), (k) => new Int32Array(k));
  const postWeight = new Buf(new Float32Array(1024), (k) => new Float32Array(k));
  for (let t = 0; t < keys.length; t++) {
    keptStart[t] = postDoc.length;
    const from = postStart[t] ?? 0;
    const to = postStart[t + 1] ?? 0;
    if (to - from <= cap) {
      for (let j = from; j < to; j++) {
        postDoc.push(allDoc[j] ?? 0);
        postWeight.push(allW[j] ?? 0);
      }
      continue;
    }
    // Keep the `cap` highest weights: find the cut (the cap-th highest weight), then take the
    // entries above it and as many at it as fit, in paper order, so the cut is deterministic.
    if (pick.length < to - from) pick = new Float32Array(2 * (to - from));
    pick.set(allW.subarray(from, to));
    const cut = selectKth(pick, to - from, to - from - cap);
    let above = 0;
    for (let j = from; j < to; j++) if ((allW[j] ?? 0) > cut) above++;
    let atCut = cap - above;
    for (let j = from; j < to; j++) {
      const w = allW[j] ?? 0;
      if (w > cut || (w === cut && atCut-- > 0)) {
        postDoc.push(allDoc[j] ?? 0);
        postWeight.push(w);
      }
    }
  }
  keptStart[keys.length] = postDoc.length;

  return {
    n,
    docStart,
    docTerm: docTerm.data.subarray(0, docTerm.length),
    docWeight: docWeight.data.subarray(0, docWeight.length),
    postStart: keptStart,
    postDoc: postDoc.data.subarray(0, postDoc.length),
    postWeight: postWeight.data.subarray(0, postWeight.length),
    nameTerm,
    vocab,
  };
}

/**
 * Exact cosine of papers a and b (their vectors are unit length), leaving out a one-word short
 * name both carry: two `Hydra:` papers are not alike because of their name.
 */
export function cosine(index: TermIndex, a: number, b: number): number {
  let dot = 0;
  forEachSharedTerm(index, a, b, (_t, w) => (dot += w));
  return Math.min(1, dot);
}

/** Room for the shared terms of two papers: at least as long as the shorter vector. */
export interface SharedTerms {
  t: Int32Array;
  w: Float64Array;
}

/**
 * The terms papers a and b share (as {@link cosine} counts them), in term order, written to
 * `out` with each one's contribution to the cosine; returns how many. For reasons: typed arrays
 * reused across pairs instead of an object per shared term.
 */
export function sharedTerms(index: TermIndex, a: number, b: number, out: SharedTerms): number {
  let count = 0;
  forEachSharedTerm(index, a, b, (t, w) => {
    out.t[count] = t;
    out.w[count++] = w;
  });
  return count;
}

/**
 * The term ids of the first `count` entries of `terms`, by contribution: highest first, ties by
 * term id — the order of sorting them all, but callers take the first few only, so each is
 * picked when asked for. `terms` must be in term order (as {@link sharedTerms} writes them).
 */
export function* strongestFirst(terms: SharedTerms, count: number): Generator<number> {
  const taken = new Uint8Array(count);
  for (let left = count; left > 0; left--) {
    let best = -1;
    for (let x = 0; x < count; x++) {
      // Strictly greater: among equal contributions the earlier, lower term id wins.
      if (taken[x] === 0 && (best < 0 || (terms.w[x] ?? 0) > (terms.w[best] ?? 0))) best = x;
    }
    taken[best] = 1;
    yield terms.t[best] ?? 0;
  }
}

/** Calls `visit(term, product of the two weights)` for each term of both a and b, short name excepted. */
function forEachSharedTerm(
  index: TermIndex,
  a: number,
  b: number,
  visit: (t: number, w: number) => void,
): void {
  const { docStart, docTerm, docWeight, nameTerm } = index;
  let i = docStart[a] ?? 0;
  let j = docStart[b] ?? 0;
  const iEnd = docStart[a + 1] ?? 0;
  const jEnd = docStart[b + 1] ?? 0;
  const skip = nameTerm[a] === nameTerm[b] ? (nameTerm[a] ?? -1) : -1;
  while (i < iEnd && j < jEnd) {
    const ti = docTerm[i] ?? 0;
    const tj = docTerm[j] ?? 0;
    if (ti < tj) i++;
    else if (ti > tj) j++;
    else {
      if (ti !== skip) visit(ti, (docWeight[i] ?? 0) * (docWeight[j] ?? 0));
      i++;
      j++;
    }
  }
}
