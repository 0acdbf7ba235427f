import { describe, expect, it } from 'vitest';
import { runSearch as run, type OrderSource } from './engine';
import type { PagefindModule, SearchOptions, SearchResponse, SearchResult } from './pagefind-api';

/**
 * A fake index that matches like Pagefind: a page matches a term when one of its words starts
 * with it, or — when no word of the whole index does — when one of its words is the longest
 * indexed prefix of the term (Pagefind's fallback, which the engine must see through).
 */
function fakePagefind(pages: Record<string, string[]>) {
  const calls: { term: string | null; options?: SearchOptions | undefined }[] = [];
  const vocabulary = [...new Set(Object.values(pages).flat())];
  const expand = (term: string): string[] => {
    const extensions = vocabulary.filter((w) => w.startsWith(term));
    if (extensions.length > 0) return extensions;
    const prefixes = vocabulary.filter((w) => term.startsWith(w)).sort((a, b) => b.length - a.length);
    return prefixes.slice(0, 1);
  };
  const respond = (term: string | null, options?: SearchOptions): SearchResponse => {
    calls.push({ term, options });
    const terms = term === null ? [] : term.toLowerCase().split(/\s+/).filter(Boolean);
    const results: SearchResult[] = Object.entries(pages)
      .filter(([, words]) => terms.every((t) => expand(t).some((w) => words.includes(w))))
      .map(([id, words]) => ({
        id,
        score: 1,
        data: async () => ({
          url: `/papers/${id}/`,
          excerpt: '',
          meta: { title: id },
          content: words.join(' '),
          locations: words.flatMap((w, i) => (terms.some((t) => expand(t).includes(w)) ? [i] : [])),
        }),
      }));
    return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
  };
  const pagefind: PagefindModule = {
    options: async () => {},
    init: async () => {},
    search: async (term, options) => respond(term, options),
    debouncedSearch: async (term, options) => respond(term, options),
    preload: async () => {},
    filters: async () => ({}),
  };
  return { pagefind, calls };
}

const PAGES = {
  mamba: ['mamba', 'ssm', 'selective'],
  hydra: ['hydra', 'ssm', 'x'],
  vit: ['vision', 'transformer', 'z'],
};
const base = { filters: {}, sort: 'relevance' as const };

/** An order source that fails: a relevance search must never ask for an order. */
const noOrders: OrderSource = () => Promise.reject(new Error('no order expected'));
const runSearch = (pagefind: PagefindModule, request: Parameters<typeof run>[1], orders = noOrders) =>
  run(pagefind, request, orders);
/** Orders as lists of page ids, first shown first. */
const ordersOf =
  (lists: Record<string, string[]>): OrderSource =>
  async (order) =>
    new Map((lists[order] ?? []).map((id, i) => [id, i]));

describe('runSearch', () => {
  it('is idle for an empty query without filters', async () => {
    const { pagefind, calls } = fakePagefind(PAGES);
    expect(await runSearch(pagefind, { ...base, query: '  ' })).toMatchObject({ status: { kind: 'idle' } });
    expect(calls).toEqual([]);
  });

  it('lists every page that passes the filters when there is no query', async () => {
    const { pagefind, calls } = fakePagefind(PAGES);
    const orders = ordersOf({ newest: ['vit', 'mamba', 'hydra'] });
    const outcome = await runSearch(pagefind, { query: '', filters: { tag: 'SSM' }, sort: 'newest' }, orders);
    expect(outcome?.status).toEqual({ kind: 'browse', count: 3, filtered: true, order: 'newest' });
    expect(calls[0]).toEqual({ term: null, options: { filters: { tag: 'SSM' } } });
    expect(outcome?.results.map((r) => r.id)).toEqual(['vit', 'mamba', 'hydra']);
  });

  it('puts the results of a query in the chosen order, and keeps relevance order otherwise', async () => {
    const { pagefind } = fakePagefind(PAGES);
    const orders = ordersOf({ upvotes: ['hydra', 'vit', 'mamba'], newest: ['mamba', 'vit', 'hydra'] });
    const ids = async (sort: 'relevance' | 'newest' | 'upvotes') =>
      (await runSearch(pagefind, { query: 'ssm', filters: {}, sort }, orders))?.results.map((r) => r.id);
    expect(await ids('relevance')).toEqual(['mamba', 'hydra']);
    expect(await ids('upvotes')).toEqual(['hydra', 'mamba']);
    expect(await ids('newest')).toEqual(['mamba', 'hydra']);
  });

  it('fails when the chosen order cannot be loaded, so the dialog can say so', async () => {
    const { pagefind } = fakePagefind(PAGES);
    await expect(runSearch(pagefind, { query: 'ssm', filters: {}, sort: 'newest' })).rejects.toThrow(
      'no order expected',
    );
  });

  it('reports the results of a query, prefixes included', async () => {
    const { pagefind } = fakePagefind(PAGES);
    const outcome = await runSearch(pagefind, { ...base, query: ' ss ' });
    expect(outcome?.status).toEqual({ kind: 'results', query: 'ss', count: 2 });
    expect(outcome?.matched).toBe('ss');
  });

  it('sees through the prefix fallback: an unknown word matches nothing', async () => {
    const { pagefind } = fakePagefind(PAGES);
    // Pagefind would answer `xyzzy` with the page holding a lone `x`.
    expect((await runSearch(pagefind, { ...base, query: 'xyzzy' }))?.status).toEqual({
      kind: 'none',
      query: 'xyzzy',
    });
  });

  it('retries without the words no page contains, and says which', async () => {
    const { pagefind } = fakePagefind(PAGES);
    const outcome = await runSearch(pagefind, { ...base, query: 'mamba zzzunknown ssm' });
    expect(outcome?.status).toEqual({ kind: 'fallback', dropped: ['zzzunknown'], count: 1 });
    expect(outcome?.matched).toBe('mamba ssm');
    expect(outcome?.results.map((r) => r.id)).toEqual(['mamba']);
  });

  it('retries even when the fallback prefix made the whole query find something', async () => {
    const { pagefind } = fakePagefind(PAGES);
    // `hydra xylophone` finds the hydra page through its lone `x`: junk, not a match.
    const outcome = await runSearch(pagefind, { ...base, query: 'hydra xylophone' });
    expect(outcome?.status).toEqual({ kind: 'fallback', dropped: ['xylophone'], count: 1 });
  });

  it('finds nothing when the words exist but never together', async () => {
    const { pagefind } = fakePagefind(PAGES);
    const outcome = await runSearch(pagefind, { ...base, query: 'hydra vision' });
    expect(outcome?.status).toEqual({ kind: 'none', query: 'hydra vision' });
  });

  it('finds nothing when no word exists', async () => {
    const { pagefind } = fakePagefind(PAGES);
    expect((await runSearch(pagefind, { ...base, query: 'qqq www' }))?.status).toEqual({
      kind: 'none',
      query: 'qqq www',
    });
  });

  it('trusts an exact phrase search', async () => {
    const { pagefind } = fakePagefind({ a: ['"mamba"'] });
    expect((await runSearch(pagefind, { ...base, query: '"mamba"' }))?.status.kind).toBe('results');
  });

  it('gives up quietly when a newer search superseded this one', async () => {
    const { pagefind } = fakePagefind(PAGES);
    pagefind.debouncedSearch = async () => null;
    expect(await runSearch(pagefind, { ...base, query: 'mamba' })).toBeNull();
  });
});
