/**
 * `npm run screenshots`: pictures of one page of every kind (and the open search dialog) at
 * 1280 px and 360 px wide, in the light and the dark colour scheme, taken from the built site
 * served locally, into `screenshots/` (not committed). Build first (`npm run build`).
 *
 * Environment: `DIST_DIR` (default `dist`) and `BASE_PATH` (default `/`) say which build to
 * serve; `CHROMIUM_PATH` which browser to drive (default `/usr/bin/chromium`).
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { SiteBuild } from '../tests/site/dist';
import { launchChromium } from '../tests/support/browser';
import { openPage } from '../tests/support/page';
import { openSearch, search } from '../tests/support/search-dialog';
import { pageKinds, readExport } from '../tests/support/site-data';
import { serveSite, type StaticServer } from '../tests/support/static-server';

const OUT = 'screenshots';
const WIDTHS = [1280, 360] as const;
const SCHEMES = ['light', 'dark'] as const;
/** Tall list pages are cut here: what matters is the layout, not all 262 rows. */
const MAX_HEIGHT = 6000;

interface Shot {
  name: string;
  path: string;
  /** Something to do before the picture, e.g. open search. */
  prepare?: (page: Page) => Promise<void>;
  /** Only what the window shows (for a modal dialog), not the whole page. */
  windowOnly?: boolean;
}

async function take(browser: Browser, server: StaticServer, shot: Shot, width: number, scheme: string) {
  const opened = await openPage(browser, server.url(shot.path), {
    colorScheme: scheme as 'light' | 'dark',
    viewport: { width, height: 800 },
  });
  try {
    await opened.page.evaluate(() => document.fonts.ready.then(() => undefined));
    await shot.prepare?.(opened.page);
    const height = await opened.page.evaluate(() => document.documentElement.scrollHeight);
    const file = join(OUT, `${shot.name}-${width}-${scheme}.png`);
    if (shot.windowOnly) await opened.page.screenshot({ path: file });
    else if (height <= MAX_HEIGHT) await opened.page.screenshot({ path: file, fullPage: true });
    else
      await opened.page.screenshot({
        path: file,
        fullPage: true,
        clip: { x: 0, y: 0, width, height: MAX_HEIGHT },
      });
    for (const error of opened.errors) console.warn(`  ${shot.name}: ${error}`);
    return file;
  } finally {
    await opened.close();
  }
}

async function main(): Promise<void> {
  const build: SiteBuild = {
    name: 'site',
    dir: process.env['DIST_DIR'] ?? 'dist',
    base: `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/'),
  };
  const shots: Shot[] = pageKinds(readExport(build), build.base).map((k) => ({
    name: k.kind.replace(/\W+/g, '-'),
    path: k.path,
  }));
  shots.push({
    name: 'search-dialog',
    path: '',
    windowOnly: true,
    prepare: async (page) => {
      await search(await openSearch(page), 'state space');
    },
  });

  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const server = await serveSite(build.dir, build.base);
  const browser = await launchChromium();
  let count = 0;
  try {
    for (const shot of shots)
      for (const width of WIDTHS)
        for (const scheme of SCHEMES) {
          const file = await take(browser, server, shot, width, scheme);
          count++;
          console.log(file);
        }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${count} screenshots in ${OUT}/`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
