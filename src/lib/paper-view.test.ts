import { describe, expect, it } from 'vitest';
import type { CollectionData, PaperData, TagSummary } from '../schema';
import { paperViews } from './paper-view';

const paper = (slug: string, extra: Partial<PaperData> = {}): PaperData =>
  ({
    slug,
    title: `Title ${slug}`,
    titleHtml: `Title <em>${slug}</em>`,
    tags: [],
    related: [],
    mentions: [],
    mentionedBy: [],
    ...extra,
  }) as PaperData;
const a = paper('a', {
  tags: ['kv', 'gone'],
  related: [
    { slug: 'b', score: 0.5, reason: 'shares: KV cache' },
    { slug: 'missing', score: 0.4, reason: 'x' },
  ],
  mentions: ['c'],
});
const b = paper('b', { mentionedBy: ['c'] });
const c = paper('c', { mentions: ['b'] });
const papers = [a, b, c];
const tag = new Map<string, TagSummary>([
  ['kv', { slug: 'kv', name: 'KV cache', description: 'd', papers: ['a'] }],
]);
const collections: CollectionData[] = [
  { id: 'l1', name: 'One', description: 'd', named: true, papers: ['b', 'a', 'c'], topTags: [] },
  { id: 'l2', name: 'Two', description: 'd', named: true, papers: ['a'], topTags: [] },
];
const views = paperViews(papers, { paper: new Map(papers.map((p) => [p.slug, p])), tag, collections });

describe('paperViews', () => {
  it('resolves related papers and mentions to titles, skipping slugs that do not resolve', () => {
    expect(views[0]?.related).toEqual([
      { slug: 'b', title: 'Title b', titleHtml: 'Title <em>b</em>', reason: 'shares: KV cache', score: 0.5 },
    ]);
    expect(views[0]?.mentions.map((m) => m.slug)).toEqual(['c']);
    expect(views[1]?.mentionedBy.map((m) => m.slug)).toEqual(['c']);
  });

  it('names tags, falling back to the slug for a tag the index lacks', () => {
    expect(views[0]?.tags).toEqual([
      { slug: 'kv', name: 'KV cache' },
      { slug: 'gone', name: 'gone' },
    ]);
  });

  it('places a paper in each collection with its neighbours in the listing order', () => {
    const [one, two] = views[0]?.collections ?? [];
    expect(one).toMatchObject({ id: 'l1', position: 2, total: 3 });
    expect(one?.previous?.slug).toBe('b');
    expect(one?.next?.slug).toBe('c');
    expect(two).toMatchObject({ id: 'l2', position: 1, total: 1, previous: undefined, next: undefined });
  });
});
