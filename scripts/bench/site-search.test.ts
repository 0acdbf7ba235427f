import { describe, expect, it } from 'vitest';
import { fileKind, median } from './site-search';

describe('site search helpers', () => {
  it('names each fetched file by its kind', () => {
    expect(fileKind('/pagefind/pagefind.en_e289bd192b.pf_meta')).toBe('pf_meta');
    expect(fileKind('/pagefind/index/en_f5b7bd8.pf_index')).toBe('pf_index');
    expect(fileKind('/pagefind/wasm.en.pagefind')).toBe('wasm');
    expect(fileKind('/pagefind/pagefind-worker.js')).toBe('pagefind-worker.js');
    expect(fileKind('/_astro/controller.BiKKSyui.js')).toBe('js');
    expect(fileKind('/search/filters.json')).toBe('json');
  });

  it('takes the median of odd and even lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
