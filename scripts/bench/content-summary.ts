/**
 * Reads the summary line the content CLI prints (`scripts/build-content.ts`):
 *
 *   content: 4 files, 275 entries → 262 papers (13 merged duplicates), 0 diagnostics;
 *   pages: 262 written, 0 unchanged, 0 removed; 0.91 s (parse 6 ms, infer-year 1 ms, …)
 *
 * The benchmark runs the CLI as a child process (so its memory is measured apart from the
 * benchmark's own) and takes the stage timings from this line rather than re-timing them.
 */

/** What one content run reported. */
export interface ContentSummary {
  files: number;
  entries: number;
  papers: number;
  diagnostics: number;
  written: number;
  unchanged: number;
  removed: number;
  /** The run's own wall time in milliseconds (reading, pipeline, writing). */
  totalMs: number;
  /** Milliseconds per pipeline stage, in the order printed. */
  stages: Record<string, number>;
}

const LINE =
  /content: (\d+) files?, (\d+) entries → (\d+) papers .*?, (\d+) diagnostics?; pages: (\d+) written, (\d+) unchanged, (\d+) removed; ([\d.]+) s \(([^)]*)\)/u;
const STAGE = /^\s*([\w-]+) ([\d.]+) ms\s*$/u;

/** The summary in a content run's output, or undefined when the line is absent. */
export function parseContentSummary(output: string): ContentSummary | undefined {
  const m = LINE.exec(output);
  if (!m) return undefined;
  const n = (i: number) => Number(m[i]);
  const stages: Record<string, number> = {};
  for (const part of (m[9] ?? '').split(',')) {
    const s = STAGE.exec(part);
    if (s?.[1] !== undefined) stages[s[1]] = Number(s[2]);
  }
  return {
    files: n(1),
    entries: n(2),
    papers: n(3),
    diagnostics: n(4),
    written: n(5),
    unchanged: n(6),
    removed: n(7),
    totalMs: n(8) * 1000,
    stages,
  };
}

// `indexed 26000 pages into pagefind/ (26510 files) in 68297 ms`, or with `of N HTML pages` and a size.
const PAGEFIND =
  /indexed (\d+)(?: of \d+)?(?: HTML)? pages into pagefind\/ \((\d+) files[^)]*\) in (\d+) ms/u;

/** Pagefind's own timing when the site's integration printed it during `astro build`. */
export function parsePagefindLog(output: string): { pages: number; files: number; ms: number } | undefined {
  const m = PAGEFIND.exec(output);
  return m ? { pages: Number(m[1]), files: Number(m[2]), ms: Number(m[3]) } : undefined;
}
