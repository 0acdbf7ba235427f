import { describe, expect, it } from 'vitest';
import { articleOf, canonical } from './compare-html';

describe('canonical', () => {
  it('gives equal documents written by different serialisers one spelling', () => {
    const astro = '<p>a &quot;b&quot; &amp; c &lt;= 5 &gt; 2</p><span style="height:1em"></span>';
    const rehype = '<p>a "b" &#x26; c &#x3C;= 5 > 2</p><span style="height:1em;"></span>';
    expect(canonical(astro)).toBe(canonical(rehype));
  });

  it('keeps real differences', () => {
    expect(canonical('<p>a</p>')).not.toBe(canonical('<p>b</p>'));
    expect(canonical('<em>a</em>')).not.toBe(canonical('a'));
  });
});

describe('articleOf', () => {
  it('takes the article, or the whole page when there is none', () => {
    expect(articleOf('<head>x</head><article><p>y</p></article><footer/>')).toBe('<article><p>y</p>');
    expect(articleOf('<main>z</main>')).toBe('<main>z</main>');
  });
});
