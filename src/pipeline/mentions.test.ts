import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { backlinks, buildMentionIndex, findMentions, linkMentions, shortName } from './mentions';

const papers = [
  {
    id: 'mamba',
    title: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
    text: 'We propose Mamba.',
  },
  { id: 'fpga', title: 'FPGA: Fast Patch-Free Global Learning Framework', text: 'FPGA is fast.' },
  { id: 'gpu', title: 'GPU: A study of accelerators', text: 'A GPU study.' },
  { id: 'h1', title: 'Hydra: Sequentially-Dependent Draft Heads for Medusa Decoding', text: 'Hydra heads.' },
  {
    id: 'h2',
    title: 'Hydra: Bidirectional State Space Models Through Generalized Matrix Mixers',
    text: 'Hydra mixers.',
  },
  { id: 'tutel', title: 'Tutel: Adaptive Mixture-of-Experts at Scale', text: 'Tutel scales MoE.' },
  {
    id: 'vim',
    title: 'Vision Mamba: Efficient Visual Representation Learning',
    text: 'Vision Mamba builds on Mamba.',
  },
  {
    id: 'reader',
    title: 'Some survey of sequence models',
    text: 'Models such as Mamba run on an FPGA or a GPU; we use Tutel.',
  },
];
const index = buildMentionIndex(papers);

describe('shortName', () => {
  it.each([
    ['Mamba: Linear-Time Sequence Modeling', 'Mamba'],
    ['MoE-Lightning: High-Throughput MoE Inference', 'MoE-Lightning'],
    ['S4: structured state spaces', 'S4'],
    ['DB-LLM: Accurate Dual-Binarization for Efficient LLMs', 'DB-LLM'],
    ['decoupleQ: Towards 2-bit Post-Training Uniform Quantization', 'decoupleQ'],
    ['Vision Mamba: Efficient Visual Representation Learning', 'Vision Mamba'],
    ['Union of Experts: Adapting Hierarchical Routing', 'Union of Experts'],
    ['Return of the Encoder: Maximizing Parameter Efficiency for SLMs', undefined],
    ['Attention is All You Need? Good Embeddings with Statistics are enough:Large Scale', undefined],
    ['Adaptive Rank, Reduced Forgetting: Knowledge Retention', undefined],
    ['Pointer Networks', undefined],
    ['semantic segmentation: a study', undefined],
  ])('%s → %s', (title, name) => expect(shortName(title)).toBe(name));
});

describe('mentions', () => {
  it('links a name an abstract uses ("such as Mamba")', () => {
    expect(findMentions(index, 'reader', papers[7]?.text ?? '')).toEqual(['mamba', 'tutel']);
  });

  it('never links stoplisted acronyms, in either direction', () => {
    expect(index.excluded.get('FPGA')).toBe('stoplist');
    expect(index.excluded.get('GPU')).toBe('stoplist');
    expect(findMentions(index, 'reader', 'We deploy on an FPGA and a GPU.')).toEqual([]);
    expect(findMentions(index, 'fpga', 'Unlike Mamba, FPGA is fast.')).toEqual(['mamba']);
  });

  it('does not count a paper naming itself, or names two papers share', () => {
    expect(findMentions(index, 'mamba', 'We propose Mamba.')).toEqual([]);
    expect(index.excluded.get('Hydra')).toBe('ambiguous');
    expect(findMentions(index, 'reader', 'Hydra heads and Hydra mixers.')).toEqual([]);
  });

  it('matches whole names only: MambaMixer, Mambas, Mamba-2 are not Mamba; Mamba-based is', () => {
    expect(findMentions(index, 'reader', 'MambaMixer and Mambas and Mamba-2 and mamba')).toEqual([]);
    expect(findMentions(index, 'reader', 'a Mamba-based model')).toEqual(['mamba']);
    // The longer name wins where both fit.
    expect(findMentions(index, 'reader', 'unlike Vision Mamba')).toEqual(['vim']);
  });

  it('treats a name used as an ordinary word or in the plural as a word', () => {
    const idx = buildMentionIndex([
      { id: 'fit', title: 'FIT: Far-reaching Interleaved Transformers', text: '' },
      { id: 'a', title: 'A', text: 'models fit the data' },
      { id: 'b', title: 'B', text: 'a good fit' },
      { id: 'koala', title: 'KOALA: distillation', text: '' },
      { id: 'c', title: 'C', text: 'several KOALAs were used' },
    ]);
    expect(idx.excluded.get('FIT')).toBe('common word');
    expect(idx.excluded.get('KOALA')).toBe('common word');
  });

  it('counts a hyphenated name as a word only where the whole compound is used', () => {
    const idx = buildMentionIndex([
      { id: 'moe', title: 'MoE-Lightning: serving', text: '' },
      { id: 'wide', title: 'Go-Wide: scaling', text: '' },
      { id: 'a', title: 'A', text: 'a moe-lightning setup' },
      { id: 'b', title: 'B', text: 'fast, moe-lightning.' },
      { id: 'c', title: 'C', text: 'a go-wide-deep net' },
      { id: 'd', title: 'D', text: 'the go-wide-deep idea' },
    ]);
    expect(idx.excluded.get('MoE-Lightning')).toBe('common word');
    expect(idx.byName.get('Go-Wide')).toBe('wide');
  });

  it('links the first occurrence of each name, only in text nodes, never in math or links', () => {
    const nodes: PhrasingContent[] = [
      { type: 'inlineMath', value: 'Mamba' },
      { type: 'link', url: 'https://x', children: [{ type: 'text', value: 'Mamba' }] },
      { type: 'text', value: 'Like Mamba and Tutel, ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'Mamba again, Tutel again' }] },
    ];
    const copy = structuredClone(nodes);
    const out = linkMentions(nodes, index, 'reader', (id) => `../${id}/`);
    expect(nodes).toEqual(copy);
    expect(out.slice(0, 2)).toEqual(copy.slice(0, 2));
    expect(out.slice(2)).toEqual([
      { type: 'text', value: 'Like ' },
      { type: 'link', url: '../mamba/', children: [{ type: 'text', value: 'Mamba' }] },
      { type: 'text', value: ' and ' },
      { type: 'link', url: '../tutel/', children: [{ type: 'text', value: 'Tutel' }] },
      { type: 'text', value: ', ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'Mamba again, Tutel again' }] },
    ]);
  });

  it('backlinks invert mentions, sorted and de-duplicated', () => {
    const mentions = new Map([
      ['z', ['mamba', 'tutel', 'mamba']],
      ['a', ['mamba']],
      ['mamba', []],
    ]);
    const back = backlinks(mentions);
    expect([...back]).toEqual([
      ['mamba', ['a', 'z']],
      ['tutel', ['z']],
    ]);
    for (const [to, froms] of back) for (const from of froms) expect(mentions.get(from)).toContain(to);
    for (const [from, tos] of mentions) for (const to of tos) expect(back.get(to)).toContain(from);
  });
});
