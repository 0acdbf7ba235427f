/** Tags that co-occur with a tag: "papers on KV cache are also about …". Pure. */
import type { PaperData } from '../schema';

/** The other tags on the given papers, most frequent first (ties by slug), at most `limit`. */
export function coTags(papers: PaperData[], self: string, limit = 6): { slug: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of papers) for (const t of p.tags) if (t !== self) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([slug, n]) => ({ slug, count: n }));
}
