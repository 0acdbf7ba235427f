/**
 * Evaluation of the related-papers stage on the real seeds against hand-drawn topic clusters
 * (fixtures/related-clusters.yaml): mean precision@5 over cluster members, ours vs a plain TF-IDF
 * cosine baseline. Tags come from another stage, so the main figure is WITHOUT tags; mentions are
 * computed by our own mentions stage from the abstracts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildMentionIndex, findMentions } from './mentions';
import type { RelatedInput } from './related';
import { relatedPapers } from './related';
import { crudeSeedPapers } from './related-seeds';
import { tfidfNeighbours } from './tfidf-baseline';

const root = join(import.meta.dirname, '..', '..');
const seedsDir = join(root, 'seeds');
const seeds = crudeSeedPapers(
  readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8')),
);
const fixture = parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'related-clusters.yaml'), 'utf8'),
) as {
  clusters: { name: string; titles: string[] }[];
};

const idByTitle = new Map(seeds.map((p) => [p.title.trim(), p.id]));
const clusterOf = new Map<string, string>();
for (const c of fixture.clusters)
  for (const t of c.titles) clusterOf.set(idByTitle.get(t) ?? `missing:${t}`, c.name);

/** Mean over cluster members of the share of their top 5 that is in the same cluster. */
function precisionAt5(neighbours: Map<string, string[]>): number {
  const values = [...clusterOf].map(([id, cluster]) => {
    const top = (neighbours.get(id) ?? []).slice(0, 5);
    return top.filter((n) => clusterOf.get(n) === cluster).length / 5;
  });
  return values.reduce((a, b) => a + b, 0) / values.length;
}

const mentionIndex = buildMentionIndex(seeds.map((p) => ({ id: p.id, title: p.title, text: p.abstract })));
const inputs = (withMentions: boolean): RelatedInput[] =>
  seeds.map((p) => ({
    id: p.id,
    title: p.title,
    text: `${p.title}\n${p.abstract}`,
    tags: [],
    mentions: withMentions ? findMentions(mentionIndex, p.id, p.abstract) : [],
  }));
const run = (list: RelatedInput[]) => {
  const out = relatedPapers(list, { k: 5 });
  return new Map(list.map((p, i) => [p.id, (out[i] ?? []).map((r) => r.id)]));
};

describe('related papers on the real seeds', () => {
  it('every fixture title is a real seed title, clusters have 4–10 titles', () => {
    expect(seeds.length).toBe(262);
    expect(fixture.clusters.length).toBeGreaterThanOrEqual(6);
    for (const c of fixture.clusters) {
      expect(c.titles.length).toBeGreaterThanOrEqual(4);
      expect(c.titles.length).toBeLessThanOrEqual(10);
    }
    expect([...clusterOf.keys()].filter((id) => id.startsWith('missing:'))).toEqual([]);
  });

  it('beats plain TF-IDF cosine on precision@5 by a clear margin', () => {
    const base = tfidfNeighbours(seeds.map((p) => ({ id: p.id, text: `${p.title}\n${p.abstract}` })));
    const baseline = precisionAt5(new Map(seeds.map((p, i) => [p.id, base[i] ?? []])));
    const textOnly = precisionAt5(run(inputs(false)));
    const ours = precisionAt5(run(inputs(true)));
    console.log(
      `precision@5 over ${clusterOf.size} cluster members: baseline TF-IDF ${baseline.toFixed(3)}, ` +
        `ours text only ${textOnly.toFixed(3)}, ours with mentions ${ours.toFixed(3)}`,
    );
    expect(textOnly).toBeGreaterThanOrEqual(baseline + 0.15);
    expect(ours).toBeGreaterThanOrEqual(baseline + 0.15);
  });

  it('does not relate the two Hydra papers', () => {
    const hydras = seeds.filter((p) => p.title.startsWith('Hydra:')).map((p) => p.id);
    expect(hydras).toHaveLength(2);
    const [a = '', b = ''] = hydras;
    const top = run(inputs(true));
    expect(top.get(a)).not.toContain(b);
    expect(top.get(b)).not.toContain(a);
  });
});
