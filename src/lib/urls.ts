/**
 * Every URL the site links to, built in one place so the sub-path (`BASE_PATH`) is never
 * forgotten. Paths are root-relative and end in `/` (the site uses `trailingSlash: 'always'`).
 */

/** Join the base (`/` or `/sub/`) and a path without a leading slash. */
export function withBase(base: string, path = ''): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\/+/, '')}`;
}

/** The permanent page of one paper. */
export const paperPath = (base: string, slug: string) => withBase(base, `papers/${slug}/`);
/** The page of one tag. */
export const tagPath = (base: string, slug: string) => withBase(base, `tags/${slug}/`);
/** The page of one collection (source listing). */
export const collectionPath = (base: string, id: string) => withBase(base, `collections/${id}/`);
/** The page of one year. */
export const yearPath = (base: string, year: number) => withBase(base, `years/${year}/`);

/** An absolute URL when the site's origin is known, else the root-relative path unchanged. */
export function absolute(path: string, site: URL | string | undefined): string {
  return site === undefined ? path : new URL(path, site).href;
}
