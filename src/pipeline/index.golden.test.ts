/**
 * Golden fixtures for the whole pipeline: `fixtures/pipeline/<case>/input/*.txt` (listing files)
 * → `output/<slug>.mdx` (every page, byte for byte) and `output/diagnostics.txt`. Regenerate
 * after an intended change with `UPDATE_GOLDEN=1 npx vitest run src/pipeline/index.golden`,
 * then read the diff.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { runPipeline } from './index';
import { parseTaxonomy } from './taxonomy';

const root = new URL('./fixtures/pipeline/', import.meta.url).pathname;
const update = process.env['UPDATE_GOLDEN'] === '1';
const taxonomy = parseTaxonomy(readFileSync('content/taxonomy.yaml', 'utf8'));

describe.each(readdirSync(root))('pipeline golden case %s', (name) => {
  const input = join(root, name, 'input');
  const output = join(root, name, 'output');
  const files = readdirSync(input)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => new VFile({ path: `${name}/${f}`, value: readFileSync(join(input, f), 'utf8') }));
  const result = runPipeline(files, { taxonomy });
  const diagnostics = files
    .flatMap((f) => f.messages.map((m) => `${f.path}:${m.line ?? 0}: ${m.reason}`))
    .join('\n');

  if (update) {
    rmSync(output, { recursive: true, force: true });
    mkdirSync(output, { recursive: true });
    for (const page of result.pages) writeFileSync(join(output, `${page.slug}.mdx`), page.mdx);
    writeFileSync(join(output, 'diagnostics.txt'), `${diagnostics}\n`);
  }

  it('writes exactly the expected pages', () => {
    const expected = readdirSync(output).filter((f) => f.endsWith('.mdx'));
    expect(result.pages.map((p) => `${p.slug}.mdx`).sort()).toEqual(expected.sort());
    for (const page of result.pages)
      expect(page.mdx).toBe(readFileSync(join(output, `${page.slug}.mdx`), 'utf8'));
  });

  it('reports exactly the expected diagnostics', () => {
    expect(`${diagnostics}\n`).toBe(readFileSync(join(output, 'diagnostics.txt'), 'utf8'));
  });
});
