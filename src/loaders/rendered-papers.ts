/**
 * The content loader of the `papers` collection: one entry per generated
 * `content/papers/<slug>.mdx`, rendered to HTML while content syncs (`render-paper.ts`) and
 * stored as the entry's `rendered` HTML, so `render(entry)` returns a component around stored
 * HTML.
 *
 * Why not Astro's `glob()` + `@astrojs/mdx`: that compiles every paper into its own JavaScript
 * module which Vite then bundles, and at 26,000 papers that bundling is most of the build
 * (~1,570 s and 10.4 GB, against ~320 s and 3.8 GB rendered here, with the same article HTML;
 * see bench/results.md). The pages are data, so nothing in them needs to become code.
 *
 * A warm rebuild renders only pages whose text changed (Astro keeps the store between builds);
 * pages whose file is gone are removed. In `astro dev` a changed, added or removed page is
 * re-synced on its own.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import katex from 'katex';
import type { Loader, LoaderContext } from 'astro/loaders';
import { katexOptions } from '../render/markdown-options';
import { buildsPaper, type Shard } from '../shard';
import { readFrontmatter, renderBody } from './render-paper';

/** Options of {@link renderedPapersLoader}. */
export interface RenderedPapersOptions {
  /** Folder of the `.mdx` pages (not searched recursively), relative to the project root or absolute. */
  base: string;
  /**
   * In a sharded build, only this shard's papers are rendered; the others are stored with their
   * data alone (every page still lists and links every paper). See `src/shard.ts`.
   */
  shard?: Shard | undefined;
}

/**
 * Bump when `render-paper.ts` changes what HTML it makes. Astro clears the store when the Astro
 * config or `content.config.ts` changes, but not when this module or a plugin does; mixing this
 * (with KaTeX's version and options, whose output is most of a math page) into every digest
 * makes such a change re-render every page instead of keeping stale HTML.
 */
export const RENDERER_VERSION = 1;
const FINGERPRINT = JSON.stringify([RENDERER_VERSION, katex.version, katexOptions]);

// Pages read and rendered at once: enough to overlap file reads with rendering (which is
// synchronous CPU work, so more would only hold more file text in memory).
const CONCURRENCY = 8;

/** What one sync did. */
interface SyncCounts {
  rendered: number;
  total: number;
  removed: number;
}

/**
 * Makes the loader. Ids are the frontmatter slug, data is validated with the collection schema
 * (`parseData`), and a page that holds MDX code or is not valid MDX fails the sync with an
 * error naming the file: it cannot be shown faithfully, and silently dropping a paper would
 * leave broken links to it.
 */
export function renderedPapersLoader(options: RenderedPapersOptions): Loader {
  // Which entry each file made, so the dev watcher knows what a removed or re-slugged file was.
  const fileToId = new Map<string, string>();
  // Watchers already given our handlers: `load` runs again when content is refreshed in dev,
  // and a second set of handlers would render every change twice.
  const watched = new WeakSet<object>();
  return {
    name: 'paper-atlas-rendered-papers',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = resolve(root, options.base);
      const counts = await syncAll(context, root, dir, fileToId, options.shard);
      context.logger.info(
        `rendered ${counts.rendered} of ${counts.total} papers (${counts.removed} removed)`,
      );
      if (context.watcher && !watched.has(context.watcher)) {
        watched.add(context.watcher);
        watch(context, root, dir, fileToId, options.shard);
      }
    },
  };
}

