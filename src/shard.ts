/**
 * Sharded builds: a large corpus can be built as N independent Astro builds, each rendering the
 * paper pages of one slice (`SHARD=2/4`), merged afterwards into one site with one search index
 * (`scripts/build-shards.ts`). Shards can run one after another on one machine, to bound each
 * build's memory, or at the same time on several machines.
 *
 * A paper's shard depends only on its slug (a hash of it), never on the rest of the corpus, so
 * adding papers moves no page to another shard and each machine can keep its caches.
 * Shard 1 is the lead: it alone builds the pages that list papers (home, tags, browse, years,
 * collections, the data export); every shard knows every paper's data, so links and lists are
 * complete everywhere.
 */

/** One shard of a sharded build: `index` counts from 1. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The shard of this build from `SHARD` (`i/N`, 1 ≤ i ≤ N), or undefined for a whole build.
 * A malformed value throws: building a wrong slice silently would lose pages.
 */
export function shardFromEnv(env: Record<string, string | undefined>): Shard | undefined {
  const raw = env['SHARD']?.trim();
  if (!raw) return undefined;
  const match = /^(\d+)\/(\d+)$/u.exec(raw);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !(count >= 1) || !(index >= 1) || index > count)
    throw new Error(`SHARD must look like "2/4" (shard 2 of 4, counting from 1); got "${raw}"`);
  return { index, count };
}

/** FNV-1a, 32 bits: small, fast, and the same on every machine and Node version. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The shard (1…count) a paper's page is built in. */
export function shardOf(slug: string, count: number): number {
  return (fnv1a(slug) % count) + 1;
}

/** The shard of the running build (from the `SHARD` environment variable), if any. */
export function currentShard(): Shard | undefined {
  return shardFromEnv(process.env);
}

/** Whether this build renders the page of `slug` (always, when the build is not sharded). */
export function buildsPaper(shard: Shard | undefined, slug: string): boolean {
  return shard === undefined || shardOf(slug, shard.count) === shard.index;
}

/** Whether this build makes the listing pages (home, tags, browse, …): the whole build or the lead shard. */
export function buildsListings(shard: Shard | undefined): boolean {
  return shard === undefined || shard.index === 1;
}
