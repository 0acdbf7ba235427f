/**
 * A sharded build as a user runs it (`npm run build:shards -- --shards 3`) makes the same site as
 * one `npm run build`: every file of `dist/` (pages, data export, search index, service worker)
 * with the same bytes, and each paper page built by exactly one shard.
 */
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { MAIN_BUILD } from './site/dist';

const run = promisify(execFile);
const OUT = '.test-build/dist-sharded';

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

let log = '';
beforeAll(async () => {
  // Same corpus and settings as the main build; only the content folder and output differ.
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_OUT: '.test-build/sharded-content', OUT_DIR: OUT };
  // Vitest sets NODE_ENV=test (and VITEST*), which changes how Vite bundles the scripts.
  for (const name of Object.keys(env))
    if (['SHARD', 'SITE_URL', 'BASE_PATH', 'NODE_ENV'].includes(name) || name.startsWith('VITEST'))
      delete env[name];
  const { stderr } = await run('npm', ['run', '-s', 'build:shards', '--', '--shards', '3'], {
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  log = stderr;
}, 600_000);

describe('sharded build', () => {
  test('each shard renders a share of the papers and the merge holds them all', () => {
    const merged = /merged (\d+) paper pages \((\d+) \+ (\d+) \+ (\d+)\)/.exec(log);
    expect(merged, log).not.toBeNull();
    const [total, ...shares] = (merged ?? []).slice(1).map(Number);
    expect(shares.reduce((a, b) => a + (b ?? 0), 0)).toBe(total);
    for (const share of shares) expect(share).toBeGreaterThan(0);
  });

  test('makes the same files with the same bytes as one whole build', async () => {
    const whole = await files(MAIN_BUILD.dir);
    const sharded = await files(OUT);
    expect(sharded).toEqual(whole);
    const differing: string[] = [];
    for (const file of whole) {
      const [a, b] = await Promise.all([readFile(join(MAIN_BUILD.dir, file)), readFile(join(OUT, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });
});
