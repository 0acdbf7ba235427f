import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileTaxonomy, tagPaper } from './tag';
import type { TaxonomyInput } from './taxonomy';
import { validateTaxonomy } from './taxonomy';

/** A one-tag taxonomy (slug `t`) built from the given evidence fields. */
function one(fields: Record<string, unknown>, settings: TaxonomyInput['settings'] = {}) {
  return validateTaxonomy({ settings, tags: [{ slug: 't', name: 'T', description: 'd', ...fields }] });
}

/** The score of tag `t` for an abstract (title empty), or 0 when the tag is not assigned. */
function abstractScore(fields: Record<string, unknown>, abstract: string): number {
  return tagPaper(one(fields, { minScore: 0.5 }), { title: '', abstract })[0]?.score ?? 0;
}

describe('phrases', () => {
  test('are case-insensitive and accept plural, hyphen, space and glued variants', () => {
    const ssm = { phrases: ['state space model'] };
    expect(abstractScore(ssm, 'State-Space Models are fast.')).toBe(1);
    expect(abstractScore(ssm, 'a state space model; two STATE SPACE MODELS; statespace models')).toBe(3);
    expect(abstractScore({ phrases: ['sparsity'] }, 'activation sparsities')).toBe(1);
    expect(abstractScore({ phrases: ['KV cache'] }, 'KV-caches and kv caches')).toBe(2);
  });

  test('match whole words only', () => {
    expect(abstractScore({ phrases: ['distill'] }, 'undistilled distiller')).toBe(0);
    expect(abstractScore({ phrases: ['model'] }, 'models modeling remodel')).toBe(1);
    expect(abstractScore({ phrases: ['prun*'] }, 'DivPrune')).toBe(0);
  });

  test('a trailing * matches any continuation of the word', () => {
    const quant = { phrases: ['quantiz*'] };
    expect(abstractScore(quant, 'Quantization of quantized models; we quantize.')).toBe(3);
    expect(abstractScore(quant, 'quantum quanta')).toBe(0);
    expect(abstractScore({ phrases: ['token prun*'] }, 'token-pruning, tokens pruned')).toBe(2);
  });

  test('letters outside ASCII count as word characters, emoji do not', () => {
    expect(abstractScore({ phrases: ['model'] }, '𝑥model')).toBe(0);
    expect(abstractScore({ phrases: ['model'] }, 'émodel')).toBe(0);
    expect(abstractScore({ phrases: ['model'] }, '😀model')).toBe(1);
    expect(abstractScore({ phrases: ['café'] }, 'CAFÉS')).toBe(1);
  });
});

describe('acronyms', () => {
  const moe = { acronyms: ['MoE'] };

  test('are case-sensitive', () => {
    expect(abstractScore(moe, 'MoE')).toBe(1);
    expect(abstractScore(moe, 'moe MOE Moe')).toBe(0);
  });

  test('respect word boundaries but allow a plural and camel-case compounds', () => {
    expect(abstractScore(moe, 'Moen said')).toBe(0);
    expect(abstractScore(moe, 'MoEs, MoE-based, MoE$^2$, EdgeMoE')).toBe(4);
    expect(abstractScore({ acronyms: ['SSM'] }, 'SSMs and an SSM')).toBe(2);
    expect(abstractScore({ acronyms: ['NAS'] }, 'ProxylessNAS, NASA, DNAS, NASNet')).toBe(1);
  });

  test('an acronym inside a matched phrase of the same tag counts once', () => {
    expect(abstractScore({ phrases: ['KV cache'], acronyms: ['KV'] }, 'the KV cache and KV pairs')).toBe(2);
  });
});

describe('exclude and ignore', () => {
  const fpga = { acronyms: ['FPGA'], exclude: ['patch-free global learning'] };

  test('exclude vetoes the tag for the whole paper', () => {
    const taxonomy = one(fpga);
    expect(
      tagPaper(taxonomy, { title: 'FPGA: A Fast Patch-Free Global Learning Framework', abstract: '' }),
    ).toEqual([]);
    expect(tagPaper(taxonomy, { title: 'LLM inference on FPGAs', abstract: '' })).toHaveLength(1);
  });

  test('ignore only removes the ignored text from the evidence', () => {
    const quant = { phrases: ['quantiz*'], ignore: ['vector quantiz*'] };
    expect(abstractScore(quant, 'vector quantization bottlenecks')).toBe(0);
    expect(abstractScore(quant, 'vector quantization and 4-bit weight quantization')).toBe(1);
  });
});

