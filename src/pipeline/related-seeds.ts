/**
 * A deliberately crude reader of the real seed listings, for the related/mentions evaluation
 * tests and the benchmark script only: those must not depend on the real parser stage (owned
 * elsewhere) to measure their own stage. A title is a paragraph followed by a paragraph longer
 * than 500 characters (its abstract); papers are de-duplicated by lower-cased title. Pure: the
 * caller reads the files.
 */

/** One paper found by {@link crudeSeedPapers}. */
export interface SeedPaper {
  /** `p000`, `p001`, … in corpus order. */
  id: string;
  title: string;
  abstract: string;
}

/** Papers of the given listing texts, in order, duplicates (same title) dropped. */
export function crudeSeedPapers(texts: string[]): SeedPaper[] {
  const seen = new Set<string>();
  const papers: SeedPaper[] = [];
  for (const text of texts) {
    const paras = text.split(/\r?\n\s*\r?\n/).map((p) => p.trim());
    for (let i = 0; i + 1 < paras.length; i++) {
      const title = paras[i] ?? '';
      const abstract = paras[i + 1] ?? '';
      if (abstract.length <= 500 || title.length >= 500 || title.length === 0) continue;
      const key = title.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      papers.push({ id: `p${String(papers.length).padStart(3, '0')}`, title, abstract });
    }
  }
  return papers;
}
