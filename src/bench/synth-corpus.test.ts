/**
 * The synthetic benchmark corpus: deterministic, exactly N distinct papers, realistic file sizes,
 * and read by the real pipeline without a single diagnostic (a benchmark that times the
 * diagnostics path instead of the normal one would measure the wrong thing).
 */
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../tests/fixtures/listings/load-seeds';
import { runPipeline } from '../pipeline/index';
import { parseListing } from '../pipeline/parse-listing';
import { parseTaxonomy } from '../pipeline/taxonomy';
import { synthCorpus } from './synth-corpus';

const seedTexts = loadSeeds().map((f) => String(f));
const asFiles = (files: { name: string; text: string }[]) =>
  files.map((f) => new VFile({ path: `synth/${f.name}`, value: f.text }));

describe('synthCorpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = synthCorpus(seedTexts, { papers: 120, seed: 7 });
    const b = synthCorpus(seedTexts, { papers: 120, seed: 7 });
    const c = synthCorpus(seedTexts, { papers: 120, seed: 8 });
    expect(b).toEqual(a);
    expect(c.files.map((f) => f.text)).not.toEqual(a.files.map((f) => f.text));
  });

  it('yields N distinct papers that the real pipeline reads with zero diagnostics', () => {
    const corpus = synthCorpus(seedTexts, { papers: 400, seed: 3, maxPerFile: 120, minPerFile: 60 });
    const files = asFiles(corpus.files);
    const taxonomy = parseTaxonomy(readFileSync('content/taxonomy.yaml', 'utf8'));
    const result = runPipeline(files, { taxonomy });
    const messages = files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}: ${m.reason}`));
    expect(messages).toEqual([]);
    expect(result.pages).toHaveLength(400);
    expect(corpus.papers).toBe(400);
    expect(result.entries).toBe(corpus.entries);
    // Some papers are repeated in a later listing, as in the real seeds, and merge cleanly.
    expect(result.merged).toBeGreaterThan(0);
    expect(new Set(result.pages.map((p) => p.data.title)).size).toBe(400);
    // Every date got its year, so the page-date lines and explicit years infer as intended.
    const dated = result.pages.filter((p) => p.data.date !== undefined);
    expect(dated.length).toBeGreaterThan(50);
    for (const p of dated) expect(p.data.year).toBeGreaterThan(2000);
    // The cross-link stage has something to do: tags, and mentions of other papers by name.
    expect(result.pages.filter((p) => p.data.tags.length > 0).length).toBeGreaterThan(200);
    expect(result.pages.some((p) => p.data.mentions.length > 0)).toBe(true);
  });

  it('splits the papers into several listings of at most maxPerFile entries', () => {
    const corpus = synthCorpus(seedTexts, { papers: 2_600, seed: 1 });
    expect(corpus.files.length).toBeGreaterThanOrEqual(3);
    for (const file of corpus.files) {
      expect(file.name).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      const { entries } = parseListing(new VFile({ path: file.name, value: file.text }));
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.length).toBeLessThanOrEqual(1_000);
    }
    expect(new Set(corpus.files.map((f) => f.name)).size).toBe(corpus.files.length);
  });

  it('rejects a paper count that is not a positive integer', () => {
    expect(() => synthCorpus(seedTexts, { papers: 0 })).toThrow(/positive integer/);
    expect(() => synthCorpus(seedTexts, { papers: 2.5 })).toThrow(/positive integer/);
  });
});
