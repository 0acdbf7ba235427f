import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildsListings, buildsPaper, shardFromEnv, shardOf } from './shard';

describe('shardFromEnv', () => {
  it('reads i/N and nothing else', () => {
    expect(shardFromEnv({})).toBeUndefined();
    expect(shardFromEnv({ SHARD: ' ' })).toBeUndefined();
    expect(shardFromEnv({ SHARD: '2/4' })).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '1/2/3', '-1/2'])
      expect(() => shardFromEnv({ SHARD: bad }), bad).toThrow(/SHARD must look like/);
  });
});

describe('shardOf', () => {
  const slugs = fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 50 });

  it('puts every paper in exactly one shard, for any count', () => {
    fc.assert(
      fc.property(slugs, fc.integer({ min: 1, max: 9 }), (list, count) => {
        for (const slug of list) {
          const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) =>
            buildsPaper({ index, count }, slug),
          );
          expect(owners).toEqual([shardOf(slug, count)]);
        }
      }),
    );
  });

  it('depends on the slug alone and spreads a corpus evenly', () => {
    const corpus = Array.from({ length: 4000 }, (_, i) => `paper-title-${i}-${(i * 7919).toString(16)}`);
    const sizes = [0, 0, 0, 0];
    for (const slug of corpus) sizes[shardOf(slug, 4) - 1]! += 1;
    for (const size of sizes) expect(size).toBeGreaterThan(900);
    expect(shardOf(corpus[17]!, 4)).toBe(shardOf(corpus[17]!, 4));
  });

  it('lets only the lead shard (or a whole build) make the listing pages', () => {
    expect(buildsListings(undefined)).toBe(true);
    expect(buildsListings({ index: 1, count: 3 })).toBe(true);
    expect(buildsListings({ index: 2, count: 3 })).toBe(false);
    expect(buildsPaper(undefined, 'anything')).toBe(true);
  });
});
