/**
 * One measured build of one site variant: cold (output, Astro cache and generated content
 * removed first), then Pagefind, output sizes, the first-search download, and optionally a warm
 * rebuild over the unchanged corpus. Every step runs as its own child process (see
 * `run-measured.ts`), so each has its own peak-memory figure.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseContentSummary, parsePagefindLog } from './content-summary';
import { dirSize } from './dir-size';
import { canMeasureSearch, measureFirstSearch } from './first-search';
import { measureSiteSearch } from './site-search';
import { startStep } from './progress';
import { runMeasured, type RunResult } from './run-measured';
import type { BuildMeasure, Measured } from './types';

/** What to build and where. */
export interface BuildPlan {
  /** Shown in progress lines and log names, e.g. `ours 2600`. */
  label: string;
  /** Astro project root of this variant. */
  root: string;
  /** Environment of every step (folders, PATH with the project's Node first). */
  env: NodeJS.ProcessEnv;
  /** Absolute output folder of the site. */
  outDir: string;
  /** Folders removed before the cold build (Astro caches, generated content). */
  clean: string[];
  /** Run the content pipeline first (the site); variants and the floor read its output. */
  runContent: boolean;
  warm: boolean;
  /** Queries for the first-search measurement; none skips it. */
  queries: string[];
  /** Queries timed once a first search has loaded the index, through the site's own dialog (the site only). */
  warmQueries?: string[];
  logDir: string;
  maxRssBytes: number;
  /** Build in this many shards (`SHARD=i/N` builds, then `build-shards.ts merge`); 1 or absent: one build. */
  shards?: number;
}

const measured = (r: RunResult): Measured => ({
  wallMs: r.wallMs,
  cpuMs: r.cpuMs,
  peakRss: r.peakRss,
  ok: r.exitCode === 0,
});

const slug = (s: string) => s.replace(/[^\w.-]+/gu, '-');

async function step(
  plan: BuildPlan,
  name: string,
  command: string,
  args: string[],
  env = plan.env,
): Promise<RunResult> {
  return runMeasured({
    label: `${plan.label}: ${name}`,
    command,
    args,
    cwd: plan.root,
    env,
    log: join(plan.logDir, `${slug(plan.label)}-${slug(name)}.log`),
    maxRssBytes: plan.maxRssBytes,
  });
}

async function content(plan: BuildPlan, name: string) {
  // The pipeline of the root being built (a snapshot of the project), not the live one.
  const script = join(plan.root, 'scripts', 'build-content.ts');
  const run = await step(plan, name, 'tsx', [script]);
  const summary = parseContentSummary(run.output);
  return { ...measured(run), ...(summary ? { summary } : {}) };
}

const astroBuild = (plan: BuildPlan, name: string) =>
  step(plan, name, 'astro', ['build', '--root', plan.root]);

/** Runs one after another as one step: times add up, peak memory is the largest run's. */
function together(runs: RunResult[]): RunResult {
  return {
    ...(runs.at(-1) as RunResult),
    wallMs: runs.reduce((n, r) => n + r.wallMs, 0),
    cpuMs: runs.reduce((n, r) => n + r.cpuMs, 0),
    peakRss: Math.max(...runs.map((r) => r.peakRss)),
    exitCode: runs.find((r) => r.exitCode !== 0)?.exitCode ?? 0,
    output: runs.map((r) => r.output).join('\n'),
  };
}

/**
 * A sharded build as `npm run build:shards` makes it, each step measured: the N shard builds
 * (`SHARD=i/N`, each into `<out>.shards/i-of-N` with its own Astro cache), then the merge step,
 * which joins them into the output folder and indexes the merged site with Pagefind.
 */
