import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { textWidth, wrapText } from './text-fit';

describe('textWidth', () => {
  test('grows with the text and the font size, wide letters more than narrow ones', () => {
    expect(textWidth('', 13)).toBe(0);
    expect(textWidth('MMMM', 13)).toBeGreaterThan(textWidth('iiii', 13));
    expect(textWidth('abc', 26)).toBeCloseTo(2 * textWidth('abc', 13));
    expect(textWidth('東京', 10)).toBeGreaterThan(textWidth('ab', 10));
  });
});

describe('wrapText', () => {
  test('keeps a short text on one line, untouched', () => {
    expect(wrapText('Mamba', 100, 13, 2)).toEqual(['Mamba']);
    expect(wrapText('', 100, 13, 2)).toEqual([]);
  });

  test('breaks at spaces, and after a hyphen when that fits better', () => {
    expect(wrapText('Mamba: Linear-Time Sequence Modeling', 150, 13, 2)).toEqual([
      'Mamba: Linear-Time',
      'Sequence Modeling',
    ]);
    expect(wrapText('FBNet: Hardware-Aware Efficient', 128, 13, 2)).toEqual([
      'FBNet: Hardware-',
      'Aware Efficient',
    ]);
  });

  test('ends in an ellipsis when the text does not fit, without a dangling separator', () => {
    const lines = wrapText('Mamba: Linear-Time Sequence Modeling with Selective State Spaces', 128, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/[^\s:-]…$/);
    // Not a word cut to a letter or two.
    expect(lines[1]).not.toMatch(/\s\S{1,2}…$/);
  });

  test('cuts a word longer than a line', () => {
    const lines = wrapText('x'.repeat(80), 100, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^x+$/);
    expect(lines[1]).toMatch(/^x+…$/);
  });

  test('every line fits, and the lines read as the start of the text', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9:$^{}\\-]{1,14}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 60, max: 300 }),
        fc.integer({ min: 1, max: 3 }),
        (words, width, maxLines) => {
          const text = words.join(' ');
          const lines = wrapText(text, width, 13, maxLines);
          expect(lines.length).toBeGreaterThan(0);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(width);
          // Without the ellipsis and the breaks, what is shown is a prefix of the text.
          const shown = lines.join('').replace(/…$/, '');
          expect(text.replace(/ /g, '').startsWith(shown.replace(/ /g, ''))).toBe(true);
          if (!lines.at(-1)?.endsWith('…')) expect(shown.replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        },
      ),
    );
  });
});
