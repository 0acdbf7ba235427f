import { describe, expect, it } from 'vitest';
import { combineRuns } from './combine';
import type { BuildMeasure } from './types';

const MB = 2 ** 20;
const run = (
  astroS: number,
  cpuS: number,
  peakMb: number,
  stageMs: number,
  warmS?: number,
): BuildMeasure => ({
  content: {
    wallMs: 1000,
    cpuMs: 900,
    peakRss: 100 * MB,
    ok: true,
    summary: {
      files: 1,
      entries: 10,
      papers: 10,
      diagnostics: 0,
      written: 10,
      unchanged: 0,
      removed: 0,
      totalMs: 1000,
      stages: { parse: stageMs, write: 2 * stageMs },
    },
  },
  astro: { wallMs: astroS * 1000, cpuMs: cpuS * 1000, peakRss: peakMb * MB, ok: true },
  pagefind: { wallMs: Number.NaN, cpuMs: Number.NaN, peakRss: Number.NaN, ok: true, via: 'integration' },
  dist: { bytes: 5, files: 1 },
  index: { bytes: 3, files: 1 },
  ...(warmS === undefined
    ? {}
    : { warm: { astro: { wallMs: warmS * 1000, cpuMs: warmS * 1000, peakRss: peakMb * MB, ok: true } } }),
});

describe('combineRuns', () => {
  it('keeps the fastest wall and CPU time of each step and the highest peak memory', () => {
    const c = combineRuns([run(30, 20, 900, 50, 12), run(25, 22, 1000, 40, 14)]);
    expect(c.astro).toEqual({ wallMs: 25_000, cpuMs: 20_000, peakRss: 1000 * MB, ok: true });
    expect(c.content?.summary?.stages).toEqual({ parse: 40, write: 80 });
    expect(c.warm?.astro.wallMs).toBe(12_000);
    expect(c.dist).toEqual({ bytes: 5, files: 1 });
  });

  it('leaves unknown figures unknown and fails when any run failed', () => {
    const bad = run(10, 10, 10, 1);
    bad.astro.ok = false;
    const c = combineRuns([run(30, 20, 900, 50), bad]);
    expect(c.pagefind?.wallMs).toBeNaN();
    expect(c.astro.ok).toBe(false);
    expect(c.warm).toBeUndefined();
  });

  it('returns a single run as it is and refuses none', () => {
    const one = run(1, 1, 1, 1);
    expect(combineRuns([one])).toBe(one);
    expect(() => combineRuns([])).toThrow(/no runs/);
  });
});
