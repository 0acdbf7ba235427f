import { readFile } from 'node:fs/promises';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { compileWorker } from '../../integrations/offline';
import { CACHE_PAGE_MESSAGE, PREFETCH_SEARCH_MESSAGE } from './register-sw';
import {
  CACHE_MESSAGE,
  cacheKey,
  cacheName,
  isStaleCache,
  offlinePage,
  PREFETCH_MESSAGE,
  routeOf,
  urlsToCache,
} from './sw';

const scope = new URL('https://atlas.example/sub/');
const at = (path: string) => new URL(path, 'https://atlas.example');

describe('routeOf', () => {
  it('serves hashed assets and Pagefind files from the cache first', () => {
    expect(routeOf(at('/sub/_astro/Base.abc123.css'), scope)).toBe('cache-first');
    expect(routeOf(at('/sub/pagefind/pagefind.js'), scope)).toBe('cache-first');
    expect(routeOf(at('/sub/pagefind/index/en_1a2b3c.pf_index'), scope)).toBe('cache-first');
    expect(routeOf(at('/sub/pagefind/fragment/en_9f.pf_fragment'), scope)).toBe('cache-first');
  });

  it('goes to the network first for pages and the index entry file', () => {
    expect(routeOf(at('/sub/papers/mamba-5f9d61/'), scope)).toBe('network-first');
    expect(routeOf(at('/sub/'), scope)).toBe('network-first');
    expect(routeOf(at('/sub/pagefind/pagefind-entry.json?ts=1'), scope)).toBe('network-first');
  });

  it('leaves other sites, other scopes and the worker script alone', () => {
    expect(routeOf(new URL('https://cdn.example/sub/x.js'), scope)).toBe('bypass');
    expect(routeOf(at('/other/papers/'), scope)).toBe('bypass');
    expect(routeOf(at('/sub/sw.js'), scope)).toBe('bypass');
  });
});

describe('cache naming', () => {
  it('stores the entry file without its cache-busting query, and drops fragments', () => {
    expect(cacheKey(at('/sub/pagefind/pagefind-entry.json?ts=123'))).toBe(
      'https://atlas.example/sub/pagefind/pagefind-entry.json',
    );
    expect(cacheKey(at('/sub/papers/x/?q=1#abstract'))).toBe('https://atlas.example/sub/papers/x/?q=1');
  });

  it('deletes only older builds of the same scope', () => {
    const mine = cacheName(scope.href, 'v2');
    expect(isStaleCache(cacheName(scope.href, 'v1'), scope.href, 'v2')).toBe(true);
    expect(isStaleCache(mine, scope.href, 'v2')).toBe(false);
    expect(isStaleCache(cacheName('https://atlas.example/', 'v1'), scope.href, 'v2')).toBe(false);
    expect(isStaleCache('someone-else', scope.href, 'v2')).toBe(false);
  });

  it('agrees with the page on the messages', () => {
    expect(PREFETCH_SEARCH_MESSAGE).toBe(PREFETCH_MESSAGE);
    expect(CACHE_PAGE_MESSAGE).toBe(CACHE_MESSAGE);
  });

  it('caches only URLs of its own scope from a page message', () => {
    const urls = [
      'https://atlas.example/sub/papers/x/',
      'https://evil.example/sub/x',
      '/relative',
      'x:y',
      42,
    ];
    expect(urlsToCache({ type: CACHE_MESSAGE, urls }, scope).map(String)).toEqual([
      'https://atlas.example/sub/papers/x/',
    ]);
    expect(urlsToCache({ type: 'other', urls }, scope)).toEqual([]);
    expect(urlsToCache('paper-atlas:cache', scope)).toEqual([]);
    expect(urlsToCache(null, scope)).toEqual([]);
  });

  it('links the offline page home', () => {
    expect(offlinePage('/sub/')).toContain('href="/sub/"');
  });
});

describe('compiled worker', () => {
  it('is a classic script that starts only inside a service worker and registers its handlers', async () => {
    const source = await readFile(new URL('./sw.ts', import.meta.url), 'utf8');
    const code = compileWorker(source, { version: 'abc', searchFiles: ['pagefind.js'] });
    expect(code.startsWith('const BUILD = {"version":"abc","searchFiles":["pagefind.js"]};')).toBe(true);
    expect(code).not.toMatch(/^\s*(export|import)\b/m);
    const script = new Script(code);
    const listeners: string[] = [];
    const self = {
      registration: { scope: scope.href },
      skipWaiting: async () => {},
      clients: { claim: async () => {} },
      addEventListener: (type: string) => listeners.push(type),
    };
    script.runInNewContext({ ...self, URL, globalThis: self });
    expect(listeners.sort()).toEqual(['activate', 'fetch', 'install', 'message']);
  });
});
