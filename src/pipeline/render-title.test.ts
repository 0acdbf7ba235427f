import { describe, expect, test } from 'vitest';
import { normaliseText } from './normalise-text';
import { phrasingToHtml } from './render-title';

describe('phrasingToHtml', () => {
  test('plain text is escaped, never markup', () => {
    expect(phrasingToHtml(normaliseText('<script>alert(1)</script> & {x} <= 5'))).toBe(
      '&#x3C;script>alert(1)&#x3C;/script> &#x26; {x} &#x3C;= 5',
    );
  });

  test('inline math is typeset by KaTeX (HTML + MathML), never shown as TeX source', () => {
    const html = phrasingToHtml(normaliseText('MoE$^2$: Optimizing'));
    expect(html.startsWith('MoE<span class="katex">')).toBe(true);
    expect(html).toContain('<math');
    expect(html).toContain('<annotation encoding="application/x-tex">^2</annotation>');
    expect(html).not.toContain('katex-error');
    expect(html).not.toContain('$');
  });

  test('bare scripts and \\( \\) math render too', () => {
    for (const title of ['S^{2}FT: Efficient', "a \\( x'(t) = Ax(t) \\) b", 'for $100\\times$ Faster']) {
      const html = phrasingToHtml(normaliseText(title));
      expect(html).toContain('class="katex"');
      expect(html).not.toContain('katex-error');
    }
  });

  test('emphasis, strong and http(s) links become elements', () => {
    expect(phrasingToHtml(normaliseText('{\\em a} \\textbf{b} https://a.org/x.'))).toBe(
      '<em>a</em> <strong>b</strong> <a href="https://a.org/x">https://a.org/x</a>.',
    );
  });

  test('a link to another scheme, or raw html, never reaches the output as markup', () => {
    const html = phrasingToHtml([
      { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'x' }] },
      { type: 'html', value: '<img src=x onerror=alert(1)>' },
    ]);
    expect(html).toBe('x');
  });

  test('empty input gives an empty string', () => {
    expect(phrasingToHtml([])).toBe('');
  });
});
