/**
 * The service worker, served at `<base>sw.js`: keeps what a reader has opened so it can be read
 * and searched again offline. The offline integration compiles this file to a classic script
 * and prepends the build's `BUILD` constant; the exported functions are pure and unit-tested.
 *
 * Strategies, by request:
 * - pages (navigations) and other site files: network first, the cached copy when offline;
 * - `_astro/` assets and Pagefind files: cache first — their names carry a content hash, or
 *   they only change with a build, and every build has its own cache (see `cacheName`);
 * - `pagefind/pagefind-entry.json`: network first, cached without its cache-busting query.
 */

/** Written by the build in front of the compiled script. */
declare const BUILD: {
  /** Hash of the build: pages, assets and search index. */
  version: string;
  /** Pagefind files (paths below `pagefind/`) to fetch for offline search after a first search. */
  searchFiles: string[];
};

/** How a request is answered. */
export type Route = 'bypass' | 'network-first' | 'cache-first';

/** Message a page sends after its first search: fetch the whole search index for offline use. */
export const PREFETCH_MESSAGE = 'paper-atlas:prefetch-search';

/**
 * Message a page sends when it loaded before the worker controlled it (the first visit): the
 * URLs of the page and of what it loaded (styles, scripts, fonts), to keep for offline reading.
 */
export const CACHE_MESSAGE = 'paper-atlas:cache';

/** The URLs of a cache message that this worker may store (its own site and scope), else none. */
export function urlsToCache(data: unknown, scope: URL): URL[] {
  if (typeof data !== 'object' || data === null) return [];
  const { type, urls } = data as { type?: unknown; urls?: unknown };
  if (type !== CACHE_MESSAGE || !Array.isArray(urls)) return [];
  return urls.flatMap((u) => {
    if (typeof u !== 'string') return [];
    try {
      const url = new URL(u);
      return routeOf(url, scope) === 'bypass' ? [] : [url];
    } catch {
      return [];
    }
  });
}

/** The cache of one build of the site at one scope (two sites on one origin never collide). */
export function cacheName(scope: string, version: string): string {
  return `paper-atlas ${scope} ${version}`;
}

/** Whether a cache belongs to this site's scope but to another build, so it can be deleted. */
export function isStaleCache(name: string, scope: string, version: string): boolean {
  return name.startsWith(`paper-atlas ${scope} `) && name !== cacheName(scope, version);
}

/** Choose the strategy for a GET request to `url` from a worker registered at `scope`. */
export function routeOf(url: URL, scope: URL): Route {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return 'bypass';
  const path = url.pathname.slice(scope.pathname.length);
  if (path === 'sw.js') return 'bypass';
  if (path === 'pagefind/pagefind-entry.json') return 'network-first';
  if (path.startsWith('_astro/') || path.startsWith('pagefind/')) return 'cache-first';
  return 'network-first';
}

/**
 * The key a response is stored under. Pagefind asks for its entry file with a `?ts=` query that
 * changes on every load; stored under that, it would never be found again offline.
 */
export function cacheKey(url: URL): string {
  const key = new URL(url.href);
  key.hash = '';
  if (key.pathname.endsWith('/pagefind/pagefind-entry.json')) key.search = '';
  return key.href;
}

/** The page shown for a page that was never opened online. */
export function offlinePage(home: string): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · Paper Atlas</title><main style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6"><h1>You are offline</h1><p>This page has not been opened on this device before, so it was not saved for offline reading. Pages you have opened are available, and so is search once you have used it online.</p><p><a href="${home}">Go to the home page</a></p></main></html>`;
}

interface SwEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface SwMessageEvent extends SwEvent {
  data: unknown;
}
interface SwGlobal {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: SwEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: SwMessageEvent) => void): void;
}

function start(sw: SwGlobal): void {
  const scope = new URL(sw.registration.scope);
  const name = cacheName(scope.href, BUILD.version);

  /** Store a good, same-origin, unredirected response (a redirected one cannot answer a navigation). */
  async function store(url: URL, response: Response): Promise<void> {
    if (!response.ok || response.redirected || response.type !== 'basic') return;
    const cache = await caches.open(name);
    await cache.put(cacheKey(url), response);
  }

  // Storing runs beside the answer (`waitUntil`), so a page never waits for the cache.
  async function networkFirst(event: SwFetchEvent, url: URL): Promise<Response> {
    const { request } = event;
    try {
      const response = await fetch(request);
      event.waitUntil(store(url, response.clone()));
      return response;
    } catch (error) {
      const cached = await caches.match(cacheKey(url), { cacheName: name });
      if (cached) return cached;
      if (request.mode === 'navigate') {
        return new Response(offlinePage(scope.pathname), {
          status: 503,
          headers: { 'Content-Type': 'text/html; charset=utf-8' },
        });
      }
      throw error;
    }
  }

  async function cacheFirst(event: SwFetchEvent, url: URL): Promise<Response> {
    const cached = await caches.match(cacheKey(url), { cacheName: name });
    if (cached) return cached;
    const response = await fetch(event.request);
    event.waitUntil(store(url, response.clone()));
    return response;
  }

  /**
   * Fetch and store URLs not yet cached, a few at a time, in the order given. Stops at the first
   * network failure (the reader went offline); what was stored stays.
   */
  async function prefetch(urls: URL[]): Promise<void> {
    const cache = await caches.open(name);
    const queue = [...urls];
    let failed = false;
    const worker = async () => {
      for (let url = queue.shift(); url && !failed; url = queue.shift()) {
        if (await cache.match(cacheKey(url))) continue;
        try {
          await store(url, await fetch(url));
        } catch {
          failed = true;
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
  }

  sw.addEventListener('install', (event) => {
    event.waitUntil(sw.skipWaiting());
  });

  sw.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        const names = await caches.keys();
        await Promise.all(
          names.filter((n) => isStaleCache(n, scope.href, BUILD.version)).map((n) => caches.delete(n)),
        );
        await sw.clients.claim();
      })(),
    );
  });

  sw.addEventListener('fetch', (event) => {
    if (event.request.method !== 'GET') return;
    const url = new URL(event.request.url);
    const route = routeOf(url, scope);
    if (route === 'bypass') return;
    event.respondWith(route === 'cache-first' ? cacheFirst(event, url) : networkFirst(event, url));
  });

  sw.addEventListener('message', (event) => {
    if (event.data === PREFETCH_MESSAGE) {
      event.waitUntil(prefetch(BUILD.searchFiles.map((f) => new URL(`pagefind/${f}`, scope))));
    } else {
      event.waitUntil(prefetch(urlsToCache(event.data, scope)));
    }
  });
}

// Only inside a service worker; imported by the unit tests, this module just exports.
if (typeof (globalThis as { skipWaiting?: unknown }).skipWaiting === 'function') {
  start(globalThis as unknown as SwGlobal);
}
