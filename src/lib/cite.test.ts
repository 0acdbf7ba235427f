import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bibtex, bibtexTitle, citationKey, lookupLinks, markdownLink } from './cite';

const mamba = {
  slug: 'mamba-linear-time-sequence-modeling-with-selective-state-5f9d61',
  title: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
  year: 2023,
  date: '2023-12-01',
  url: 'https://example.org/papers/mamba-linear-time-sequence-modeling-with-selective-state-5f9d61/',
};

describe('markdownLink', () => {
  it('writes [title](url)', () => {
    expect(markdownLink(mamba)).toBe(`[${mamba.title}](${mamba.url})`);
  });
  it('escapes brackets in the title so the link stays one link', () => {
    expect(markdownLink({ ...mamba, title: 'A [B] *C*' })).toBe(`[A \\[B\\] \\*C\\*](${mamba.url})`);
  });
});

describe('bibtex', () => {
  it('gives a @misc entry with key, title, year, date and url', () => {
    expect(bibtex(mamba)).toBe(
      [
        '@misc{mamba2023_5f9d61,',
        `  title = {{${mamba.title}}},`,
        '  year = {2023},',
        '  date = {2023-12-01},',
        `  url = {${mamba.url}}`,
        '}',
      ].join('\n'),
    );
  });
  it('escapes TeX specials outside math and keeps balanced math', () => {
    expect(bibtexTitle('50% of R&D_x in $O(n^{2})$')).toBe('{50\\% of R\\&D\\_x in $O(n^{2})$}');
    expect(bibtexTitle('bad $x}$ math')).toBe('{bad $x\\}$ math}');
  });
  it('keeps braces balanced for any title (so the entry parses)', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        let depth = 0;
        const value = bibtexTitle(title);
        for (let i = 0; i < value.length; i++) {
          if (value[i] === '\\') i++;
          else if (value[i] === '{') depth++;
          else if (value[i] === '}') depth--;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
      }),
    );
  });
  it('makes keys from the first word, year and slug hash', () => {
    expect(citationKey({ ...mamba, year: undefined })).toBe('mamba_5f9d61');
  });
});

describe('lookupLinks', () => {
  it('searches arXiv, Hugging Face and Semantic Scholar by the encoded title', () => {
    const links = lookupLinks('A & B: $x$');
    expect(links.map((l) => l.name)).toEqual([
      'arXiv',
      'Hugging Face papers',
      'Semantic Scholar',
      'Google Scholar',
    ]);
    for (const l of links) expect(l.url).toContain('A%20%26%20B%3A%20x');
  });
});
