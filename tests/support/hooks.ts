/**
 * Test helper: vitest hooks that give a test file one Chromium and a server per built site,
 * started before its tests and closed after them. Each returns a getter, valid inside tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { SiteBuild } from '../site/dist';
import { launchChromium } from './browser';
import { openPage, type OpenedPage, type OpenOptions } from './page';
import { serveSite, type StaticServer } from './static-server';

function getter<T>(what: string, value: () => T | undefined): () => T {
  return () => {
    const v = value();
    if (v === undefined) throw new Error(`${what} is not ready: use it inside a test, after beforeAll`);
    return v;
  };
}

/** One Chromium for the whole test file (call at the top level of the file). */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return getter('the browser', () => browser);
}

/** A static server for `build`, for the enclosing describe block (or file). */
export function useServer(build: SiteBuild): () => StaticServer {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveSite(build.dir, build.base);
  });
  afterAll(async () => {
    await server?.close();
  });
  return getter(`the server of ${build.name}`, () => server);
}

/**
 * Opens pages in `browser` for one test at a time: the page a test opened is closed after it and,
 * unless `allowErrors`, the test fails if the page logged an error (call at the top level).
 */
export function usePages(
  browser: () => Browser,
  { allowErrors = false }: { allowErrors?: boolean } = {},
): (url: string, options?: OpenOptions) => Promise<OpenedPage> {
  let opened: OpenedPage | undefined;
  afterEach(async () => {
    const errors = opened?.errors ?? [];
    await opened?.close();
    opened = undefined;
    if (!allowErrors) expect(errors).toEqual([]);
  });
  return async (url, options) => {
    opened = await openPage(browser(), url, options);
    return opened;
  };
}