/** Syncs one page: renders it unless the stored entry has the same digest. */
async function syncFile(
  { store, parseData, generateDigest }: LoaderContext,
  root: string,
  filePath: string,
  shard: Shard | undefined,
): Promise<{ id: string; rendered: boolean }> {
  const text = await readFile(filePath, 'utf8');
  const { id, data, body } = readFrontmatter(text, filePath);
  const withHtml = buildsPaper(shard, id);
  // Whether HTML is stored is part of the digest: an entry kept without HTML by a shard build
  // must be rendered when the same cache later serves a whole build.
  const digest = generateDigest(`${FINGERPRINT}\n${withHtml ? 'html' : 'data'}\n${text}`);
  // Stored paths are posix and relative to the root, as the glob loader stores them.
  const storedPath = relative(root, filePath).split(sep).join('/');
  const existing = store.get(id);
  if (existing?.digest === digest && existing.filePath === storedPath) return { id, rendered: false };
  if (!withHtml) {
    store.set({ id, data: await parseData({ id, data, filePath }), digest, filePath: storedPath });
    return { id, rendered: false };
  }
  const { html, headings } = await renderBody(body, filePath);
  const parsed = await parseData({ id, data, filePath });
  // No `body`: nothing reads it, and 26,000 abstracts would only grow the stored data.
  store.set({ id, data: parsed, digest, filePath: storedPath, rendered: { html, metadata: { headings } } });
  return { id, rendered: true };
}

/** Syncs every page of `dir`; throws, naming every failing file, if any page could not be loaded. */
async function syncAll(
  context: LoaderContext,
  root: string,
  dir: string,
  fileToId: Map<string, string>,
  shard: Shard | undefined,
): Promise<SyncCounts> {
  const { store, logger } = context;
  const untouched = new Set(store.keys());
  fileToId.clear();
  if (!existsSync(dir)) {
    // `astro sync` / `astro check` run before the pipeline in a fresh checkout: warn, like glob().
    logger.warn(`no papers: "${relative(root, dir)}" does not exist (run \`npm run content\` first)`);
    for (const id of untouched) store.delete(id);
    return { rendered: 0, total: 0, removed: untouched.size };
  }
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => join(dir, d.name))
    .sort();
  const failures: string[] = [];
  const idToFile = new Map<string, string>();
  let rendered = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const filePath = files[next++] as string;
      try {
        const result = await syncFile(context, root, filePath, shard);
        // Two files, one entry: which page the site showed would depend on sync order.
        const other = idToFile.get(result.id);
        if (other !== undefined)
          throw new Error(`${filePath}: same slug "${result.id}" as ${other}; each page needs its own`);
        idToFile.set(result.id, filePath);
        fileToId.set(filePath, result.id);
        untouched.delete(result.id);
        if (result.rendered) rendered++;
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  if (failures.length > 0) {
    failures.sort();
    for (const failure of failures) logger.error(failure);
    throw new Error(
      `${failures.length} of ${files.length} paper pages could not be loaded (first: ${failures[0]})`,
    );
  }
  for (const id of untouched) store.delete(id);
  return { rendered, total: files.length, removed: untouched.size };
}

/** In `astro dev`: re-sync a page when it changes or appears, drop its entry when it goes. */
function watch(
  context: LoaderContext,
  root: string,
  dir: string,
  fileToId: Map<string, string>,
  shard: Shard | undefined,
): void {
  const { watcher, store, logger } = context;
  if (!watcher) return;
  watcher.add(dir);
  const isPage = (path: string) => dirname(path) === dir && path.endsWith('.mdx');
  const onChange = async (path: string) => {
    if (!isPage(path)) return;
    try {
      const oldId = fileToId.get(path);
      const { id, rendered } = await syncFile(context, root, path, shard);
      // A page whose slug was edited: its old entry would otherwise linger until a restart.
      if (oldId !== undefined && oldId !== id) store.delete(oldId);
      fileToId.set(path, id);
      if (rendered) logger.info(`re-rendered ${basename(path)}`);
    } catch (error) {
      // The dev server stays up: the page keeps its last good HTML until the file is fixed.
      logger.error(error instanceof Error ? error.message : String(error));
    }
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', (path: string) => {
    const id = fileToId.get(path);
    if (!isPage(path) || id === undefined) return;
    store.delete(id);
    fileToId.delete(path);
    logger.info(`removed ${basename(path)}`);
  });
}
