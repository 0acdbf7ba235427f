/**
 * Command-line entry of the content pipeline: read listing files, run the pure pipeline, write
 * `content/papers/*.mdx`, print diagnostics and a summary.
 *
 *   tsx scripts/build-content.ts [--strict] [--corpus DIR] [--out DIR]
 *
 * The corpus folder is `--corpus`, else `CORPUS_DIR`, else `seeds/`. Its optional `listings.yaml`
 * names collections and states page years; its optional `taxonomy.yaml` replaces
 * `content/taxonomy.yaml`. Pages go to `<out>/papers/*.mdx`, the collection and tag indexes to
 * `<out>/index/*.json` (default out: `CONTENT_OUT`, else `content/`). `--strict` fails the run on any diagnostic.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { buildDirs } from '../src/build-dirs';
import { parseListingsConfig } from '../src/listings-config';
import { runPipeline, type Measure } from '../src/pipeline/index';
import { parseTaxonomy } from '../src/pipeline/taxonomy';
import { syncPages } from './lib/sync-pages';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    corpus: { type: 'string' },
    out: { type: 'string', default: buildDirs(process.env).content },
  },
});
const corpusDir = resolve(values.corpus ?? process.env['CORPUS_DIR'] ?? 'seeds');
const started = performance.now();

const names = (await readdir(corpusDir)).filter((n) => n.endsWith('.txt')).sort();
// Decode leniently: invalid UTF-8 becomes U+FFFD, which the parser reports with its line, so one
// bad byte costs a diagnostic instead of the whole file.
const decoder = new TextDecoder('utf-8', { fatal: false });
const files = await Promise.all(
  names.map(
    async (name) =>
      new VFile({
        path: join(basename(corpusDir), name),
        value: decoder.decode(await readFile(join(corpusDir, name))),
      }),
  ),
);
const configText = await readFile(join(corpusDir, 'listings.yaml'), 'utf8').catch(() => '');
const config = parseListingsConfig(configText);
// A corpus may bring its own taxonomy; otherwise the project's curated one applies.
const taxonomyPath = await readFile(join(corpusDir, 'taxonomy.yaml'), 'utf8').then(
  () => join(corpusDir, 'taxonomy.yaml'),
  () => 'content/taxonomy.yaml',
);
const taxonomy = parseTaxonomy(await readFile(taxonomyPath, 'utf8'), taxonomyPath);

const timings: Record<string, number> = {};
// A large corpus takes long enough that a silent terminal looks hung: report each stage as it
// ends (on stderr, so stdout keeps only the summary other tools parse).
const totalBytes = files.reduce((n, f) => n + String(f.value).length, 0);
const showProgress = process.env['CONTENT_PROGRESS'] === '1' || totalBytes > 5_000_000;
const measure: Measure = (stage, run) => {
  const t0 = performance.now();
  const result = run();
  const ms = performance.now() - t0;
  timings[stage] = (timings[stage] ?? 0) + ms;
  if (showProgress) console.error(`content: ${stage} done in ${(ms / 1000).toFixed(1)} s`);
  return result;
};
const result = runPipeline(files, { taxonomy, listingsConfig: config, measure });

const out = resolve(values.out);
const sync = await syncPages(join(out, 'papers'), new Map(result.pages.map((p) => [`${p.slug}.mdx`, p.mdx])));
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
await syncPages(
  join(out, 'index'),
  new Map([
    ['collections.json', json(result.collections)],
    ['tags.json', json(result.tags)],
  ]),
  '.json',
);
const diagnostics = files.reduce((n, f) => n + f.messages.length, 0);
if (diagnostics > 0)
  console.error(
    reporter(
      files.filter((f) => f.messages.length > 0),
      { quiet: true },
    ),
  );

const seconds = ((performance.now() - started) / 1000).toFixed(2);
const stages = Object.entries(timings)
  .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
  .join(', ');
console.log(
  `content: ${files.length} files, ${result.entries} entries → ${result.pages.length} papers ` +
    `(${result.merged} merged duplicates), ${diagnostics} diagnostics; ` +
    `pages: ${sync.written} written, ${sync.unchanged} unchanged, ${sync.removed} removed; ${seconds} s (${stages})`,
);
const tagged = result.pages.length - result.untagged.length;
console.log(
  `tags: ${tagged} of ${result.pages.length} papers tagged; ${result.untagged.length} untagged` +
    (result.untagged.length > 0
      ? ` (no taxonomy evidence): ${result.untagged.slice(0, 20).join(', ')}` +
        (result.untagged.length > 20 ? `, … and ${result.untagged.length - 20} more` : '')
      : ''),
);
if (files.length === 0) console.warn(`content: no .txt listing files in ${corpusDir}`);
if (values.strict && diagnostics > 0) {
  console.error(`content: --strict: failing on ${diagnostics} diagnostics`);
  process.exitCode = 1;
}
