import { describe, expect, it } from 'vitest';
import { floorFor, parseBenchOptions, shardsFor } from './options';

describe('parseBenchOptions', () => {
  it('defaults to the seeds, 2,600 and 26,000 papers with the floor, search and warm rebuilds', () => {
    expect(parseBenchOptions([])).toEqual({
      sizes: [262, 2_600, 26_000],
      variants: [],
      floor: true,
      search: true,
      warm: true,
      seed: 1,
      maxRssBytes: 16 * 2 ** 30,
      reportOnly: false,
      repeat: 1,
      shards: 1,
    });
  });

  it('takes sizes in any order, once each, and adds 100,000 with --huge', () => {
    expect(parseBenchOptions(['--sizes', '2600,262,2_600']).sizes).toEqual([262, 2_600]);
    expect(parseBenchOptions(['--sizes', '262', '--huge']).sizes).toEqual([262, 100_000]);
  });

  it('builds in shards when asked, and 100,000 papers in at least 4 without the floor', () => {
    const one = parseBenchOptions(['--huge']);
    expect([shardsFor(26_000, one), shardsFor(100_000, one)]).toEqual([1, 4]);
    expect([floorFor(26_000, one), floorFor(100_000, one)]).toEqual([true, false]);
    const six = parseBenchOptions(['--shards', '6']);
    expect([shardsFor(2_600, six), shardsFor(100_000, six)]).toEqual([6, 6]);
    expect(() => parseBenchOptions(['--shards', '0'])).toThrow(/positive integer/);
  });

  it('reads variants and switches', () => {
    const o = parseBenchOptions(['--variants', 'glob-mdx,md', '--no-floor', '--no-search', '--no-warm']);
    expect(o).toMatchObject({ variants: ['glob-mdx', 'md'], floor: false, search: false, warm: false });
  });

  it('rejects bad sizes, unknown variants and a bad memory cap', () => {
    expect(() => parseBenchOptions(['--sizes', '26k'])).toThrow(/positive integers/);
    expect(() => parseBenchOptions(['--variants', 'shards'])).toThrow(/unknown variant/);
    // The prototype of the site's loader is the site now; its name is gone.
    expect(() => parseBenchOptions(['--variants', 'loader'])).toThrow(/known: glob-mdx, md/);
    expect(() => parseBenchOptions(['--max-rss-gb', '0'])).toThrow(/positive number/);
    expect(() => parseBenchOptions(['--repeat', '0'])).toThrow(/positive integer/);
  });
});
