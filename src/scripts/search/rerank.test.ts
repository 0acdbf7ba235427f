import { describe, expect, it } from 'vitest';
import { matchTier, normaliseForMatch, phraseSpan, rerank, shortNameOf, type RankMeta } from './rerank';

const MAMBA = 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces';

describe('normaliseForMatch', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normaliseForMatch('  Mamba:  Linear-Time ')).toBe('mamba linear time');
    expect(normaliseForMatch('État—de l’art')).toBe('etat de l art');
  });
});

describe('shortNameOf', () => {
  it('prefers the stated short name, else the name before the colon', () => {
    expect(shortNameOf({ title: MAMBA, short: 'Mamba' })).toBe('Mamba');
    expect(shortNameOf({ title: 'Vision Mamba: Efficient Visual Representation' })).toBe('Vision Mamba');
  });

  it('finds none without a colon or when the part before it is a sentence', () => {
    expect(shortNameOf({ title: 'Attention is all you need' })).toBeUndefined();
    expect(shortNameOf({ title: 'Why we need more than five words here: a study' })).toBeUndefined();
    expect(shortNameOf({})).toBeUndefined();
  });
});

describe('matchTier', () => {
  it('ranks the exact title over the exact short name over the rest', () => {
    expect(
      matchTier({ title: MAMBA }, 'mamba: linear-time sequence modeling with selective state spaces'),
    ).toBe(0);
    expect(matchTier({ title: MAMBA }, 'MAMBA')).toBe(1);
    expect(matchTier({ title: 'Vision Mamba: Efficient …' }, 'mamba')).toBe(3);
    expect(matchTier({ title: MAMBA }, '  ')).toBe(3);
  });

  it('puts a text holding the words close together in the phrase group', () => {
    const content = 'we design a hardware-aware parallel algorithm in recurrent mode';
    expect(matchTier({ content }, 'parallel algorithm recurrent')).toBe(2);
    expect(matchTier({ content }, 'design mode')).toBe(3);
    expect(matchTier({ content }, 'parallel')).toBe(3);
  });
});

describe('phraseSpan', () => {
  it('measures the shortest run of words holding every term, by prefix', () => {
    expect(phraseSpan(['state', 'space'], 'a state of the art state-space model')).toBe(1);
    expect(phraseSpan(['state', 'space'], 'a state of the art model: State Spaces')).toBe(2);
    expect(phraseSpan(['linear', 'time'], 'Linear-Time')).toBe(1);
    expect(phraseSpan(['lineartime'], 'Mamba: Linear-Time')).toBe(1);
    expect(phraseSpan(['mamba', 'ssm'], 'mamba is an ssm')).toBe(4);
    expect(phraseSpan(['xyz'], 'mamba')).toBe(Infinity);
    expect(phraseSpan([], 'mamba')).toBe(Infinity);
  });
});

describe('rerank', () => {
  const items: RankMeta[] = [
    { title: 'Drama: Mamba-Enabled Model-Based Reinforcement Learning' },
    { title: 'Vision Mamba: Efficient Visual Representation Learning' },
    { title: MAMBA },
    { title: 'MambaMixer: Efficient Selective State Space Models' },
  ];

  it('puts the paper named by the query first and keeps the rest in order', () => {
    expect(rerank(items, 'Mamba', (m) => m).map((m) => m.title)).toEqual([
      MAMBA,
      items[0]?.title,
      items[1]?.title,
      items[3]?.title,
    ]);
  });

  it('puts an exact title before a paper whose short name equals the query', () => {
    const list: RankMeta[] = [{ title: 'Hydra: Bidirectional State Space Models' }, { title: 'Hydra' }];
    expect(rerank(list, 'hydra', (m) => m).map((m) => m.title)).toEqual([
      'Hydra',
      'Hydra: Bidirectional State Space Models',
    ]);
  });

  it('leaves the order alone when nothing matches exactly', () => {
    expect(rerank(items, 'state space', (m) => m)).toEqual(items);
  });
});
