/**
 * Benchmark of the related-papers stage (not a test):
 *   tsx scripts/bench-related.ts --papers 1000,10000,100000
 * Builds synthetic corpora deterministically (seeded PRNG) by recombining sentences of the real
 * seed abstracts, with unique titles, 0–4 tags from a pool of 35 and a few mentions, then times
 * `relatedPapers` and samples peak RSS. Prints a Markdown table on stdout. Each size runs in a
 * fresh child process so one size's heap does not inflate the next size's RSS figure.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RelatedInput } from '../src/pipeline/related';
import { relatedPapers } from '../src/pipeline/related';
import { crudeSeedPapers } from '../src/pipeline/related-seeds';

const here = fileURLToPath(import.meta.url);
const root = join(here, '..', '..');

/** mulberry32: tiny, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function synthetic(count: number): RelatedInput[] {
  const dir = join(root, 'seeds');
  const seeds = crudeSeedPapers(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  );
  const sentences = seeds.flatMap((p) => p.abstract.split(/(?<=\.)\s+/)).filter((s) => s.length > 20);
  const titleWords = [
    ...new Set(seeds.flatMap((p) => p.title.split(/\s+/)).filter((w) => /^[A-Za-z-]{4,}$/.test(w))),
  ];
  const tagPool = Array.from({ length: 35 }, (_, i) => `tag-${i}`);
  const rand = prng(42);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  const papers: RelatedInput[] = [];
  for (let i = 0; i < count; i++) {
    // A topic seed paper keeps synthetic papers clustered like real ones: most sentences from it.
    const topic = pick(seeds);
    const own = topic.abstract.split(/(?<=\.)\s+/);
    const body = Array.from({ length: 8 }, () => (rand() < 0.6 ? pick(own) : pick(sentences))).join(' ');
    const title = `P${i} ${Array.from({ length: 6 }, () => pick(titleWords)).join(' ')}`;
    const tags = [...new Set(Array.from({ length: Math.floor(rand() * 5) }, () => pick(tagPool)))];
    const mentions = rand() < 0.1 ? [`s${Math.floor(rand() * count)}`] : [];
    papers.push({ id: `s${i}`, title, text: `${title}\n${body}`, tags, mentions });
  }
  return papers;
}

function runOne(count: number): void {
  const papers = synthetic(count);
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  const out = relatedPapers(papers, { k: 5 });
  const ms = performance.now() - start;
  // CPU time as well as wall time: on a shared machine the wall clock also counts other jobs.
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // The stage is synchronous, so a sampling timer could not fire during it: take the process's
  // high-water mark instead (it includes building the synthetic corpus).
  const peak = Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const avg = out.reduce((s, l) => s + l.length, 0) / out.length;
  console.log(JSON.stringify({ count, ms, cpuMs, peak, avg }));
}

const arg = process.argv.indexOf('--papers');
const sizes = (arg >= 0 ? (process.argv[arg + 1] ?? '') : '1000,10000,100000').split(',').map(Number);
if (process.argv.includes('--child')) {
  runOne(sizes[0] ?? 1000);
} else {
  console.log(
    '| papers | related stage, wall (s) | CPU (s) | papers/s (wall) | peak RSS (MB) | neighbours/paper |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const line = execFileSync(
      process.execPath,
      [...process.execArgv, here, '--child', '--papers', String(size)],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    const r = JSON.parse(line.trim().split('\n').pop() ?? '{}') as {
      count: number;
      ms: number;
      cpuMs: number;
      peak: number;
      avg: number;
    };
    console.log(
      `| ${r.count} | ${(r.ms / 1000).toFixed(2)} | ${(r.cpuMs / 1000).toFixed(2)} | ${Math.round(r.count / (r.ms / 1000))} | ${Math.round(r.peak / 2 ** 20)} | ${r.avg.toFixed(2)} |`,
    );
  }
}
