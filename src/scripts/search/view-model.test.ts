import { describe, expect, it } from 'vitest';
import type { ResultData } from './pagefind-api';
import { excerptRuns, resultView, safeUrl } from './view-model';

const ORIGIN = 'https://atlas.example';

describe('excerptRuns', () => {
  it('keeps <mark> as the only markup and joins the rest as text', () => {
    expect(excerptRuns('fast <mark>Mamba</mark> blocks and <mark>mamba</mark>')).toEqual([
      { text: 'fast ', mark: false },
      { text: 'Mamba', mark: true },
      { text: ' blocks and ', mark: false },
      { text: 'mamba', mark: true },
    ]);
  });

  it('decodes the entities Pagefind writes, so text shows as typed', () => {
    expect(excerptRuns('if a &lt;b&gt; &amp; c')).toEqual([{ text: 'if a <b> & c', mark: false }]);
  });

  it('drops any other tag and its attributes, leaving inert text', () => {
    const runs = excerptRuns('x<img src=x onerror=alert(1)><script>alert(2)</script><MARK >y</mark >');
    expect(runs).toEqual([
      { text: 'xalert(2)', mark: false },
      { text: 'y', mark: true },
    ]);
  });

  it('keeps an escaped tag as visible text', () => {
    expect(excerptRuns('&lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([
      { text: '<script>alert(1)</script>', mark: false },
    ]);
  });
});

describe('safeUrl', () => {
  it('keeps site paths and same-origin URLs, and nothing else', () => {
    expect(safeUrl('/sub/papers/x/', ORIGIN)).toBe('/sub/papers/x/');
    expect(safeUrl(`${ORIGIN}/papers/x/#abstract`, ORIGIN)).toBe('/papers/x/#abstract');
    expect(safeUrl('//evil.example/x', ORIGIN)).toBe('#');
    expect(safeUrl('javascript:alert(1)', ORIGIN)).toBe('#');
    expect(safeUrl('https://evil.example/', ORIGIN)).toBe('#');
    expect(safeUrl('not a url', ORIGIN)).toBe('#');
  });
});

describe('resultView', () => {
  const data: ResultData = {
    url: '/papers/mamba-5f9d61/',
    excerpt: 'the <mark>Mamba</mark> model',
    meta: { title: '<b>Mamba</b> & co', date: '2023-12-01', tags: 'State-space models · KV cache' },
    filters: { tag: ['State-space models', 'Retrieval, ranking & recommendation'] },
  };

  it('builds a row of plain strings: meta text is kept verbatim for the renderer to set as text', () => {
    expect(resultView(data, ORIGIN)).toEqual({
      url: '/papers/mamba-5f9d61/',
      title: '<b>Mamba</b> & co',
      date: { iso: '2023-12-01', label: '1 Dec 2023' },
      tags: ['State-space models', 'Retrieval, ranking & recommendation'],
      organisation: undefined,
      excerpt: [
        { text: 'the ', mark: false },
        { text: 'Mamba', mark: true },
        { text: ' model', mark: false },
      ],
    });
  });

  it('falls back to the tags meta, and ignores a malformed date', () => {
    const view = resultView({ ...data, filters: {}, meta: { ...data.meta, date: 'soon' } }, ORIGIN);
    expect(view.tags).toEqual(['State-space models', 'KV cache']);
    expect(view.date).toBeUndefined();
  });

  it('names an untitled page', () => {
    expect(resultView({ ...data, meta: {} }, ORIGIN).title).toBe('Untitled paper');
  });
});
