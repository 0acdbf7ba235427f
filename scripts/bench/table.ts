/**
 * The benchmark's Markdown report: build time, memory and output, pipeline stages, variants,
 * and the issue's targets checked against the numbers. Pure, so the layout is unit-tested.
 */
import {
  astroOnlyMs,
  buildOk,
  dialogSearch,
  fullCpuMs,
  fullMs,
  peakRss,
  searchBytes,
  stagesMs,
  warmMs,
} from './derive';
import { targetLines } from './targets';
import type { BuildMeasure, ResultsStore, SizeResult } from './types';

const DASH = '–';
// `null`: a NaN (unknown) after a round trip through results.json.
const num = (n: number | null | undefined, digits = 1) =>
  n === undefined || n === null || Number.isNaN(n) ? DASH : n.toFixed(digits);
/** Seconds from milliseconds. */
export const sec = (ms: number | null | undefined) =>
  num(ms === undefined || ms === null ? undefined : ms / 1000);
const mbytes = (bytes: number | undefined) => num(bytes === undefined ? undefined : bytes / 2 ** 20);
const kbytes = (bytes: number | undefined) => num(bytes === undefined ? undefined : bytes / 1024, 0);
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !(b > 0) ? DASH : `${(a / b).toFixed(2)}×`;
const count = (n: number) => n.toLocaleString('en-US');

