/**
 * Build-time settings read from the environment: `SITE_URL` (canonical URL of the deployed site,
 * optional) and `BASE_PATH` (sub-path the site is served under, default `/`).
 */
export interface SiteOptions {
  /** Absolute origin for canonical URLs, sitemap and feeds, when given. */
  site?: string;
  /** Sub-path with leading and trailing slash, e.g. `/atlas/`. */
  base: string;
}

function asBase(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Normalise the environment into options. `SITE_URL=https://host/atlas/` alone implies the
 * `/atlas/` sub-path; an explicit `BASE_PATH` wins. A malformed `SITE_URL` throws rather than
 * producing wrong canonical links.
 */
export function siteOptions(env: Record<string, string | undefined>): SiteOptions {
  const raw = env['SITE_URL']?.trim();
  const url = raw ? new URL(raw) : undefined;
  const base = asBase(env['BASE_PATH'] ?? url?.pathname ?? '/');
  return url ? { site: url.origin, base } : { base };
}
