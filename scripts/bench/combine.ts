/**
 * Repeated measurements of one build, combined. On a shared machine other jobs only ever add
 * time, so the fastest of several runs is the best estimate of what the build itself costs (the
 * usual rule for benchmarks on noisy hosts); each step's wall and CPU time are taken as their
 * minimum over the runs. Peak memory is taken as the maximum: a build that once needed more
 * memory can need it again. Sizes and downloads are the same in every run; the first is kept. Pure.
 */
import type { BuildMeasure, Measured } from './types';

function combineStep<T extends Measured>(steps: T[]): T {
  const [first] = steps as [T, ...T[]];
  const finite = (values: number[], pick: (...n: number[]) => number) => {
    const ok = values.filter((n) => Number.isFinite(n));
    return ok.length > 0 ? pick(...ok) : Number.NaN;
  };
  return {
    ...first,
    wallMs: finite(
      steps.map((s) => s.wallMs),
      Math.min,
    ),
    cpuMs: finite(
      steps.map((s) => s.cpuMs),
      Math.min,
    ),
    peakRss: finite(
      steps.map((s) => s.peakRss),
      Math.max,
    ),
    ok: steps.every((s) => s.ok),
  };
}

/** Combines optional steps present in every run; drops them when a run lacks them. */
function optional<T extends Measured>(steps: (T | undefined)[]): T | undefined {
  return steps.every((s) => s !== undefined) ? combineStep(steps as T[]) : undefined;
}

type ContentStep = NonNullable<BuildMeasure['content']>;

/** Content runs combined, with each pipeline stage's time also the minimum over the runs. */
function combineContent(steps: (ContentStep | undefined)[]): ContentStep | undefined {
  const combined = optional(steps);
  const summaries = steps.map((s) => s?.summary);
  const [first] = summaries;
  if (!combined || !first || summaries.some((s) => s === undefined)) return combined;
  const stages = Object.fromEntries(
    Object.keys(first.stages).map((k) => [k, Math.min(...summaries.map((s) => s?.stages[k] ?? Infinity))]),
  );
  return { ...combined, summary: { ...first, stages } };
}

/** One measure from several runs of the same build (at least one). */
export function combineRuns(runs: BuildMeasure[]): BuildMeasure {
  if (runs.length === 0) throw new Error('combineRuns: no runs');
  const [first] = runs as [BuildMeasure, ...BuildMeasure[]];
  if (runs.length === 1) return first;
  const result: BuildMeasure = { ...first, astro: combineStep(runs.map((r) => r.astro)) };
  const content = combineContent(runs.map((r) => r.content));
  if (content) result.content = content;
  const pagefind = optional(runs.map((r) => r.pagefind));
  if (pagefind) result.pagefind = pagefind;
  const warms = runs.map((r) => r.warm);
  if (warms.every((w) => w !== undefined)) {
    const warm: NonNullable<BuildMeasure['warm']> = { astro: combineStep(warms.map((w) => w.astro)) };
    const warmContent = combineContent(warms.map((w) => w.content));
    if (warmContent) warm.content = warmContent;
    result.warm = warm;
  }
  return result;
}
