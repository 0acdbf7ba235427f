/**
 * The yardstick for the related-papers stage: plain TF-IDF cosine over title + abstract, the way
 * one would write it in ten minutes (lower-cased words, raw term frequency, no stopwords, no
 * stemming, no phrases, all pairs). Only the evaluation test uses it; its quadratic cost is fine
 * for a few hundred papers and wrong for anything bigger.
 */

/** For each paper, the ids of its `k` most similar others by plain TF-IDF cosine, best first (ties by id). */
export function tfidfNeighbours(papers: { id: string; text: string }[], k = 5): string[][] {
  const docs = papers.map((p) => {
    const tf = new Map<string, number>();
    for (const w of p.text.toLowerCase().match(/[a-z0-9]+/g) ?? []) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of docs) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const vecs = docs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of tf) {
      const x = c * Math.log(n / (df.get(w) ?? 1));
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
  return vecs.map((a, i) =>
    vecs
      .map((b, j) => {
        let dot = 0;
        for (const [w, x] of a) dot += x * (b.get(w) ?? 0);
        return { id: papers[j]?.id ?? '', dot, j };
      })
      .filter((c) => c.j !== i)
      .sort((x, y) => y.dot - x.dot || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      .slice(0, k)
      .map((c) => c.id),
  );
}
