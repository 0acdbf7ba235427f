/**
 * Command-line options of `npm run bench`:
 *
 *   --sizes 262,2600      corpus sizes (262 = the real seeds; others are synthetic), default 262,2600,26000
 *   --huge                also 100,000 papers, built in (at least) 4 shards and without the floor
 *   --shards N            build the site in N shards (`npm run build:shards`), default 1 (one build)
 *   --variants glob-mdx,md  also build other ways to load the papers (see types.ts), default none
 *   --no-floor            skip the bare Astro + MDX floor
 *   --no-search           skip the first-search download measurement (needs Chromium)
 *   --no-warm             skip the warm rebuilds
 *   --seed S              seed of the synthetic corpora (default 1)
 *   --max-rss-gb G        stop any build whose process tree passes G GiB (default 16)
 *   --repeat N            build everything N times and keep each step's fastest time (default 1)
 *   --report-only         measure nothing: rewrite bench/results.md from bench/results.json
 */
import { parseArgs } from 'node:util';
import type { Variant } from './types';

/** Parsed options. */
export interface BenchOptions {
  sizes: number[];
  variants: Variant[];
  floor: boolean;
  search: boolean;
  warm: boolean;
  seed: number;
  maxRssBytes: number;
  reportOnly: boolean;
  repeat: number;
  /** Shards of the site's build at every size (1: one `astro build`); see {@link shardsFor}. */
  shards: number;
}

/** The real seeds hold this many distinct papers; this size builds from `seeds/` itself. */
export const SEED_PAPERS = 262;
const DEFAULT_SIZES = [SEED_PAPERS, 2_600, 26_000];
const HUGE = 100_000;
/** Shards at the huge size at least: one Astro build of 100,000 papers does not fit the memory cap. */
const HUGE_SHARDS = 4;
const VARIANTS: readonly Variant[] = ['glob-mdx', 'md'];

/** Parses `argv` (without the node and script arguments); throws a usage message on bad input. */
export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      huge: { type: 'boolean', default: false },
      variants: { type: 'string', default: '' },
      'no-floor': { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      'no-warm': { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      'max-rss-gb': { type: 'string', default: '16' },
      'report-only': { type: 'boolean', default: false },
      repeat: { type: 'string', default: '1' },
      shards: { type: 'string', default: '1' },
    },
  });
  const sizes = values.sizes
    ? values.sizes.split(',').map((s) => Number(s.trim().replace(/_/gu, '')))
    : [...DEFAULT_SIZES];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes wants positive integers separated by commas, got "${values.sizes}"`);
  if (values.huge && !sizes.includes(HUGE)) sizes.push(HUGE);
  const variants = values.variants
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  for (const v of variants)
    if (!(VARIANTS as readonly string[]).includes(v))
      throw new Error(`--variants: unknown variant "${v}" (known: ${VARIANTS.join(', ')})`);
  const seed = Number(values.seed);
  const maxGb = Number(values['max-rss-gb']);
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1)
    throw new Error(`--repeat wants a positive integer, got "${values.repeat}"`);
  const shards = Number(values.shards);
  if (!Number.isInteger(shards) || shards < 1)
    throw new Error(`--shards wants a positive integer, got "${values.shards}"`);
  if (!Number.isInteger(seed)) throw new Error(`--seed wants an integer, got "${values.seed}"`);
  if (!(maxGb > 0)) throw new Error(`--max-rss-gb wants a positive number, got "${values['max-rss-gb']}"`);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    variants: variants as BenchOptions['variants'],
    floor: !values['no-floor'],
    search: !values['no-search'],
    warm: !values['no-warm'],
    seed,
    maxRssBytes: maxGb * 2 ** 30,
    reportOnly: values['report-only'],
    repeat,
    shards,
  };
}

/** Shards of the site's build at a size: `--shards`, and at least 4 from 100,000 papers. */
export function shardsFor(papers: number, options: Pick<BenchOptions, 'shards'>): number {
  return papers >= HUGE ? Math.max(options.shards, HUGE_SHARDS) : options.shards;
}

/**
 * Whether the bare floor is built at a size: not from 100,000 papers, where one bare Astro + MDX
 * build needs about 30 GB (the issue's own estimate), more than the memory cap and the machine.
 */
export function floorFor(papers: number, options: Pick<BenchOptions, 'floor'>): boolean {
  return options.floor && papers < HUGE;
}
