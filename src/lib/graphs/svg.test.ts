import { describe, expect, test } from 'vitest';
import { cleanText, h, num, toSvgMarkup } from './svg';

describe('h and toSvgMarkup', () => {
  test('writes SVG attribute names, rounds coordinates, skips empty children and escapes text', () => {
    const tree = h(
      'svg',
      {
        viewBox: '0 0 10 10',
        className: ['a', 'b'],
        ariaLabel: 'x',
        textAnchor: 'end',
        y: 1.26,
        x: undefined,
      },
      false,
      null,
      [h('path', { d: 'M0 0' }), ['<b>&', 3]],
    );
    expect(toSvgMarkup(tree)).toBe(
      '<svg viewBox="0 0 10 10" class="a b" aria-label="x" text-anchor="end" y="1.3"><path d="M0 0"/>&#x3C;b>&#x26;3</svg>',
    );
  });
});

describe('cleanText', () => {
  test('turns control characters, lone surrogates and runs of white space into one space', () => {
    expect(cleanText('  a\u0000b\u0085c\n\td  ')).toBe('a b c d');
    expect(cleanText('x\ud800y\udc00z')).toBe('x y z');
    expect(cleanText('ok \ud83d\ude00')).toBe('ok \ud83d\ude00');
  });
});

describe('num', () => {
  test('writes at most one decimal and never -0', () => {
    expect(num(1.25)).toBe('1.3');
    expect(num(4)).toBe('4');
    expect(num(-0.01)).toBe('0');
  });
});