/** A Markdown table (Prettier re-aligns it when the results file is written). */
export function markdownTable(head: string[], rows: string[][], align?: ('l' | 'r')[]): string {
  const rule = head.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : '---'));
  return [head, rule, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function failedOr(b: BuildMeasure | undefined, value: (b: BuildMeasure) => string): string {
  if (!b) return DASH;
  return buildOk(b) ? value(b) : 'failed';
}

function timeTable(sizes: SizeResult[]): string {
  const rows = sizes.map((s) => {
    const o = s.ours;
    const f = s.floor;
    const ok = (b?: BuildMeasure) => (b && buildOk(b) ? b : undefined);
    const pf = (b?: BuildMeasure) =>
      b?.pagefind
        ? `${sec(b.pagefind.wallMs)}${b.pagefind.via === 'integration' ? ' ⁱ' : b.pagefind.via === 'merge' ? ' ᵐ' : ''}`
        : DASH;
    return [
      count(s.papers),
      failedOr(o, (b) => sec(b.content?.wallMs)),
      failedOr(o, (b) => sec(astroOnlyMs(b))),
      pf(o),
      failedOr(o, (b) => sec(fullMs(b))),
      failedOr(o, (b) => sec(fullCpuMs(b))),
      failedOr(f, (b) => sec(astroOnlyMs(b))),
      pf(f),
      failedOr(f, (b) => sec(fullMs(b))),
      failedOr(f, (b) => sec(fullCpuMs(b))),
      ratio(ok(o) && fullMs(o), ok(f) && fullMs(f as BuildMeasure)),
      ratio(ok(o) && fullCpuMs(o), ok(f) && fullCpuMs(f as BuildMeasure)),
      failedOr(o, (b) => num(fullMs(b) / s.papers, 2)),
      failedOr(f, (b) => num(fullMs(b) / s.papers, 2)),
      o.warm ? `${sec(warmMs(o))} (${o.warm.content?.summary?.written ?? DASH} written)` : DASH,
    ];
  });
  return markdownTable(
    [
      'papers',
      'pipeline (s)',
      'Astro (s)',
      'Pagefind (s)',
      'full build (s)',
      'full CPU (s)',
      'floor Astro (s)',
      'floor Pagefind (s)',
      'floor full (s)',
      'floor CPU (s)',
      'full / floor',
      'CPU / floor CPU',
      'ms/paper',
      'floor ms/paper',
      'warm rebuild (s)',
    ],
    rows,
  );
}

const KINDS = ['pf_meta', 'wasm', 'pf_index', 'pf_fragment', 'pf_filter', 'js', 'json'];

function searchTable(sizes: SizeResult[]): string | undefined {
  const rows = sizes.flatMap((s) => {
    const d = dialogSearch(s.ours);
    if (!d) return [];
    const other = Object.entries(d.byKind)
      .filter(([k]) => !KINDS.includes(k))
      .reduce((n, [, v]) => n + v, 0);
    return [
      [
        count(s.papers),
        kbytes(d.gzipBytes),
        num(d.requests, 0),
        ...KINDS.map((k) => kbytes(d.byKind[k] ?? 0)),
        kbytes(other),
        num(d.firstMs, 0),
        num(d.warmMedianMs, 0),
        num(d.warmMaxMs, 0),
      ],
    ];
  });
  if (rows.length === 0) return undefined;
  return markdownTable(
    [
      'papers',
      'first search KB',
      'requests',
      ...KINDS.map((k) => `${k} KB`),
      'other KB',
      'first results (ms)',
      'warm query median (ms)',
      'warm query max (ms)',
    ],
    rows,
  );
}

function memoryTable(sizes: SizeResult[]): string {
  const rows = sizes.map((s) => {
    const o = s.ours;
    const f = s.floor;
    const search = searchBytes(o);
    const floorSearch = f && searchBytes(f);
    return [
      count(s.papers),
      failedOr(o, (b) => mbytes(peakRss(b))),
      failedOr(f, (b) => mbytes(peakRss(b))),
      ratio(peakRss(o), f && peakRss(f)),
      `${mbytes(o.dist.bytes)} / ${count(o.dist.files)}`,
      f ? `${mbytes(f.dist.bytes)} / ${count(f.dist.files)}` : DASH,
      `${mbytes(o.index.bytes)} / ${count(o.index.files)}`,
      f ? `${mbytes(f.index.bytes)} / ${count(f.index.files)}` : DASH,
      search ? `${kbytes(search.raw)} (${kbytes(search.gzip)})` : DASH,
      floorSearch ? `${kbytes(floorSearch.raw)} (${kbytes(floorSearch.gzip)})` : DASH,
    ];
  });
  return markdownTable(
    [
      'papers',
      'peak RSS (MB)',
      'floor peak RSS (MB)',
      'ours / floor',
      'dist (MB / files)',
      'floor dist (MB / files)',
      'Pagefind index (MB / files)',
      'floor index (MB / files)',
      'first search KB (gzip)',
      'floor first search KB (gzip)',
    ],
    rows,
  );
}

function stageTable(sizes: SizeResult[]): string {
  const names: string[] = [];
  for (const s of sizes)
    for (const k of Object.keys(s.ours.content?.summary?.stages ?? {})) if (!names.includes(k)) names.push(k);
  const rows = sizes.map((s) => {
    const stages = s.ours.content?.summary?.stages ?? {};
    const total = stagesMs(s.ours);
    const rate = (ms: number | undefined) =>
      ms !== undefined && ms > 0 ? count(Math.round(s.papers / (ms / 1000))) : DASH;
    return [
      count(s.papers),
      ...names.map((n) => num(stages[n], 0)),
      num(total, 0),
      rate(total),
      rate(s.ours.content?.wallMs),
      rate(s.ours.content?.cpuMs),
    ];
  });
  return markdownTable(
    ['papers', ...names, 'stages total', 'papers/s (stages)', 'papers/s (CLI wall)', 'papers/s (CLI CPU)'],
    rows,
  );
}

function variantTable(sizes: SizeResult[]): string | undefined {
  const rows: string[][] = [];
  for (const s of sizes) {
    // Results measured before the site rendered its papers at sync name the old site and the
    // prototype `loader`; they stay readable until that size is measured again.
    const builds: [string, BuildMeasure | undefined][] = [
      [s.papersLoader === 'rendered' ? 'site (rendered at sync)' : 'site (glob, .mdx)', s.ours],
      ['floor (bare MDX)', s.floor],
      ['glob-mdx (glob + @astrojs/mdx)', s.variants['glob-mdx']],
      ['loader (rendered at sync)', s.variants.loader],
      ['md (glob, .md)', s.variants.md],
    ];
    if (!s.variants['glob-mdx'] && !s.variants.loader && !s.variants.md) continue;
    const siteOk = buildOk(s.ours);
    const floorOk = s.floor !== undefined && buildOk(s.floor);
    for (const [name, b] of builds) {
      if (!b) continue;
      // Variants reuse the site's pipeline output, so their full build counts the site's pipeline.
      const pipeline = b === s.floor ? 0 : (s.ours.content?.wallMs ?? 0);
      const full = buildOk(b) ? pipeline + fullMs(b) - (b.content?.wallMs ?? 0) : undefined;
      const cpuPipeline = b === s.floor ? 0 : (s.ours.content?.cpuMs ?? 0);
      const cpu = buildOk(b) ? cpuPipeline + fullCpuMs(b) - (b.content?.cpuMs ?? 0) : undefined;
      const same = b.sameHtml ? `${count(b.sameHtml.same)} of ${count(b.sameHtml.total)}` : DASH;
      rows.push([
        count(s.papers),
        name,
        failedOr(b, (x) => sec(astroOnlyMs(x))),
        failedOr(b, (x) => sec(x.pagefind?.wallMs)),
        sec(full),
        sec(cpu),
        failedOr(b, (x) => mbytes(peakRss(x))),
        `${ratio(full, siteOk ? fullMs(s.ours) : undefined)} / ${ratio(cpu, siteOk ? fullCpuMs(s.ours) : undefined)}`,
        `${ratio(full, floorOk ? fullMs(s.floor as BuildMeasure) : undefined)} / ${ratio(cpu, floorOk ? fullCpuMs(s.floor as BuildMeasure) : undefined)}`,
        b.warm ? sec(b.warm.astro.wallMs) : DASH,
        same,
      ]);
    }
  }
  if (rows.length === 0) return undefined;
  return markdownTable(
    [
      'papers',
      'build',
      'Astro (s)',
      'Pagefind (s)',
      'full (s)',
      'full CPU (s)',
      'peak RSS (MB)',
      'vs site (wall / CPU)',
      'vs floor (wall / CPU)',
      'warm Astro (s)',
      'same article HTML',
    ],
    rows,
    ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/** The whole report for the stored results. */
export function formatReport(store: ResultsStore): string {
  const sizes = [...store.sizes].sort((a, b) => a.papers - b.papers);
  const m = store.machine;
  const when = sizes.map(
    (s) =>
      `${count(s.papers)}: ${s.measuredAt.slice(0, 16).replace('T', ' ')} UTC, load ${s.loadAverage.toFixed(1)}${s.rounds ? `, fastest of ${s.rounds} rounds` : ''}${s.shards ? `, site in ${s.shards} shards` : ''}`,
  );
  const parts = [
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB RAM; Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}. ` +
      `Measured (size: time, 1-min load average at start): ${when.join('; ')}.`,
    '### Build time (cold: no output, no Astro cache, no generated content)',
    timeTable(sizes),
    'Full build = pipeline + Astro + Pagefind for the site, Astro + Pagefind for the floor (same MDX pages). ' +
      '`ⁱ`: Pagefind ran inside `astro build` (the site’s integration), timed by its own log line and subtracted from the Astro column. ' +
      '`ᵐ`: a sharded build (`npm run build:shards`): the Astro column is the shards’ builds together (peak memory: the largest), Pagefind the merge step (joining the shards, then indexing the merged site). ' +
      'Warm rebuild = pipeline + `astro build` again over the unchanged corpus, with the number of pages the pipeline rewrote.',
    '### Memory and output',
    memoryTable(sizes),
    'Peak RSS = maximum resident set of the largest process of any step (GNU time). ' +
      'First search = bytes under `pagefind/` that headless Chromium downloaded for one query plus the data of its first 10 results, mean over the queries; in brackets what a gzip-compressing host sends.',
    ...(() => {
      const search = searchTable(sizes);
      return search
        ? [
            '### Search through the site’s dialog',
            search,
            'Headless Chromium opens the home page, opens the search dialog and types one query (each in a fresh browser): first search = every byte fetched from opening the dialog until the results are shown (as a gzip-compressing host sends them; Pagefind’s index files are already compressed), by kind; first results = typing to results shown, including the dialog’s 150 ms typing pause. Warm query = Pagefind `search()` plus the first 10 results’ data, for new queries after the first (`mixture of experts`, `kv cache`, `state space model`, `quantization`, `mamba`).',
          ]
        : [];
    })(),
    '### Pipeline stages (ms)',
    stageTable(sizes),
    'Stage timings are wall clock, as the content CLI prints them; under load they grow with other jobs. ' +
      'The CLI columns cover the whole `npm run content` process (start-up, reading, pipeline, writing pages), by wall and by CPU time.',
  ];
  const variants = variantTable(sizes);
  if (variants) parts.push('### Variants (same pages, same run)', variants);
  parts.push('### Targets', targetLines(sizes).join('\n'));
  return parts.join('\n\n');
}
