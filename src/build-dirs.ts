/**
 * Where a build reads and writes, from the environment, so that several builds (the site, a
 * sub-path build, a test corpus, a benchmark) keep their outputs apart:
 * - `CONTENT_OUT`: where the pipeline writes `papers/` and `index/` (default `content`);
 * - `OUT_DIR`: where Astro writes the site (default `dist`);
 * the Astro cache follows `OUT_DIR`, so a second build never reuses the first one's data store.
 * Run such builds one after another: Astro still writes `.astro/` in the project root, so two
 * builds of one checkout at the same moment can read each other's generated modules.
 */
export interface BuildDirs {
  /** Folder holding the generated `papers/*.mdx` and `index/*.json`. */
  content: string;
  /** Folder of the built site. */
  out: string;
  /** Astro's cache folder for this build. */
  cache: string;
}

/** Read the folders from the environment (relative paths are relative to the project). */
export function buildDirs(env: Record<string, string | undefined>): BuildDirs {
  const content = env['CONTENT_OUT']?.trim() || 'content';
  const out = env['OUT_DIR']?.trim() || 'dist';
  const cache =
    out === 'dist' ? 'node_modules/.astro' : `node_modules/.astro/${out.replace(/[^\w.-]+/g, '_')}`;
  return { content, out, cache };
}
