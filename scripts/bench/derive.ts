/**
 * Figures derived from raw measurements, shared by the tables and the target checks: what a
 * "full build" is for the site and for the floor, and its peak memory. Pure.
 */
import type { SearchDownload } from './first-search';
import { median, type SiteSearchMeasure } from './site-search';
import type { BuildMeasure } from './types';

/** Whether Pagefind ran as a step of its own (inside `astro build` it is already counted). */
const separate = (b: BuildMeasure) => b.pagefind !== undefined && b.pagefind.via !== 'integration';

/** Pagefind's time when it ran as a step of its own. */
const separatePagefind = (b: BuildMeasure) => (separate(b) ? (b.pagefind?.wallMs ?? 0) : 0);

/** Whether every step of the cold build succeeded. */
export const buildOk = (b: BuildMeasure): boolean =>
  (b.content?.ok ?? true) && b.astro.ok && (b.pagefind?.ok ?? true);

/** Wall time of the whole cold build: pipeline (if any) + Astro + Pagefind. */
export function fullMs(b: BuildMeasure): number {
  return (b.content?.wallMs ?? 0) + b.astro.wallMs + separatePagefind(b);
}

/** CPU time of the whole cold build (NaN when a step's CPU time is unknown). */
export function fullCpuMs(b: BuildMeasure): number {
  return (b.content?.cpuMs ?? 0) + b.astro.cpuMs + (separate(b) ? (b.pagefind?.cpuMs ?? 0) : 0);
}

/** Astro's own time: the build minus Pagefind when the integration ran inside it. */
export function astroOnlyMs(b: BuildMeasure): number {
  const inside = b.pagefind?.via === 'integration' ? b.pagefind.wallMs : 0;
  return b.astro.wallMs - (Number.isNaN(inside) ? 0 : inside);
}

/** Peak RSS of the largest process of any step. */
export function peakRss(b: BuildMeasure): number {
  const steps = [b.content?.peakRss, b.astro.peakRss, separate(b) ? b.pagefind?.peakRss : 0];
  return Math.max(...steps.map((n) => (n === undefined || Number.isNaN(n) ? 0 : n)));
}

/** Wall time of the warm rebuild (pipeline + Astro), or undefined when not measured. */
export function warmMs(b: BuildMeasure): number | undefined {
  return b.warm ? (b.warm.content?.wallMs ?? 0) + b.warm.astro.wallMs : undefined;
}

/** Sum of the pipeline's stage timings (its in-memory work, without reading and writing files). */
export function stagesMs(b: BuildMeasure): number | undefined {
  const stages = b.content?.summary?.stages;
  return stages ? Object.values(stages).reduce((a, c) => a + c, 0) : undefined;
}

/** Mean bytes of the first-search downloads measured, raw and as a gzip-compressing host sends them. */
export function searchBytes(b: BuildMeasure): { raw: number; gzip: number } | undefined {
  const s = b.search;
  if (!s || s.length === 0) return undefined;
  const mean = (f: (q: SearchDownload) => number) => s.reduce((n, q) => n + f(q), 0) / s.length;
  return { raw: mean((q) => q.bytes), gzip: mean((q) => q.gzipBytes) };
}

/** The site's search as a reader meets it: mean first-search bytes (gzip) by kind, first and warm query times. */
export interface DialogSearchFigures {
  gzipBytes: number;
  requests: number;
  byKind: Record<string, number>;
  firstMs: number;
  /** Median and slowest warm query over every warm query of every first search. */
  warmMedianMs: number;
  warmMaxMs: number;
}

/** Figures of the site's search dialog, when measured. */
export function dialogSearch(b: BuildMeasure): DialogSearchFigures | undefined {
  const s = b.siteSearch;
  if (!s || s.length === 0) return undefined;
  const mean = (f: (q: SiteSearchMeasure) => number) => s.reduce((n, q) => n + f(q), 0) / s.length;
  const byKind: Record<string, number> = {};
  for (const q of s)
    for (const [k, v] of Object.entries(q.byKind)) byKind[k] = (byKind[k] ?? 0) + v / s.length;
  const warm = s.flatMap((q) => q.warmMs);
  return {
    gzipBytes: mean((q) => q.gzipBytes),
    requests: mean((q) => q.requests),
    byKind,
    firstMs: mean((q) => q.firstMs),
    warmMedianMs: median(warm),
    warmMaxMs: warm.length > 0 ? Math.max(...warm) : Number.NaN,
  };
}
