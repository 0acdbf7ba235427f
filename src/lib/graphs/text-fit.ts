/**
 * Fitting labels into boxes without a font at build time. Widths are estimated from character
 * classes, rounded up against common sans-serif system fonts, so a label measured to fit does fit
 * in the browser; the price is that a label is sometimes cut a few letters early.
 */

// Measured against DejaVu Sans, the widest usual fallback, the classes below come out up to 7%
// short; system fonts (San Francisco, Segoe UI, Roboto) are narrower still.
const FONT_SAFETY = 1.05;
const NARROW = new Set(" iljtfrI.,:;'!|()[]{}`");
const WIDE = new Set('MWmw@%');
// Scripts drawn about one em wide per character (CJK, kana, Hangul, full-width forms, emoji).
const FULL_WIDTH =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;

/** Width, in em, of one character (a whole code point). */
function charWidth(char: string): number {
  if (NARROW.has(char)) return 0.32;
  if (WIDE.has(char)) return 0.9;
  if (/[A-Z]/.test(char)) return 0.7;
  if (/[0-9]/.test(char)) return 0.58;
  if (/[a-z]/.test(char)) return 0.56;
  if (FULL_WIDTH.test(char)) return 1;
  return 0.62;
}

/** Estimated width of `text` at `fontSize` (same unit as the font size). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * FONT_SAFETY;
}

const ELLIPSIS = '…';

/** The longest start of `text` (whole code points) that fits in `width` with an ellipsis after it. */
function cutToFit(text: string, width: number, fontSize: number): string {
  const chars = [...text.trimEnd()];
  while (chars.length > 0 && textWidth(chars.join('') + ELLIPSIS, fontSize) > width) chars.pop();
  let kept = chars.join('');
  // A word cut to one or two letters ("Sequence M…") reads worse than the word left out.
  const fragment = /(?<=\s)\S{1,2}$/u.exec(kept);
  if (fragment && kept.length < text.length && /\S/u.test(text.charAt(kept.length))) {
    kept = kept.slice(0, fragment.index);
  }
  // A cut after a space or a hyphen reads as a broken word; drop the dangling separator.
  return kept.replace(/[\s\-–—:,;]+$/u, '') + ELLIPSIS;
}

/** A piece of text between break opportunities, with what joins it to the piece before. */
interface Word {
  text: string;
  /** `' '` after a space, `''` after a hyphen inside a word. */
  glue: string;
}

/** Break opportunities: at spaces (the space is dropped) and after hyphens inside words (kept). */
function splitWords(text: string): Word[] {
  return text
    .split(' ')
    .filter((word) => word !== '')
    .flatMap((word) =>
      word.split(/(?<=[^\s-]-)(?=[^\s-])/u).map((part, i) => ({ text: part, glue: i === 0 ? ' ' : '' })),
    );
}

/** Words joined back as the text had them. */
function joinWords(words: readonly Word[], start = ''): string {
  return words.reduce((line, word) => (line === '' ? word.text : line + word.glue + word.text), start);
}

/**
 * Word-wrap `text` into at most `maxLines` lines of at most `width`. Lines break at spaces, or
 * after a hyphen when a hyphenated word does not fit; a word longer than a line is cut. When the
 * text does not fit, the last line ends in an ellipsis. Empty text gives no lines.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const words = splitWords(text);
  const fits = (candidate: string) => textWidth(candidate, fontSize) <= width;
  const lines: string[] = [];
  let line = '';
  let index = 0;
  for (; index < words.length; index += 1) {
    const word = words[index];
    if (word === undefined) break;
    const joined = joinWords([word], line);
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line !== '') {
      lines.push(line);
      if (lines.length === maxLines) break;
    }
    line = word.text;
    // A single word wider than a line is cut (rare: long TeX or URLs in titles), while a line is
    // left for the rest of it.
    while (!fits(line) && lines.length < maxLines - 1) {
      const chars = [...line];
      let take = chars.length - 1;
      while (take > 1 && !fits(chars.slice(0, take).join(''))) take -= 1;
      lines.push(chars.slice(0, take).join(''));
      line = chars.slice(take).join('');
    }
  }
  if (lines.length < maxLines && line !== '') {
    lines.push(line);
    index = words.length;
  }
  const last = lines.length - 1;
  const lastLine = lines[last];
  if (lastLine !== undefined && (index < words.length || !fits(lastLine))) {
    lines[last] = cutToFit(joinWords(words.slice(index), lastLine), width, fontSize);
  }
  return lines;
}
