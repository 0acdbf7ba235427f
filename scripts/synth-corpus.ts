/**
 * Writes a synthetic corpus for benchmarks (see `src/bench/synth-corpus.ts`):
 *
 *   tsx scripts/synth-corpus.ts --papers N --out DIR [--seed S] [--max-per-file M] [--from DIR]
 *
 * Sentences come from the real listings in `--from` (default `seeds/`). The folder `--out` ends up
 * holding exactly the generated listing files: listing files (`*.txt`) left from an earlier run
 * are removed, so a smaller corpus never mixes with a larger one. Writing into the folder the
 * sentences come from is refused.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthCorpus } from '../src/bench/synth-corpus';

const { values } = parseArgs({
  options: {
    papers: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'max-per-file': { type: 'string', default: '1000' },
    from: { type: 'string', default: 'seeds' },
  },
});

const papers = Number(values.papers);
if (!values.out || !Number.isInteger(papers) || papers < 1) {
  console.error('usage: npm run corpus:synth -- --papers N --out DIR [--seed S] [--max-per-file M]');
  process.exit(2);
}
const from = resolve(values.from);
const out = resolve(values.out);
if (out === from) {
  console.error(`corpus:synth: refusing to write into the folder the sentences come from (${values.from})`);
  process.exit(2);
}

const started = performance.now();
const names = (await readdir(from)).filter((n) => n.endsWith('.txt')).sort();
const seedTexts = await Promise.all(names.map((n) => readFile(join(from, n), 'utf8')));
const corpus = synthCorpus(seedTexts, {
  papers,
  seed: Number(values.seed),
  maxPerFile: Number(values['max-per-file']),
});

await mkdir(out, { recursive: true });
const keep = new Set(corpus.files.map((f) => f.name));
for (const name of await readdir(out)) {
  if (name.endsWith('.txt') && !keep.has(name)) await rm(join(out, name));
}
await Promise.all(corpus.files.map((f) => writeFile(join(out, f.name), f.text)));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `corpus:synth: ${corpus.papers} papers in ${corpus.entries} entries, ${corpus.files.length} listing files → ${values.out} (${seconds} s)`,
);
