/**
 * Merging the outputs of a sharded build (see `src/shard.ts`) into one site folder: the lead
 * shard's output is the site (every listing page, the data export, the assets), and each other
 * shard adds the paper pages it rendered and any asset file the lead lacks. A page that two
 * shards both wrote means the shards were built with different shard counts or corpora, and the
 * merge stops rather than pick one.
 */
import { existsSync } from 'node:fs';
import { cp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** What a merge copied. */
export interface MergeReport {
  /** Paper pages in the merged site. */
  papers: number;
  /** Paper pages per shard, in the order given. */
  perShard: number[];
}

async function names(dir: string): Promise<string[]> {
  return existsSync(dir) ? (await readdir(dir)).sort() : [];
}

/**
 * Makes `out` hold the merged site of `shards` (output folders, lead shard first). `out` is
 * replaced. Throws when a folder is not a built site or two shards built the same paper.
 */
export async function mergeShards(shards: string[], out: string): Promise<MergeReport> {
  const [lead, ...rest] = shards;
  if (lead === undefined) throw new Error('merge: no shard folders given');
  for (const dir of shards)
    if (!existsSync(join(dir, 'index.html')))
      throw new Error(`merge: ${dir} holds no built site (no index.html)`);
  await rm(out, { recursive: true, force: true });
  await cp(lead, out, { recursive: true });
  const owner = new Map<string, string>();
  const perShard: number[] = [];
  for (const dir of shards) {
    const papers = await names(join(dir, 'papers'));
    // `papers/index.html` is the lead's list page; every other entry is one paper's folder.
    const slugs = papers.filter((name) => name !== 'index.html');
    perShard.push(slugs.length);
    for (const slug of slugs) {
      const other = owner.get(slug);
      if (other !== undefined)
        throw new Error(
          `merge: paper "${slug}" was built by both ${other} and ${dir}: were the shards built alike?`,
        );
      owner.set(slug, dir);
    }
  }
  for (const dir of rest) {
    for (const slug of (await names(join(dir, 'papers'))).filter((n) => n !== 'index.html'))
      await cp(join(dir, 'papers', slug), join(out, 'papers', slug), { recursive: true });
    // Assets are content-hashed: the same name is the same file, so only missing ones are copied.
    for (const asset of await names(join(dir, '_astro')))
      if (!existsSync(join(out, '_astro', asset)))
        await cp(join(dir, '_astro', asset), join(out, '_astro', asset));
  }
  return { papers: owner.size, perShard };
}
