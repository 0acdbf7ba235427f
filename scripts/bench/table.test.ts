import { describe, expect, it } from 'vitest';
import { mergeSizes, replaceGenerated } from './results-file';
import { formatReport, markdownTable } from './table';
import { targetLines } from './targets';
import type { BuildMeasure, MachineInfo, SizeResult } from './types';

const MB = 2 ** 20;
const step = (wallS: number, cpuS: number, peakMb: number) => ({
  wallMs: wallS * 1000,
  cpuMs: cpuS * 1000,
  peakRss: peakMb * MB,
  ok: true,
});
const size = { bytes: 10 * MB, files: 100 };

function build(papers: number, astroS: number, withContent: boolean, peakMb = 1000): BuildMeasure {
  return {
    ...(withContent
      ? {
          content: {
            ...step(papers / 1000, papers / 1000, 200),
            summary: {
              files: 3,
              entries: papers,
              papers,
              diagnostics: 0,
              written: papers,
              unchanged: 0,
              removed: 0,
              totalMs: papers,
              stages: { parse: papers / 10, 'cross-link': papers / 4 },
            },
          },
        }
      : {}),
    astro: step(astroS, astroS, peakMb),
    pagefind: { ...step(1, 1, 50), via: 'cli' },
    dist: size,
    index: size,
    search: [{ query: 'attention', results: 9, requests: 7, bytes: 150 * 1024, gzipBytes: 100 * 1024 }],
  };
}

function sizeResult(papers: number, oursAstroS: number, floorAstroS: number, peakMb = 1000): SizeResult {
  return {
    papers,
    corpus: 'synthetic (seed 1)',
    measuredAt: '2026-11-25T06:00:00.000Z',
    loadAverage: 1.5,
    ours: build(papers, oursAstroS, true, peakMb),
    floor: build(papers, floorAstroS, false),
    variants: {},
  };
}

const machine: MachineInfo = {
  cpus: 2,
  cpuModel: 'Test CPU',
  memoryGb: 24,
  node: 'v22.23.3',
  astro: '7.3.5',
  pagefind: '1.6.0',
};

describe('markdownTable', () => {
  it('writes a header, an alignment rule and one row per line', () => {
    expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | ---: |\n| 1 | 2 |');
  });
});

describe('formatReport', () => {
  const report = formatReport({ machine, sizes: [sizeResult(26_000, 100, 90), sizeResult(2_600, 10, 9)] });

  it('lists sizes from small to large with full-build times and the ratio to the floor', () => {
    // 2,600: pipeline 2.6 s + Astro 10 s + Pagefind 1 s = 13.6 s; floor 9 + 1 = 10 s.
    expect(report).toContain(
      '| 2,600 | 2.6 | 10.0 | 1.0 | 13.6 | 13.6 | 9.0 | 1.0 | 10.0 | 10.0 | 1.36× | 1.36× | 5.23 |',
    );
    expect(report.indexOf('| 2,600 |')).toBeLessThan(report.indexOf('| 26,000 |'));
  });

  it('reports memory, sizes, first-search bytes and stage timings', () => {
    expect(report).toContain('| 2,600 | 1000.0 | 1000.0 | 1.00× | 10.0 / 100 |');
    expect(report).toContain('150 (100)');
    expect(report).toMatch(/\| papers \| parse \| cross-link \| stages total \|/);
    expect(report).toContain('| 2,600 | 260 | 650 | 910 | 2,857 | 1,000 | 1,000 |');
  });

  it('names the machine and when each size was measured', () => {
    expect(report).toContain('2 × Test CPU, 24 GB RAM; Node v22.23.3, Astro 7.3.5, Pagefind 1.6.0');
    expect(report).toContain('2,600: 2026-11-25 06:00 UTC, load 1.5');
  });
});

describe('variant table', () => {
  it('names the site by how it loaded papers, and the glob-mdx variant as the old way', () => {
    const fresh: SizeResult = {
      ...sizeResult(2_600, 10, 9),
      papersLoader: 'rendered',
      variants: { 'glob-mdx': { ...build(2_600, 40, false), sameHtml: { same: 2_600, total: 2_600 } } },
    };
    const report = formatReport({ machine, sizes: [fresh] });
    expect(report).toContain('### Variants (same pages, same run)');
    expect(report).toMatch(/\| 2,600 \| site \(rendered at sync\) \| 10\.0 \|/u);
    // Variants reuse the site's pipeline run: 2.6 + 40 + 1 = 43.6 s, 3.21× the site's 13.6 s.
    expect(report).toMatch(
      /\| 2,600 \| glob-mdx \(glob \+ @astrojs\/mdx\) \| 40\.0 \| 1\.0 \| 43\.6 \|.* 3\.21× \/ 3\.21× \|.*\| 2,600 of 2,600 \|/u,
    );
  });

  it('reads results stored before the switch: the site was glob + MDX, the prototype `loader`', () => {
    const old: SizeResult = { ...sizeResult(262, 10, 9), variants: { loader: build(262, 5, false) } };
    const report = formatReport({ machine, sizes: [old] });
    expect(report).toContain('| 262 | site (glob, .mdx) |');
    expect(report).toContain('| 262 | loader (rendered at sync) |');
  });

  it('has no variant section when no variant was built', () => {
    expect(formatReport({ machine, sizes: [sizeResult(262, 10, 9)] })).not.toContain('### Variants');
  });
});

