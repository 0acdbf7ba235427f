import { describe, expect, it } from 'vitest';
import { fragmentPages, orderLists, pageOrderKeys } from './search-order';

describe('pageOrderKeys', () => {
  it('reads the keys a paper page carries, and nothing else', () => {
    const html =
      '<div data-pagefind-ignore><span data-pagefind-meta="date">2024-05-01</span>' +
      '<span data-search-order="newest">2024-05-01</span>' +
      '<span class="x" data-search-order="upvotes">000000042</span>' +
      '<span data-search-order="unknown">zzz</span></div>';
    expect(pageOrderKeys(html)).toEqual({ newest: '2024-05-01', upvotes: '000000042' });
    expect(pageOrderKeys('<p>no keys</p>')).toEqual({});
  });
});

describe('fragmentPages', () => {
  it('reads one page fragment, named by its file', () => {
    expect(fragmentPages('en_abc1234', { url: '/papers/a/', content: 'x' })).toEqual([
      ['/papers/a/', 'en_abc1234'],
    ]);
  });

  it('reads a group of fragments by page id', () => {
    expect(fragmentPages('en_group', { en_1: { url: '/a/' }, en_2: { url: '/b/' }, en_3: 4 })).toEqual([
      ['/a/', 'en_1'],
      ['/b/', 'en_2'],
    ]);
  });

  it('finds nothing in anything else', () => {
    expect(fragmentPages('x', null)).toEqual([]);
    expect(fragmentPages('x', 'text')).toEqual([]);
  });
});

describe('orderLists', () => {
  const ids = new Map([
    ['/papers/a/', 'en_a'],
    ['/papers/b/', 'en_b'],
    ['/papers/c/', 'en_c'],
    ['/papers/d/', 'en_d'],
  ]);
  const pages = [
    { url: '/papers/c/', keys: { newest: '2024-01-01', upvotes: '000000005' } },
    { url: '/papers/a/', keys: { newest: '2024-03-01', upvotes: '000000005' } },
    { url: '/papers/d/', keys: {} },
    { url: '/papers/b/', keys: { newest: '2024-03-01', upvotes: '000000100' } },
    { url: '/not-indexed/', keys: { newest: '2030-01-01' } },
  ];

  it('lists the indexed pages by key, highest first, ties by URL, pages without a key last', () => {
    expect(orderLists(pages, ids)).toEqual({
      newest: ['en_a', 'en_b', 'en_c', 'en_d'],
      upvotes: ['en_b', 'en_a', 'en_c', 'en_d'],
    });
  });

  it('does not depend on the order pages were indexed in', () => {
    expect(orderLists([...pages].reverse(), ids)).toEqual(orderLists(pages, ids));
  });
});
