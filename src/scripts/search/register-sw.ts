/**
 * Registers the offline service worker (`<base>sw.js`, scope `<base>`) and asks it to fetch the
 * search index for offline use. Only in a production build over http(s): a development server
 * has no `sw.js`, and `file://` pages cannot have a service worker.
 */
import { withBase } from '../../lib/urls';

/** Must equal `PREFETCH_MESSAGE` in `sw.ts` (a test checks), which cannot import this module. */
export const PREFETCH_SEARCH_MESSAGE = 'paper-atlas:prefetch-search';
/** Must equal `CACHE_MESSAGE` in `sw.ts` (a test checks). */
export const CACHE_PAGE_MESSAGE = 'paper-atlas:cache';

/** Register once the page has loaded, so the worker never competes with the page's own requests. */
export function registerServiceWorker(base: string): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (!/^https?:$/.test(location.protocol)) return;
  const register = async () => {
    try {
      await navigator.serviceWorker.register(withBase(base, 'sw.js'), { scope: base });
      // Loaded before the worker was in control (the first visit): hand it this page and what
      // the page loaded, so that this first page can be read offline too.
      if (navigator.serviceWorker.controller) return;
      const ready = await navigator.serviceWorker.ready;
      const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
      ready.active?.postMessage({ type: CACHE_PAGE_MESSAGE, urls });
    } catch {
      // No offline copy then; the site works the same online.
    }
  };
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}

/** After a first search: let the worker fetch the rest of the index so search works offline. */
export function prefetchSearchIndex(): void {
  navigator.serviceWorker?.controller?.postMessage(PREFETCH_SEARCH_MESSAGE);
}
