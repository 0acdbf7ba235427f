import { describe, expect, test } from 'vitest';
import { normaliseAbstractKey, normaliseTitleKey, paperKey } from './paper-key';

describe('paper identity', () => {
  test('titles match ignoring case, spacing and punctuation', () => {
    expect(normaliseTitleKey('  Hydra:  Sequentially-Dependent Draft Heads ')).toBe(
      normaliseTitleKey('hydra sequentially dependent draft heads'),
    );
    expect(normaliseTitleKey('M$^3$ViT')).toBe('m3vit');
    expect(normaliseTitleKey('Ünïcode ﬁne')).toBe('ünïcodefine');
  });

  test('abstracts match ignoring whitespace only', () => {
    expect(normaliseAbstractKey('We  study\tx.\n')).toBe(normaliseAbstractKey('We study x.'));
    expect(normaliseAbstractKey('We study x.')).not.toBe(normaliseAbstractKey('we study x.'));
  });

  test('the key needs both to match, and is stable (slugs hash it)', () => {
    expect(paperKey('A: B', 'x y')).toBe(paperKey('a b', 'x  y'));
    expect(paperKey('A', 'x')).not.toBe(paperKey('A', 'y'));
    expect(paperKey('Mamba: Linear-Time', 'Foundation models.')).toBe('mambalineartime\nFoundationmodels.');
  });
});
