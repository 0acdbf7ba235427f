/** The mentions stage on the real seeds (read crudely, see related-seeds.ts). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STOPLIST, buildMentionIndex, findMentions } from './mentions';
import { crudeSeedPapers } from './related-seeds';

const dir = join(import.meta.dirname, '..', '..', 'seeds');
const seeds = crudeSeedPapers(
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8')),
);
const index = buildMentionIndex(seeds.map((p) => ({ id: p.id, title: p.title, text: p.abstract })));
const title = new Map(seeds.map((p) => [p.id, p.title]));
const name = (id: string) => index.nameOf.get(id) ?? title.get(id) ?? id;
const found = seeds.flatMap((p) => findMentions(index, p.id, p.abstract).map((to) => [p.id, to] as const));

describe('mentions on the real seeds', () => {
  it('finds the expected mentions and nothing stoplisted', () => {
    console.log(
      `${found.length} mentions:\n` +
        found.map(([from, to]) => `  ${(title.get(from) ?? '').slice(0, 60)} → ${name(to)}`).join('\n'),
    );
    console.log(`not linkable: ${[...index.excluded].map(([n, why]) => `${n} (${why})`).join(', ')}`);
    const mamba = seeds.find((p) => p.title.startsWith('Mamba:'))?.id ?? '';
    const byMamba = found.filter(([, to]) => to === mamba).map(([from]) => title.get(from) ?? '');
    expect(byMamba).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Vision Mamba:/),
        expect.stringMatching(/^Multimodal Mamba:/),
        expect.stringMatching(/^Drama:/),
      ]),
    );
    const tutel = seeds.find((p) => p.title.startsWith('Tutel:'))?.id ?? '';
    expect(found.some(([from, to]) => to === tutel && (title.get(from) ?? '').startsWith('BigMac:'))).toBe(
      true,
    );
    for (const [, to] of found) expect(DEFAULT_STOPLIST.has(name(to))).toBe(false);
    expect(found.some(([, to]) => name(to) === 'FPGA' || name(to) === 'Hydra')).toBe(false);
    expect(index.excluded.get('FPGA')).toBe('stoplist');
    expect(index.excluded.get('Hydra')).toBe('ambiguous');
  });
});