describe('targetLines', () => {
  it('checks each target against the measured numbers', () => {
    const lines = targetLines([sizeResult(2_600, 10, 9), sizeResult(26_000, 100, 90, 5000)]);
    expect(lines).toContain('- ❌ full build ≤ 1.3× floor at 2,600: CPU 1.36×, wall 1.36×');
    expect(lines.some((l) => l.startsWith('- ✅ time per paper at 26,000 ≤ 1.2×'))).toBe(true);
    expect(lines).toContain(
      '- ✅ each pipeline stage ≥ 2,000 papers/s at 2,600: slowest stage cross-link 4,000 papers/s; all stages together 2,857 papers/s',
    );
    expect(lines).toContain('- ❌ peak memory ≤ 4 GB at 26,000: 4.88 GB');
    expect(lines).toContain('- ⬜ 100,000 papers: not measured (`--huge`)');
  });

  it('judges the pipeline by its slowest stage', () => {
    const slow = sizeResult(2_600, 10, 9);
    const summary = slow.ours.content?.summary;
    if (summary) summary.stages = { parse: 200, 'cross-link': 1_625, write: 300 };
    expect(targetLines([slow])).toContain(
      '- ❌ each pipeline stage ≥ 2,000 papers/s at 2,600: slowest stage cross-link 1,600 papers/s; all stages together 1,224 papers/s',
    );
  });

  it('says what was not measured instead of guessing', () => {
    expect(targetLines([])).toContain('- ⬜ full build ≤ 1.3× floor at 2,600: not measured');
    expect(targetLines([])).toContain('- ⬜ search at 26,000: not measured');
  });

  it('checks search at 26,000 through the dialog and reports it by kind of file', () => {
    const big = sizeResult(26_000, 100, 90);
    big.ours.siteSearch = [
      {
        query: 'attention',
        requests: 20,
        bytes: 400 * 1024,
        gzipBytes: 280 * 1024,
        byKind: { pf_meta: 200 * 1024, wasm: 60 * 1024, 'pagefind-worker.js': 20 * 1024 },
        firstMs: 400,
        warmMs: [30, 60, 40],
      },
    ];
    const lines = targetLines([big]);
    expect(lines).toContain('- ✅ first search downloads ≤ 300 kB at 26,000: 280 kB');
    expect(lines).toContain('- ✅ warm query ≤ 50 ms at 26,000: median 40 ms, slowest 60 ms');
    const report = formatReport({ machine, sizes: [big] });
    expect(report).toContain('### Search through the site’s dialog');
    expect(report).toMatch(
      /\| 26,000 \| 280 \| 20 \| 200 \| 60 \| 0 \| 0 \| 0 \| 0 \| 0 \| 20 \| 400 \| 40 \| 60 \|/,
    );
  });
});

describe('results file', () => {
  it('replaces only the generated block and keeps the written analysis around it', () => {
    const first = replaceGenerated('# Results\n\nAnalysis.\n', 'TABLE 1');
    expect(first).toMatch(
      /^# Results\n\nAnalysis\.\n\n<!-- bench:begin.*-->\n\nTABLE 1\n\n<!-- bench:end -->\n$/u,
    );
    const second = replaceGenerated(`${first}\n## What we tried\n`, 'TABLE 2');
    expect(second).toContain('TABLE 2');
    expect(second).not.toContain('TABLE 1');
    expect(second).toContain('Analysis.');
    expect(second).toContain('## What we tried');
  });

  it('keeps the newest measurement of each size', () => {
    const old = mergeSizes(undefined, machine, [sizeResult(262, 5, 5), sizeResult(2_600, 10, 9)]);
    const merged = mergeSizes(old, machine, [sizeResult(2_600, 20, 9)]);
    expect(merged.sizes.map((s) => [s.papers, s.ours.astro.wallMs])).toEqual([
      [262, 5000],
      [2_600, 20000],
    ]);
  });
});
