import { describe, expect, it } from 'vitest';
import { pageUrl, searchDocument } from './search-document';

const page = `<!DOCTYPE html><html lang="en" data-theme><head><title>T</title><script>x()</script></head>
<body><header>Site nav</header><main><article class="paper" data-pagefind-body><h1>Title</h1>
<article>quoted</article><p>Abstract</p></article><aside>Related</aside></main></body></html>`;

describe('searchDocument', () => {
  it('keeps only the indexed element, whole, in the page language', () => {
    expect(searchDocument(page)).toBe(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>' +
        '<article class="paper" data-pagefind-body><h1>Title</h1>\n<article>quoted</article><p>Abstract</p></article>' +
        '</body></html>',
    );
  });

  it('gives nothing for a page without an indexed element', () => {
    expect(
      searchDocument('<html lang="en"><body><p data-pagefind-bodyguard>x</p></body></html>'),
    ).toBeUndefined();
    expect(searchDocument('<html><body><main>x</main></body></html>')).toBeUndefined();
  });
});

describe('pageUrl', () => {
  it('is the folder of an index page, and the file otherwise', () => {
    expect(pageUrl('papers/mamba-1a2b3c/index.html')).toBe('/papers/mamba-1a2b3c/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
