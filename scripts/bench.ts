/**
 * Build benchmark (not a test): `npm run bench -- [--sizes 262,2600] [--huge] [--shards N] [--variants glob-mdx,md]`
 * (all options: `scripts/bench/options.ts`).
 *
 * For each corpus size (262 = the real seeds, other sizes synthetic, see `npm run corpus:synth`)
 * it builds the site cold — pipeline, `astro build`, Pagefind — and measures time, CPU, peak
 * memory, output and index size, the bytes of a first search, and a warm rebuild; then, in the
 * same run, the FLOOR: the bare Astro + MDX site of `bench/floor/` over the same MDX pages.
 * Optional variants load the same papers other ways: `glob-mdx` the site's former way (glob +
 * `@astrojs/mdx`, one module per paper), `md` `.md` copies; each is checked for the same article
 * HTML as the site. Everything is written under
 * `bench/work/` (git-ignored); the tables go to `bench/results.md` (between markers) and the raw
 * figures to `bench/results.json`. The benchmark lowers its own priority (nice 10), and every
 * build runs as a child process whose whole tree is stopped if it passes `--max-rss-gb`.
 */
import { cp, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { cpus, getPriority, loadavg, setPriority, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDirs } from '../src/build-dirs';
import { combineRuns } from './bench/combine';
import { comparePapers } from './bench/compare-html';
import { measureBuild, type BuildPlan } from './bench/measure-build';
import { floorFor, parseBenchOptions, SEED_PAPERS, shardsFor, type BenchOptions } from './bench/options';
import { writeResults } from './bench/results-file';
import { runMeasured } from './bench/run-measured';
import { prepareRoot } from './bench/site-copies';
import type { BuildMeasure, MachineInfo, SizeResult } from './bench/types';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const work = join(root, 'bench', 'work');
const logDir = join(work, 'logs');
const QUERIES = ['attention', 'quantization', 'speculative decoding'];
/** Timed after a first search, through the site's dialog: new words, then a repeat. */
const WARM_QUERIES = ['mixture of experts', 'kv cache', 'state space model', 'quantization', 'mamba'];

const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  // The project's Node 22 first, as `npm run` does, whichever way the benchmark was started.
  PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

async function version(pkg: string): Promise<string> {
  const text = await readFile(join(root, 'node_modules', pkg, 'package.json'), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

async function machineInfo(): Promise<MachineInfo> {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    astro: await version('astro'),
    pagefind: await version('pagefind'),
  };
}

/** The corpus folder of a size: the real seeds, or a synthetic corpus written for it. */
async function corpusFor(papers: number, options: BenchOptions): Promise<{ dir: string; name: string }> {
  if (papers === SEED_PAPERS) return { dir: join(root, 'seeds'), name: 'seeds' };
  const dir = join(work, `corpus-${papers}-seed${options.seed}`);
  const run = await runMeasured({
    label: `${papers}: synthetic corpus`,
    command: 'tsx',
    args: [
      'scripts/synth-corpus.ts',
      '--papers',
      String(papers),
      '--out',
      dir,
      '--seed',
      String(options.seed),
    ],
    cwd: root,
    env: baseEnv,
    log: join(logDir, `${papers}-corpus.log`),
  });
  if (run.exitCode !== 0) throw new Error(`could not write the synthetic corpus of ${papers} papers`);
  return { dir, name: `synthetic (seed ${options.seed})` };
}

/** `.md` copies of the generated pages, for the `md` variant. */
async function markdownCopy(content: string, dest: string): Promise<void> {
  await rm(dest, { recursive: true, force: true });
  await mkdir(join(dest, 'papers'), { recursive: true });
  await cp(join(content, 'index'), join(dest, 'index'), { recursive: true });
  for (const name of await readdir(join(content, 'papers')))
    if (name.endsWith('.mdx'))
      await cp(join(content, 'papers', name), join(dest, 'papers', name.replace(/\.mdx$/u, '.md')));
}

/** What one size's builds share. */
interface SizeContext {
  papers: number;
  dir: string;
  content: string;
  corpusDir: string;
  roots: string;
  options: BenchOptions;
}

type Builds = Pick<SizeResult, 'ours' | 'floor' | 'variants'>;

/** One round of the size's builds: the site, then the floor and the variants over its pages. */
async function measureRound(
  { papers, dir, content, corpusDir, roots, options }: SizeContext,
  round: string,
): Promise<Builds> {
  const common = { logDir, maxRssBytes: options.maxRssBytes };
  const siteRoot = join(roots, 'site');
  const oursEnv = {
    ...baseEnv,
    CORPUS_DIR: corpusDir,
    CONTENT_OUT: content,
    OUT_DIR: join(dir, 'ours', 'dist'),
  };
  const ours = await measureBuild({
    ...common,
    label: `ours ${papers}${round}`,
    root: siteRoot,
    env: oursEnv,
    outDir: join(dir, 'ours', 'dist'),
    clean: [content, join(siteRoot, buildDirs(oursEnv).cache)],
    runContent: true,
    warm: options.warm,
    queries: options.search ? QUERIES : [],
    warmQueries: WARM_QUERIES,
    shards: shardsFor(papers, options),
  });
  const builds: Builds = { ours, variants: {} };
  if (!ours.content?.ok) return builds;

  if (floorFor(papers, options)) {
    const cache = join(dir, 'floor', 'cache');
    builds.floor = await measureBuild({
      ...common,
      label: `floor ${papers}${round}`,
      root: join(roots, 'floor'),
      env: { ...baseEnv, CONTENT_OUT: content, OUT_DIR: join(dir, 'floor', 'dist'), CACHE_DIR: cache },
      outDir: join(dir, 'floor', 'dist'),
      clean: [cache],
      runContent: false,
      warm: false,
      queries: options.search ? QUERIES : [],
    });
  }

  for (const variant of options.variants) {
    const variantRoot = join(roots, variant);
    const variantContent = variant === 'md' ? join(dir, 'md', 'content') : content;
    if (variant === 'md') await markdownCopy(content, variantContent);
    const env = { ...baseEnv, CONTENT_OUT: variantContent, OUT_DIR: join(dir, variant, 'dist') };
    const plan: BuildPlan = {
      ...common,
      label: `${variant} ${papers}${round}`,
      root: variantRoot,
      env,
      outDir: join(dir, variant, 'dist'),
      clean: [join(variantRoot, buildDirs(env).cache)],
      runContent: false,
      warm: options.warm,
      queries: [],
    };
    const measured: BuildMeasure = await measureBuild(plan);
    if (measured.astro.ok) measured.sameHtml = await comparePapers(join(dir, 'ours', 'dist'), plan.outDir);
    builds.variants[variant] = measured;
  }
  return builds;
}

async function measureSize(papers: number, options: BenchOptions): Promise<SizeResult> {
  const loadAverage = loadavg()[0] ?? 0;
  const measuredAt = new Date().toISOString();
  const shards = shardsFor(papers, options);
  console.log(`\n== ${papers.toLocaleString('en-US')} papers ==`);
  const corpus = await corpusFor(papers, options);
  const dir = join(work, String(papers));
  // Every build of this size uses one snapshot of the project, taken now (see site-copies.ts).
  const roots = join(work, 'roots');
  const siteRoot = join(roots, 'site');
  await prepareRoot(root, 'site', siteRoot);
  if (floorFor(papers, options)) await prepareRoot(root, 'floor', join(roots, 'floor'));
  for (const variant of options.variants) await prepareRoot(root, variant, join(roots, variant), siteRoot);

  const context: SizeContext = {
    papers,
    dir,
    content: join(dir, 'ours', 'content'),
    corpusDir: corpus.dir,
    roots,
    options,
  };
  const rounds: Builds[] = [];
  for (let r = 1; r <= options.repeat; r++)
    rounds.push(await measureRound(context, options.repeat > 1 ? ` (round ${r}/${options.repeat})` : ''));
  const pick = (f: (b: Builds) => BuildMeasure | undefined) => {
    const found = rounds.map(f).filter((b): b is BuildMeasure => b !== undefined);
    return found.length === rounds.length ? combineRuns(found) : undefined;
  };
  const ours = pick((b) => b.ours) as BuildMeasure;
  const floor = pick((b) => b.floor);
  const variants: SizeResult['variants'] = {};
  for (const v of options.variants) {
    const combined = pick((b) => b.variants[v]);
    if (combined) variants[v] = combined;
  }
  return {
    papers,
    corpus: corpus.name,
    measuredAt,
    loadAverage,
    // The project's papers collection (src/content.config.ts) renders each page at content sync.
    papersLoader: 'rendered',
    ...(options.repeat > 1 ? { rounds: options.repeat } : {}),
    ...(shards > 1 ? { shards } : {}),
    ours,
    ...(floor ? { floor } : {}),
    variants,
  };
}

const options = parseBenchOptions(process.argv.slice(2));
// Builds share the machine with other work: lower our priority (children inherit it).
if (getPriority() < 10) setPriority(10);
if (!options.reportOnly)
  console.log(
    `bench: sizes ${options.sizes.join(', ')}; floor ${options.floor ? 'on' : 'off'}; ` +
      `variants ${options.variants.join(', ') || 'none'}; logs in ${relative(root, logDir)}/`,
  );
const machine = await machineInfo();
const save = (fresh: SizeResult[]) =>
  writeResults(join(root, 'bench', 'results.json'), join(root, 'bench', 'results.md'), machine, fresh);
for (const papers of options.reportOnly ? [] : options.sizes) {
  try {
    // Saved after each size, so an interrupted long run keeps the sizes it finished.
    await save([await measureSize(papers, options)]);
  } catch (error) {
    console.error(`bench: ${papers} papers: ${error instanceof Error ? error.message : String(error)}`);
  }
}
const report = await save([]);
console.log(`\n${report}\n\nbench: written to bench/results.md and bench/results.json`);