async function shardedBuild(
  plan: BuildPlan,
  shards: number,
): Promise<{ astro: RunResult; merge?: RunResult }> {
  const runs: RunResult[] = [];
  const dirs: string[] = [];
  for (let i = 1; i <= shards; i++) {
    const dir = `${plan.outDir}.shards/${i}-of-${shards}`;
    dirs.push(dir);
    const env = { ...plan.env, SHARD: `${i}/${shards}`, OUT_DIR: dir };
    const run = await step(
      plan,
      `astro build shard ${i} of ${shards}`,
      'astro',
      ['build', '--root', plan.root],
      env,
    );
    runs.push(run);
    if (run.exitCode !== 0) return { astro: together(runs) };
  }
  const script = join(plan.root, 'scripts', 'build-shards.ts');
  const merge = await step(plan, 'merge and index', 'tsx', [script, 'merge', ...dirs]);
  return { astro: together(runs), merge };
}

/** Builds the variant cold, measures it, and rebuilds warm when asked. */
export async function measureBuild(plan: BuildPlan): Promise<BuildMeasure> {
  await Promise.all([plan.outDir, ...plan.clean].map((d) => rm(d, { recursive: true, force: true })));
  const cold = plan.runContent ? await content(plan, 'content') : undefined;
  const empty = { bytes: 0, files: 0 };
  const failed = (astro: Measured): BuildMeasure => ({
    ...(cold ? { content: cold } : {}),
    astro,
    dist: empty,
    index: empty,
  });
  if (cold && !cold.ok) return failed({ wallMs: 0, cpuMs: 0, peakRss: 0, ok: false });
  const shards = plan.shards ?? 1;
  const sharded = shards > 1 ? await shardedBuild(plan, shards) : undefined;
  const astroRun = sharded ? sharded.astro : await astroBuild(plan, 'astro build');
  const astro = measured(astroRun);
  if (!astro.ok) return failed(astro);

  const indexDir = join(plan.outDir, 'pagefind');
  let pagefind: BuildMeasure['pagefind'];
  if (sharded?.merge) {
    pagefind = { ...measured(sharded.merge), via: 'merge' };
    if (!pagefind.ok)
      return { ...(cold ? { content: cold } : {}), astro, pagefind, dist: empty, index: empty };
  } else if (existsSync(join(indexDir, 'pagefind.js'))) {
    // The site's integration ran inside `astro build`: take its own timing from the log.
    const log = parsePagefindLog(astroRun.output);
    pagefind = {
      wallMs: log?.ms ?? Number.NaN,
      cpuMs: Number.NaN,
      peakRss: Number.NaN,
      ok: true,
      via: 'integration',
    };
  } else {
    const run = await step(plan, 'pagefind', 'pagefind', ['--site', plan.outDir]);
    pagefind = { ...measured(run), via: 'cli' };
  }
  const [dist, index] = await Promise.all([dirSize(plan.outDir), dirSize(indexDir)]);
  const result: BuildMeasure = { ...(cold ? { content: cold } : {}), astro, pagefind, dist, index };

  if (plan.queries.length > 0 && canMeasureSearch() && index.files > 0) {
    const s = startStep(`${plan.label}: first search`);
    try {
      result.search = await measureFirstSearch(plan.outDir, plan.queries);
      s.done(result.search.map((q) => `${q.query} ${(q.bytes / 1024).toFixed(0)} KB`).join(', '));
    } catch (error) {
      s.done(`skipped (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
  }

  if (plan.warmQueries && plan.queries.length > 0 && canMeasureSearch() && index.files > 0) {
    const s = startStep(`${plan.label}: search dialog`);
    try {
      result.siteSearch = await measureSiteSearch(plan.outDir, plan.queries, plan.warmQueries);
      s.done(
        result.siteSearch
          .map(
            (q) =>
              `${q.query} ${(q.gzipBytes / 1024).toFixed(0)} KB, warm ${q.warmMs.map((m) => m.toFixed(0)).join('/')} ms`,
          )
          .join('; '),
      );
    } catch (error) {
      s.done(`skipped (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
  }

  // A sharded warm rebuild would be the same sequence again: not measured.
  if (plan.warm && shards === 1) {
    const again = plan.runContent ? await content(plan, 'warm content') : undefined;
    const warmAstro = measured(await astroBuild(plan, 'warm astro build'));
    result.warm = { ...(again ? { content: again } : {}), astro: warmAstro };
  }
  return result;
}
