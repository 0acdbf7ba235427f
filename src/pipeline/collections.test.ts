import { describe, expect, it } from 'vitest';
import { buildCollections, humanDate } from './collections';
import type { Listing } from './types';

const listing = (id: string, pageDate?: Listing['pageDate']): Listing => ({
  id,
  path: `corpus/${id}.txt`,
  ...(pageDate ? { pageDate } : {}),
  entries: [],
});
const papers = [
  { slug: 'b', tags: ['kv-cache', 'serving'], sources: [{ listing: 'x1', line: 20 }] },
  {
    slug: 'a',
    tags: ['kv-cache'],
    sources: [
      { listing: 'x1', line: 5 },
      { listing: 'x2', line: 9 },
    ],
  },
  { slug: 'c', tags: [], sources: [{ listing: 'x2', line: 3 }] },
];
const names = { 'kv-cache': 'KV cache', serving: 'LLM serving' };

describe('buildCollections', () => {
  it('uses the name and description listings.yaml gives', () => {
    const [c] = buildCollections(
      [listing('x1')],
      papers,
      { x1: { name: 'Caches', description: 'All about caches.' } },
      names,
    );
    expect(c).toMatchObject({ id: 'x1', name: 'Caches', description: 'All about caches.', named: true });
  });

  it('falls back to top tags and the saved date, never the file hash', () => {
    const [c] = buildCollections([listing('x1', { month: 12, day: 11, year: 2025 })], papers, {}, names);
    expect(c?.name).toBe('KV cache · LLM serving, saved 11 Dec 2025');
    expect(c?.description).toBe(
      'A listing of 2 papers saved on 11 Dec 2025, most often about KV cache and LLM serving.',
    );
    expect(c?.savedDate).toBe('2025-12-11');
    expect(c?.named).toBe(false);
    expect(c?.name).not.toContain('x1');
  });

  it('names an untagged, undated listing by its position', () => {
    const [, c] = buildCollections([listing('x1'), listing('x9')], papers, {}, names);
    expect(c?.name).toBe('Listing 2');
  });

  it('keeps the listing’s own order (by line) and counts tags per collection', () => {
    const [x1, x2] = buildCollections([listing('x1'), listing('x2')], papers, {}, names);
    expect(x1?.papers).toEqual(['a', 'b']);
    expect(x1?.topTags).toEqual(['kv-cache', 'serving']);
    expect(x2?.papers).toEqual(['c', 'a']);
  });
});

describe('humanDate', () => {
  it('writes fixed English dates, with or without a year', () => {
    expect(humanDate({ month: 3, day: 12 })).toBe('12 Mar');
    expect(humanDate({ month: 1, day: 2, year: 2026 })).toBe('2 Jan 2026');
  });
});
