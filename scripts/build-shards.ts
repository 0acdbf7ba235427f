/**
 * A sharded build: the site of a large corpus built as N independent Astro builds, each rendering
 * one slice of the paper pages (`SHARD=i/N`, see `src/shard.ts`), merged into one site with one
 * search index. Each build holds every paper's data but only its slice's HTML, so its memory
 * stays bounded however large the corpus grows.
 *
 *   npm run build:shards -- --shards 4            content, 4 builds one after another, merge
 *   npm run build:shards -- merge DIR1 DIR2 …     merge shard outputs built elsewhere
 *
 * On several machines: run `SHARD=i/N npm run build` on machine i (same corpus, same N, each
 * with its own `OUT_DIR`), bring the output folders together, then run the `merge` form here
 * with the lead shard's folder (`SHARD=1/N`) first. The merged site goes to `OUT_DIR` (default
 * `dist/`); `BASE_PATH`, `SITE_URL` and `CORPUS_DIR` mean what they mean for `npm run build`.
 * The search index and the offline service worker are made once, over the merged site.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDirs } from '../src/build-dirs';
import { writeServiceWorker } from '../src/integrations/offline';
import { indexSite } from '../src/integrations/pagefind';
import { mergeShards } from './lib/merge-shards';

const root = resolve(import.meta.dirname, '..');

/** Runs a command with the project's Node first on PATH (as `npm run` does); rejects on failure. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...env, PATH: `${join(root, 'node_modules', '.bin')}:${env['PATH'] ?? ''}` },
    });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { shards: { type: 'string', default: '2' } },
});
const out = resolve(buildDirs(process.env).out);
const started = performance.now();
let shardDirs: string[];

if (positionals[0] === 'merge') {
  shardDirs = positionals.slice(1).map((d) => resolve(d));
} else {
  if (positionals.length > 0) throw new Error(`unknown command "${positionals.join(' ')}" (try "merge")`);
  const count = Number(values.shards);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--shards wants a whole number ≥ 1, got "${values.shards}"`);
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['SHARD'];
  await run('tsx', ['scripts/build-content.ts'], env);
  shardDirs = [];
  for (let i = 1; i <= count; i++) {
    // Each shard has its own output folder and therefore its own Astro cache (see build-dirs.ts),
    // so rebuilding one shard later reuses what that shard rendered before.
    const dir = `${out}.shards/${i}-of-${count}`;
    console.error(`build-shards: building shard ${i} of ${count} into ${dir}`);
    await run('astro', ['build'], { ...env, SHARD: `${i}/${count}`, OUT_DIR: dir });
    shardDirs.push(dir);
  }
}

const merged = await mergeShards(shardDirs, out);
console.error(
  `build-shards: merged ${merged.papers} paper pages (${merged.perShard.join(' + ')}) into ${out}`,
);
const { info, warning } = await indexSite(out);
console.error(`build-shards: ${info}`);
if (warning) console.error(`build-shards: ${warning}`);
console.error(`build-shards: ${await writeServiceWorker(out, new URL(`file://${root}/`))}`);
console.error(`build-shards: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
