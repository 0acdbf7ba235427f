/**
 * Corpus word statistics for the mention index: how many texts use a given word. Kept apart from
 * the mention rules so the counting can be tested (and made fast) on its own.
 */
import { spanHash, spanTableOf } from './span-table';
import { forEachWord, isWordChar } from './words';

/**
 * How many texts use each of the `wanted` words (case kept), where a word is a run of letters and
 * digits, also when it is a part of a hyphenated compound. One pass over the corpus; only the
 * words the common-word test asks about are counted.
 */
export function wordDocCounts(texts: string[], wanted: ReadonlySet<string>): Map<string, number> {
  if (wanted.size === 0) return new Map();
  // Words are looked up by their span of the text: most words are not wanted, and cutting each
  // out of its text to ask was most of this pass's cost.
  const list = [...wanted];
  const table = spanTableOf(list);
  const docs = new Int32Array(list.length);
  const lastText = new Int32Array(list.length).fill(-1);
  texts.forEach((text, at) => {
    const note = (start: number, end: number) => {
      const slot = table.find(text, start, end, spanHash(text, start, end));
      const w = slot < 0 ? -1 : table.value(slot);
      if (w >= 0 && lastText[w] !== at) {
        lastText[w] = at;
        docs[w] = (docs[w] ?? 0) + 1;
      }
    };
    let compoundEnd = -1;
    let compound = -1; // start of the hyphenated compound the current word continues
    forEachWord(text, (start, end) => {
      note(start, end);
      if (compound < 0 || start === 0 || text.charCodeAt(start - 1) !== 45 || compoundEnd !== start - 1)
        compound = start;
      compoundEnd = end;
      // A compound counts whole once it ends ("moe-lightning" in "MoE-Lightning," but not in
      // "moe-lightning-fast"), like its parts.
      const continues = text.charCodeAt(end) === 45 && end + 1 < text.length && isWordChar(text, end + 1);
      if (!continues && compound < start) note(compound, end);
    });
  });
  return new Map(list.flatMap((w, i) => ((docs[i] ?? 0) > 0 ? [[w, docs[i] ?? 0] as const] : [])));
}
