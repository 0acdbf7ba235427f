import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RelatedInput } from './related';
import { relatedPapers } from './related';
import { Vocabulary, stem } from './text-terms';

const paper = (
  id: string,
  title: string,
  abstract: string,
  extra: Partial<RelatedInput> = {},
): RelatedInput => ({
  id,
  title,
  text: `${title}\n${abstract}`,
  tags: [],
  mentions: [],
  ...extra,
});

const corpus: RelatedInput[] = [
  paper(
    'ssm-a',
    'Selective state space models for long sequences',
    'State space models with a selective scan and recurrence handle long sequences in linear time.',
  ),
  paper(
    'ssm-b',
    'Structured state spaces',
    'We study structured state space models, a recurrence with a selective scan, for long sequences.',
  ),
  paper(
    'spec-a',
    'Speculative decoding with draft heads',
    'Speculative decoding uses a small draft model whose tokens the large model verifies in parallel.',
  ),
  paper(
    'spec-b',
    'Faster speculative decoding',
    'A draft model proposes tokens; speculative decoding verifies the draft tokens in one pass.',
  ),
  paper(
    'kv-a',
    'Compressing the KV cache',
    'The KV cache of long context inference is compressed by evicting unimportant tokens.',
  ),
  paper(
    'kv-b',
    'KV cache eviction for long context',
    'We evict entries of the KV cache so long context inference fits in GPU memory.',
  ),
];
const ids = (list: { id: string }[] | undefined) => (list ?? []).map((r) => r.id);

describe('relatedPapers', () => {
  it("puts each paper's topical twin first, never the paper itself", () => {
    const out = relatedPapers(corpus);
    const twin: Record<string, string> = {
      'ssm-a': 'ssm-b',
      'ssm-b': 'ssm-a',
      'spec-a': 'spec-b',
      'spec-b': 'spec-a',
      'kv-a': 'kv-b',
      'kv-b': 'kv-a',
    };
    corpus.forEach((p, i) => {
      expect(out[i]?.[0]?.id).toBe(twin[p.id]);
      expect(ids(out[i])).not.toContain(p.id);
    });
  });

  it('respects k, keeps scores in [0, 1], sorted, and is deterministic', () => {
    const a = relatedPapers(corpus, { k: 2 });
    expect(relatedPapers(corpus, { k: 2 })).toEqual(a);
    for (const list of a) {
      expect(list.length).toBeLessThanOrEqual(2);
      for (const r of list) {
        expect(r.score).toBeGreaterThan(0);
        expect(r.score).toBeLessThanOrEqual(1);
      }
      for (let i = 1; i < list.length; i++)
        expect(list[i - 1]?.score).toBeGreaterThanOrEqual(list[i]?.score ?? 0);
    }
  });

  it('names shared tags, shared terms and mentions in the reason', () => {
    const tagged = corpus.map((p) =>
      p.id.startsWith('kv')
        ? {
            ...p,
            tags: ['kv-cache', 'long-context'],
            tagNames: { 'kv-cache': 'KV cache', 'long-context': 'long context' },
          }
        : p,
    );
    tagged[5] = { ...(tagged[5] as RelatedInput), mentions: ['kv-a'] };
    const out = relatedPapers(tagged);
    const reason = out[4]?.[0]?.reason ?? '';
    expect(reason).toMatch(/^shares: (KV cache, long context|long context, KV cache)/);
    expect(reason).toMatch(/mentioned by \S/);
    expect(out[0]?.[0]?.reason).toMatch(/terms: .*(state space|selective scan)/);
  });

  it('does not relate two papers only because they share a short name', () => {
    const named = [
      paper(
        'h1',
        'Hydra: draft heads for decoding',
        'Hydra heads propose tokens that a language model verifies.',
      ),
      paper(
        'h2',
        'Hydra: bidirectional matrix mixers',
        'Hydra mixes sequences with quasiseparable matrices.',
      ),
      paper('x', 'Unrelated work on audio codecs', 'An audio codec compresses general sound.'),
    ];
    const out = relatedPapers(named);
    expect(ids(out[0])).not.toContain('h2');
    expect(ids(out[1])).not.toContain('h1');
  });

  it('ranks by tags and mentions when text says nothing', () => {
    const out = relatedPapers([
      paper('a', 'Alpha', 'Completely different words here.', { tags: ['rare'], mentions: ['c'] }),
      paper('b', 'Beta', 'Nothing shared at all with others.', { tags: ['rare'] }),
      paper('c', 'Gamma', 'Other vocabulary entirely present.'),
    ]);
    expect(ids(out[0]).sort()).toEqual(['b', 'c']);
    expect(ids(out[2])).toEqual(['a']);
  });

  it('property: at most k entries, no self, no duplicates, sorted by score then id', () => {
    const words = ['cache', 'state', 'space', 'draft', 'expert', 'spike', 'quant', 'token', 'serve', 'prune'];
    const arbPaper = fc.record({
      words: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }),
      tags: fc.uniqueArray(fc.constantFrom('t1', 't2', 't3'), { maxLength: 2 }),
      mentions: fc.array(fc.nat(7), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(arbPaper, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 4 }),
        (specs, k) => {
          const papers = specs.map((s, i) =>
            paper(`p${i}`, s.words.slice(0, 3).join(' '), s.words.join(' '), {
              tags: s.tags,
              mentions: s.mentions.map((m) => `p${m}`),
            }),
          );
          const out = relatedPapers(papers, { k });
          expect(out).toHaveLength(papers.length);
          out.forEach((list, i) => {
            expect(list.length).toBeLessThanOrEqual(k);
            expect(ids(list)).not.toContain(`p${i}`);
            expect(new Set(ids(list)).size).toBe(list.length);
            for (let j = 1; j < list.length; j++) {
              const a = list[j - 1];
              const b = list[j];
              if (a === undefined || b === undefined) continue;
              expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true);
            }
          });
        },
      ),
    );
  });
});

describe('text terms', () => {
  it('stems word families together', () => {
    expect(stem('quantization')).toBe(stem('quantized'));
    expect(stem('caching')).toBe(stem('cache'));
    expect(stem('models')).toBe(stem('model'));
  });

  it('counts phrases, not across punctuation or stopwords, and joins hyphenated words', () => {
    const v = new Vocabulary();
    const counts = v.count('KV-cache compression. Cache of the model', 1, new Map());
    const terms = [...counts.keys()].map((t) => v.keys[t]);
    expect(terms).toContain(`${stem('kv')} ${stem('cache')}`);
    expect(terms).not.toContain(`${stem('compression')} ${stem('cache')}`);
    expect(terms).not.toContain(`${stem('cache')} ${stem('model')}`);
  });
});
