/**
 * The 404 page's guess: a missing `/papers/<slug>/` most likely names a paper whose slug
 * changed or was mistyped, and the slug's words are a good search for it. Pure.
 */

/**
 * Search words guessed from a path, or `''`. `/sub/papers/mamba-linear-time-5f9d61/` under base
 * `/sub/` gives `mamba linear time`: the six-hex-digit identity hash ends every slug and means
 * nothing to a search, so it is dropped.
 */
export function guessQuery(pathname: string, base: string): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // Malformed escapes: use the path as it is.
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (path.startsWith(prefix)) path = path.slice(prefix.length);
  else path = path.replace(/^\/+/, '');
  const slug = /^papers\/([^/]+)/.exec(path)?.[1];
  if (!slug) return '';
  return slug
    .replace(/\.html?$/i, '')
    .replace(/-[0-9a-f]{6}$/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}
