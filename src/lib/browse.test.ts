import { describe, expect, it } from 'vitest';
import type { PaperData } from '../schema';
import { browsePath, sortPapers } from './browse';

const paper = (slug: string, title: string, date?: string, upvotes?: number) =>
  ({ slug, title, ...(date ? { date } : {}), ...(upvotes !== undefined ? { upvotes } : {}) }) as PaperData;
const papers = [
  paper('a', 'beta', '2024-01-01', 5),
  paper('b', 'Alpha', '2025-01-01'),
  paper('c', 'gamma', undefined, 9),
  paper('d', 'delta', '2023-06-01', 5),
];

describe('sortPapers', () => {
  it('puts the newest first and undated last', () => {
    expect(sortPapers(papers, 'newest').map((p) => p.slug)).toEqual(['b', 'a', 'd', 'c']);
  });
  it('orders by upvotes, papers without any last, ties newest first', () => {
    expect(sortPapers(papers, 'upvotes').map((p) => p.slug)).toEqual(['c', 'a', 'd', 'b']);
  });
  it('orders titles case-insensitively', () => {
    expect(sortPapers(papers, 'title').map((p) => p.title)).toEqual(['Alpha', 'beta', 'delta', 'gamma']);
  });
  it('never changes its input', () => {
    const before = papers.map((p) => p.slug);
    sortPapers(papers, 'title');
    expect(papers.map((p) => p.slug)).toEqual(before);
  });
});

describe('browsePath', () => {
  it('keeps page 1 at the view root and honours the base', () => {
    expect(browsePath('/', 'newest')).toBe('/browse/newest/');
    expect(browsePath('/sub/', 'upvotes', 3)).toBe('/sub/browse/upvotes/3/');
  });
});
