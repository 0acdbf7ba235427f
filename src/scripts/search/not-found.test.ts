import { describe, expect, it } from 'vitest';
import { guessQuery } from './not-found';

describe('guessQuery', () => {
  it('turns a paper slug into search words, without the identity hash', () => {
    expect(guessQuery('/papers/mamba-linear-time-sequence-modeling-5f9d61/', '/')).toBe(
      'mamba linear time sequence modeling',
    );
    expect(guessQuery('/sub/papers/vision-mamba/', '/sub/')).toBe('vision mamba');
    expect(guessQuery('/sub/papers/vision-mamba', '/sub')).toBe('vision mamba');
  });

  it('decodes escapes and ignores a .html ending', () => {
    expect(guessQuery('/papers/%C3%A9tat-de-l-art.html', '/')).toBe('état de l art');
    expect(guessQuery('/papers/%E0%A4%A/', '/')).toBe('E0 A4 A');
  });

  it('guesses nothing for other paths', () => {
    expect(guessQuery('/tags/nope/', '/')).toBe('');
    expect(guessQuery('/papers/', '/')).toBe('');
    expect(guessQuery('/other/papers/x/', '/')).toBe('');
  });
});
