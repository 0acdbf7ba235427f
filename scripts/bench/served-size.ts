/**
 * Sizes of a built site's files as a static host sends them: as they are, and as a host that
 * gzips responses would (never more than as they are: Pagefind's files are already compressed).
 * Shared by the two search measurements, which count what the browser fetched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of one served file. */
export interface ServedSize {
  bytes: number;
  gzip: number;
}

/**
 * A lookup of the size of a site path (`/pagefind/x.pf_meta`, decoded; a path ending in `/` is
 * its `index.html`), computed once per path; undefined when the site has no such file.
 */
export function servedSizes(siteDir: string): (path: string) => ServedSize | undefined {
  const known = new Map<string, ServedSize | undefined>();
  return (path) => {
    if (!known.has(path)) {
      const file = join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
      const body = existsSync(file) ? readFileSync(file) : undefined;
      known.set(path, body && { bytes: body.length, gzip: Math.min(body.length, gzipSync(body).length) });
    }
    return known.get(path);
  };
}
