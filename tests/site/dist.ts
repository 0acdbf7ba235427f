/**
 * Test helper: the built sites the tests read. `dist/` is made by `npm run build`; the sub-path
 * build (`BASE_PATH=/sub/`) in `.test-build/dist-sub/` by the second build of `npm test`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folder of the built site. */
export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** One built site the checks run against: its folder and the base path it was built for. */
export interface SiteBuild {
  /** Short name shown in test titles. */
  name: string;
  /** Folder holding the built site. */
  dir: string;
  /** Base path it was built for, with leading and trailing slash. */
  base: string;
}

/** The main build (`npm run build` → `dist/`, served at `/`). */
export const MAIN_BUILD: SiteBuild = { name: 'site at /', dir: DIST, base: '/' };

/** The same site built with `BASE_PATH=/sub/` (see the `test` script in package.json). */
export const SUB_BUILD: SiteBuild = {
  name: 'site at /sub/',
  dir: process.env['SUB_DIST_DIR'] ?? '.test-build/dist-sub',
  base: '/sub/',
};

/** Every build the site-wide checks cover. */
export const SITE_BUILDS: readonly SiteBuild[] = [MAIN_BUILD, SUB_BUILD];

/** Text of a file of a built site; fails with a hint when the site was not built. */
export function readDist(path: string, dir = DIST): string {
  const full = join(dir, path);
  if (!existsSync(full)) throw new Error(`${full} is missing: run \`npm test\` (it builds the sites) first`);
  return readFileSync(full, 'utf8');
}

/** Whether a root-relative URL path (`/papers/x/`) of the built site has a page. */
export function pageExists(urlPath: string, base = '/', dir = DIST): boolean {
  const rel = urlPath.startsWith(base) ? urlPath.slice(base.length) : urlPath.replace(/^\//, '');
  return existsSync(join(dir, rel, rel === '' || rel.endsWith('/') ? 'index.html' : ''));
}

/** Paths (relative to `dir`, `/`-separated) of every file under `dir` whose name ends with `ext`. */
export function filesUnder(dir: string, ext: string): string[] {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm test\` (it builds the sites) first`);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Site path (without the base) of an HTML file: `papers/x/index.html` → `papers/x/`. */
export function pathOfHtml(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}
