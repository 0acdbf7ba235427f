/** The measurements one benchmark run records (also stored in `bench/results.json`). */
import type { ContentSummary } from './content-summary';
import type { DirSize } from './dir-size';
import type { SearchDownload } from './first-search';
import type { SiteSearchMeasure } from './site-search';

/** One measured process: wall and CPU time in ms, peak RSS of its largest process in bytes. */
export interface Measured {
  wallMs: number;
  cpuMs: number;
  peakRss: number;
  ok: boolean;
}

/** One cold build (and optionally its warm rebuild) of one site variant. */
export interface BuildMeasure {
  /** The content pipeline run (the site and its variants read what it wrote; the floor has none). */
  content?: Measured & { summary?: ContentSummary };
  astro: Measured;
  /**
   * Pagefind: inside `astro build` when the site has the integration, the CLI run after it (the
   * floor), or the merge step of a sharded build (joining the shards, then indexing the site).
   */
  pagefind?: Measured & { via: 'integration' | 'cli' | 'merge' };
  dist: DirSize;
  index: DirSize;
  search?: SearchDownload[];
  /** Search through the site's own dialog: first-search download and warm query times (the site only). */
  siteSearch?: SiteSearchMeasure[];
  /** Second build over the unchanged corpus. */
  warm?: {
    content?: Measured & { summary?: ContentSummary };
    astro: Measured;
  };
  /** Pages whose `<article>`/`<main>` HTML equals the site's (variants only). */
  sameHtml?: { same: number; total: number; firstDiff?: string };
}

/**
 * Variants built beside the site over the same pages: `glob-mdx`, the site's former way (Astro's
 * glob loader + `@astrojs/mdx`, a module per paper); `md`, `.md` copies through the glob loader.
 */
export type Variant = 'glob-mdx' | 'md';

/** Everything measured at one corpus size. */
export interface SizeResult {
  papers: number;
  /** `seeds` or `synthetic (seed S)`. */
  corpus: string;
  /** ISO time the size was measured. */
  measuredAt: string;
  /** Load average (1 min) when the size started: other jobs on a shared machine skew wall times. */
  loadAverage: number;
  /** Shards of the site's build when more than one: its Astro figures cover all of them together. */
  shards?: number;
  /** Rounds measured when more than one; times are then the fastest round's (see combine.ts). */
  rounds?: number;
  /**
   * How the measured site loaded its papers. Absent in results measured before the site moved
   * to its rendering loader: those measured `glob()` + `@astrojs/mdx` as the site.
   */
  papersLoader?: 'rendered';
  ours: BuildMeasure;
  floor?: BuildMeasure;
  /** `loader`: the rendering loader's prototype, in results measured before it became the site's. */
  variants: Partial<Record<Variant | 'loader', BuildMeasure>>;
}

/** Where and with what a run was made. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  astro: string;
  pagefind: string;
}

/** The stored results: the newest measurement of each size. */
export interface ResultsStore {
  machine: MachineInfo;
  sizes: SizeResult[];
}
