import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeShards } from './merge-shards';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'merge-shards-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Writes a fake built shard with the given files (path → text). */
async function shard(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe('mergeShards', () => {
  it('keeps the lead shard whole and adds the other shards’ paper pages and missing assets', async () => {
    const lead = await shard('1', {
      'index.html': 'home (lead)',
      'papers/index.html': 'all papers (lead)',
      'papers/a/index.html': 'A',
      '_astro/site.1.css': 'css',
    });
    const second = await shard('2', {
      'index.html': 'home (shard 2, not used)',
      'papers/index.html': 'all papers (shard 2)',
      'papers/b/index.html': 'B',
      'papers/c/index.html': 'C',
      '_astro/site.1.css': 'css',
      '_astro/extra.2.js': 'js',
    });
    const out = join(root, 'out');
    await mkdir(out);
    await writeFile(join(out, 'left-from-last-build.html'), '');
    const report = await mergeShards([lead, second], out);
    expect(report).toEqual({ papers: 3, perShard: [1, 2] });
    expect((await readdir(join(out, 'papers'))).sort()).toEqual(['a', 'b', 'c', 'index.html']);
    expect(await readdir(out)).not.toContain('left-from-last-build.html');
    await expect(readFile(join(out, 'index.html'), 'utf8')).resolves.toBe('home (lead)');
    await expect(readFile(join(out, 'papers', 'index.html'), 'utf8')).resolves.toBe('all papers (lead)');
    await expect(readFile(join(out, 'papers', 'c', 'index.html'), 'utf8')).resolves.toBe('C');
    expect((await readdir(join(out, '_astro'))).sort()).toEqual(['extra.2.js', 'site.1.css']);
  });

  it('refuses shards that built the same paper, and folders that are not built sites', async () => {
    const lead = await shard('1', { 'index.html': 'x', 'papers/a/index.html': 'A' });
    const twin = await shard('2', { 'index.html': 'x', 'papers/a/index.html': 'A again' });
    await expect(mergeShards([lead, twin], join(root, 'out'))).rejects.toThrow(/"a" was built by both/);
    await expect(mergeShards([lead, join(root, 'missing')], join(root, 'out'))).rejects.toThrow(
      /holds no built site/,
    );
    await expect(mergeShards([], join(root, 'out'))).rejects.toThrow(/no shard folders/);
  });
});
