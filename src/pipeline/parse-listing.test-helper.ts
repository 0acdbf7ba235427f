/**
 * Shared by the parse-listing tests: a realistic listing header and abstracts, and a parse that
 * returns the listing with its diagnostics as `[ruleId, line]` pairs.
 */
import { VFile } from 'vfile';
import { parseListing } from './parse-listing';

export const HEADER = [
  'new',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'Daily Papers',
  'by AK and the research community',
];
/** A realistic abstract: long, and ends a sentence. */
export const abstract = (topic: string) => `We study ${topic} in depth. `.repeat(20).trim();
export const A = abstract('sparse attention');
export const B = abstract('quantisation');

export function parse(text: string, path = 'seeds/042_test.txt') {
  const file = new VFile({ path, value: text });
  const listing = parseListing(file);
  return { listing, rules: file.messages.map((m) => [m.ruleId, m.line]), file };
}
export const doc = (...lines: string[]) => lines.join('\n');
export const header = (...lines: string[]) => HEADER.flatMap((l) => [l, '']).concat(lines);
