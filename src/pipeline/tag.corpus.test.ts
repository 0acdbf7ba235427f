/**
 * The real taxonomy against the real corpus: the invariants that keep the tags useful to a reader,
 * and spot checks a reader of these papers would make. Parses the seeds crudely on purpose (the
 * real parser is tested elsewhere): a title is a paragraph followed by a paragraph of more than
 * 500 characters, its abstract; papers are deduplicated by lower-cased title.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileTaxonomy } from './tag';
import type { TagMatch } from './tag';
import { parseTaxonomy } from './taxonomy';

const root = join(import.meta.dirname, '..', '..');

function readCorpus(): { title: string; abstract: string }[] {
  const papers = new Map<string, { title: string; abstract: string }>();
  const dir = join(root, 'seeds');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const paragraphs = readFileSync(join(dir, file), 'utf8')
      .split(/\r?\n\s*\r?\n/)
      .map((p) => p.trim());
    paragraphs.forEach((title, i) => {
      const abstract = paragraphs[i + 1] ?? '';
      if (title.length <= 500 && abstract.length > 500 && !papers.has(title.toLowerCase()))
        papers.set(title.toLowerCase(), { title, abstract });
    });
  }
  return [...papers.values()];
}

const papers = readCorpus();
const taxonomy = parseTaxonomy(
  readFileSync(join(root, 'content', 'taxonomy.yaml'), 'utf8'),
  'content/taxonomy.yaml',
);
const match = compileTaxonomy(taxonomy);
const tagged = papers.map((paper) => ({ ...paper, tags: match(paper) }));

/** Slugs of the one paper whose title starts with `prefix` (fails if there is not exactly one). */
function slugsOf(prefix: string): string[] {
  const found = tagged.filter((p) => p.title.startsWith(prefix));
  expect(found.map((p) => p.title)).toHaveLength(1);
  return found[0]?.tags.map((t: TagMatch) => t.slug) ?? [];
}

describe('the taxonomy on the corpus', () => {
  test('the crude parse finds the corpus', () => {
    expect(papers.length).toBeGreaterThanOrEqual(250);
  });

  test('has 25–45 tags', () => {
    expect(taxonomy.tags.length).toBeGreaterThanOrEqual(25);
    expect(taxonomy.tags.length).toBeLessThanOrEqual(45);
  });

  test('every paper gets 0–6 tags and at least 90% get one', () => {
    for (const paper of tagged) expect(paper.tags.length).toBeLessThanOrEqual(6);
    const untagged = tagged.filter((p) => p.tags.length === 0).map((p) => p.title);
    expect(untagged.length / papers.length, untagged.join('\n')).toBeLessThanOrEqual(0.1);
  });

  test('no tag covers more than a third of the corpus, every tag covers at least two papers', () => {
    const counts = new Map(taxonomy.tags.map((t) => [t.slug, 0]));
    for (const paper of tagged) for (const t of paper.tags) counts.set(t.slug, (counts.get(t.slug) ?? 0) + 1);
    for (const [slug, count] of counts) {
      expect(count, slug).toBeLessThanOrEqual(papers.length / 3);
      expect(count, slug).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('spot checks a reader would make', () => {
  test('Mamba is a state-space model', () => {
    expect(slugsOf('Mamba: Linear-Time Sequence Modeling')).toContain('state-space-models');
    expect(slugsOf('Vision Mamba:')).toContain('state-space-models');
  });

  test('speculative-decoding papers get that tag', () => {
    expect(slugsOf('LongSpec: Long-Context Lossless Speculative Decoding')).toContain('speculative-decoding');
    expect(slugsOf('Lossless Acceleration for Seq2seq Generation')).toContain('speculative-decoding');
  });

  test('the two papers titled "Hydra:" are told apart', () => {
    const medusa = slugsOf('Hydra: Sequentially-Dependent Draft Heads');
    const ssm = slugsOf('Hydra: Bidirectional State Space Models');
    expect(medusa).toContain('speculative-decoding');
    expect(medusa).not.toContain('state-space-models');
    expect(ssm).toContain('state-space-models');
    expect(ssm).not.toContain('speculative-decoding');
  });

  test('an acronym used in another sense does not assign the tag', () => {
    expect(slugsOf('FPGA: Fast Patch-Free Global Learning')).not.toContain('hardware-accelerators');
    expect(slugsOf('FlightLLM:')).toContain('hardware-accelerators');
  });

  test('topic tags land where the title says', () => {
    const expectations: [string, string[]][] = [
      ['DistServe:', ['llm-serving']],
      ['Q-Diffusion: Quantizing Diffusion Models', ['quantization', 'diffusion-models']],
      ['EdgeMoE:', ['mixture-of-experts', 'edge-devices']],
      ['DivPrune:', ['token-reduction', 'vision-language-models']],
      ['MnasNet:', ['neural-architecture-search']],
      ['One Timestep is All You Need: Training Spiking', ['spiking-neural-networks']],
      ['ShadowKV:', ['kv-cache', 'long-context']],
      ['The Hedgehog & the Porcupine:', ['linear-attention']],
      ['CFSP:', ['pruning-sparsity']],
      ['LST: Ladder Side-Tuning', ['parameter-efficient-fine-tuning']],
    ];
    for (const [title, slugs] of expectations)
      expect(slugsOf(title), title).toEqual(expect.arrayContaining(slugs));
  });
});
