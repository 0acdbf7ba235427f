/**
 * Astro integration: write the service worker `<out>/sw.js` once the site and its search index
 * are built. The worker's source is `src/scripts/search/sw.ts`, compiled here to a classic script
 * (TypeScript types stripped, `export` dropped) and preceded by the build's constants: a version
 * hash of the pages, assets and index — a new build gets a new cache and the old one is
 * deleted — and the list of search files to fetch for offline search.
 * Register it after the Pagefind integration, whose output it hashes.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { shardFromEnv } from '../shard';

/**
 * Most bytes of search files fetched for offline use after a reader's first search. Within it,
 * the whole index is fetched (about 0.7 MB for 262 papers); above it, the index without the
 * per-page fragments; above that again, only the start-up files, and offline search then knows
 * only what the reader's own searches fetched.
 */
export const OFFLINE_INDEX_BUDGET = 5 * 1024 * 1024;

async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Version of a build: a hash of every page's HTML, the (content-hashed) asset names and
 * Pagefind's entry file, which names the index hash. Same input, same version.
 */
export async function buildVersion(site: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await filesUnder(site)) {
    if (file.endsWith('.html') || file === 'pagefind/pagefind-entry.json') {
      hash.update(`${file}\0`).update(await readFile(join(site, file)));
    } else if (file.startsWith('_astro/')) {
      hash.update(`${file}\0`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Pagefind files (paths below `pagefind/`) to fetch for offline search, within the budget. */
export async function searchFiles(site: string, budget = OFFLINE_INDEX_BUDGET): Promise<string[]> {
  const dir = join(site, 'pagefind');
  // Only the WASM of the languages the index has: Pagefind writes `wasm.unknown.pagefind` too,
  // which a site whose pages all declare their language never loads.
  const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8').catch(() => '{}')) as {
    languages?: Record<string, { wasm?: string }>;
  };
  const wasm = new Set(Object.values(entry.languages ?? {}).map((l) => `wasm.${l.wasm}.pagefind`));
  const files = (await filesUnder(dir)).filter((f) => !/^wasm\..+\.pagefind$/u.test(f) || wasm.has(f));
  const sizes = new Map<string, number>();
  for (const f of files) sizes.set(f, (await stat(join(dir, f))).size);
  const fits = (list: string[]) => list.reduce((n, f) => n + (sizes.get(f) ?? 0), 0) <= budget;
  const withoutFragments = files.filter((f) => !f.startsWith('fragment/'));
  // Start-up files and index chunks first: with those, offline search can at least count.
  if (fits(files)) return [...withoutFragments, ...files.filter((f) => f.startsWith('fragment/'))];
  if (fits(withoutFragments)) return withoutFragments;
  return files.filter((f) => !f.includes('/'));
}

/**
 * Compile the worker source to a classic script: types stripped by TypeScript, then the
 * `export` keywords dropped (a service worker registered without `type: 'module'` cannot
 * export), then the build constants put in front.
 */
export function compileWorker(source: string, build: { version: string; searchFiles: string[] }): string {
  // Through Node's own loader: Astro runs config code in a Vite module runner that is already
  // closed when `astro:build:done` runs, so a dynamic import() there fails.
  const ts = createRequire(import.meta.url)('typescript') as typeof import('typescript');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
  });
  const body = outputText.replace(/^export (?=(?:async )?function |const |let |class )/gm, '').trim();
  if (/^\s*(?:export|import)\b/m.test(body)) throw new Error('sw.ts must not import or re-export');
  return `const BUILD = ${JSON.stringify(build)};\n${body}\n`;
}

/**
 * Writes `<site>/sw.js` for a built site whose search index is in place; `projectRoot` holds
 * `src/scripts/search/sw.ts`. Returns the line to log. Used by the integration and by the merge
 * step of a sharded build.
 */
export async function writeServiceWorker(site: string, projectRoot: URL): Promise<string> {
  const source = await readFile(new URL('src/scripts/search/sw.ts', projectRoot), 'utf8');
  const build = { version: await buildVersion(site), searchFiles: await searchFiles(site) };
  await writeFile(join(site, 'sw.js'), compileWorker(source, build));
  return `sw.js written (build ${build.version}; ${build.searchFiles.length} search files for offline)`;
}

/** The integration. In a shard build (`SHARD`) it does nothing: the merge step writes the worker. */
export default function offline(): AstroIntegration {
  let root: URL | undefined;
  return {
    name: 'paper-atlas:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!root) throw new Error('offline integration: astro:config:done did not run');
        if (shardFromEnv(process.env)) return;
        logger.info(await writeServiceWorker(fileURLToPath(dir), root));
      },
    },
  };
}