describe('scoring', () => {
  const ssm = one({ phrases: ['state space model'], acronyms: ['SSM'] });

  test('one title hit is enough, one passing mention in the abstract is not, two are', () => {
    expect(tagPaper(ssm, { title: 'Bidirectional State Space Models', abstract: '' })).toEqual([
      { slug: 't', score: 3, evidence: ['state space model'] },
    ]);
    expect(tagPaper(ssm, { title: 'Transformers', abstract: 'Unlike SSMs, we use attention.' })).toEqual([]);
    expect(tagPaper(ssm, { title: 'Transformers', abstract: 'SSMs and state space models.' })).toEqual([
      { slug: 't', score: 2, evidence: ['state space model', 'SSM'] },
    ]);
  });

  test('a tag can demand more evidence than the default', () => {
    const strict = one({ phrases: ['video'], minScore: 3 });
    expect(tagPaper(strict, { title: '', abstract: 'video, video' })).toEqual([]);
    expect(tagPaper(strict, { title: '', abstract: 'video, video, video' })[0]?.score).toBe(3);
  });

  test('evidence lists the terms as written in the taxonomy, strongest first', () => {
    const paper = { title: 'SSM', abstract: 'A State-Space Model, SSMs, an SSM.' };
    expect(tagPaper(ssm, paper)[0]?.evidence).toEqual(['SSM', 'state space model']);
  });

  test('tags come sorted by score, at most maxTags, ties in taxonomy order', () => {
    const taxonomy = validateTaxonomy({
      settings: { maxTags: 2 },
      tags: ['alpha', 'beta', 'gamma', 'delta'].map((word) => ({
        slug: word,
        name: word,
        description: word,
        phrases: [word],
      })),
    });
    const tags = tagPaper(taxonomy, {
      title: 'delta',
      abstract: 'alpha beta gamma alpha beta gamma gamma delta',
    });
    expect(tags.map((t) => [t.slug, t.score])).toEqual([
      ['delta', 4],
      ['gamma', 3],
    ]);
    expect(tagPaper(taxonomy, { title: 'beta alpha', abstract: '' }).map((t) => t.slug)).toEqual([
      'alpha',
      'beta',
    ]);
  });

  test('tagPaper agrees with a held compiled matcher', () => {
    const paper = { title: 'State space models', abstract: 'SSMs scale linearly.' };
    expect(tagPaper(ssm, paper)).toEqual(compileTaxonomy(ssm)(paper));
  });
});

describe('invariants on arbitrary text', () => {
  const taxonomy = validateTaxonomy({
    settings: { maxTags: 3 },
    tags: [
      {
        slug: 'a',
        name: 'A',
        description: 'd',
        phrases: ['state space model', 'quantiz*'],
        acronyms: ['SSM'],
      },
      { slug: 'b', name: 'B', description: 'd', phrases: ['model'], ignore: ['model size'] },
      { slug: 'c', name: 'C', description: 'd', acronyms: ['MoE', 'KV'], exclude: ['moen'] },
      { slug: 'd', name: 'D', description: 'd', phrases: ['ab'], minScore: 1 },
    ],
  });
  const words = fc.constantFrom(
    'state',
    'space',
    'model',
    'Models',
    'SSM',
    'MoE',
    'KV',
    'quantized',
    'ab',
    'é',
    '𝑥',
    '-',
  );
  const text = fc.array(fc.oneof(words, fc.string()), { maxLength: 30 }).map((parts) => parts.join(' '));

  test('never throws; scores pass the threshold; sorted, unique, bounded', () => {
    fc.assert(
      fc.property(text, text, (title, abstract) => {
        const tags = tagPaper(taxonomy, { title, abstract });
        expect(tags.length).toBeLessThanOrEqual(3);
        expect(new Set(tags.map((t) => t.slug)).size).toBe(tags.length);
        for (const [i, t] of tags.entries()) {
          expect(t.score).toBeGreaterThanOrEqual(t.slug === 'd' ? 1 : 2);
          expect(t.evidence.length).toBeGreaterThan(0);
          if (i > 0) expect(t.score).toBeLessThanOrEqual(tags[i - 1]?.score ?? Infinity);
        }
      }),
    );
  });

  test('phrases ignore case: upper-casing the text keeps every phrase-only tag', () => {
    const phraseOnly = validateTaxonomy({
      tags: [{ slug: 'a', name: 'A', description: 'd', phrases: ['state space model', 'quantiz*', 'model'] }],
    });
    fc.assert(
      fc.property(text, (abstract) => {
        const lower = tagPaper(phraseOnly, { title: '', abstract: abstract.toLowerCase() });
        const upper = tagPaper(phraseOnly, { title: '', abstract: abstract.toUpperCase() });
        expect(upper.map((t) => t.score)).toEqual(lower.map((t) => t.score));
      }),
    );
  });
});
