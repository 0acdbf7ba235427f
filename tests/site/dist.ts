/**
 * Test helper: the built site in `dist/` (made by `npm run build`, which `npm test` runs first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folder of the built site. */
export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** Text of a file of the built site; fails with a hint when the site was not built. */
export function readDist(path: string): string {
  const full = join(DIST, path);
  if (!existsSync(full)) throw new Error(`${full} is missing: run \`npm run build\` before these tests`);
  return readFileSync(full, 'utf8');
}

/** Whether a root-relative URL path (`/papers/x/`) of the built site has a page. */
export function pageExists(urlPath: string, base = '/'): boolean {
  const rel = urlPath.startsWith(base) ? urlPath.slice(base.length) : urlPath.replace(/^\//, '');
  return existsSync(join(DIST, rel, rel === '' || rel.endsWith('/') ? 'index.html' : ''));
}
