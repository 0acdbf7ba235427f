/**
 * The whole pipeline on the real seeds with the real taxonomy and listings.yaml: the invariants
 * a reader relies on, checked on what the pages will actually carry.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../tests/fixtures/listings/load-seeds';
import { parseListingsConfig } from '../listings-config';
import { runPipeline, type PipelineResult } from './index';
import { parseTaxonomy } from './taxonomy';

let result: PipelineResult;
const page = (prefix: string) => {
  const found = result.pages.filter((p) => p.data.title.startsWith(prefix));
  expect(found, prefix).toHaveLength(1);
  return found[0]!;
};

beforeAll(() => {
  const taxonomy = parseTaxonomy(readFileSync('content/taxonomy.yaml', 'utf8'));
  const listingsConfig = parseListingsConfig(readFileSync('seeds/listings.yaml', 'utf8'));
  result = runPipeline(loadSeeds(), { taxonomy, listingsConfig });
}, 60_000); // the whole pipeline: seconds on a busy 2-core machine

describe('tags on the seeds', () => {
  it('gives every paper at most 6 tags, no tag over a third of the corpus, every used tag ≥ 2 papers', () => {
    const n = result.pages.length;
    for (const p of result.pages) expect(p.data.tags.length).toBeLessThanOrEqual(6);
    for (const tag of result.tags) {
      expect(tag.papers.length, tag.slug).toBeLessThanOrEqual(n / 3);
      expect(tag.papers.length, tag.slug).toBeGreaterThanOrEqual(2);
    }
  });

  it('reports exactly the untagged papers, and they are few', () => {
    const untagged = result.pages.filter((p) => p.data.tags.length === 0).map((p) => p.slug);
    expect(result.untagged).toEqual(untagged);
    expect(untagged.length).toBeLessThanOrEqual(result.pages.length * 0.1);
  });

  it('lists each tag’s papers newest first, and they carry the tag', () => {
    const bySlug = new Map(result.pages.map((p) => [p.slug, p.data]));
    for (const tag of result.tags) {
      const dates = tag.papers.map((s) => bySlug.get(s)?.date ?? '');
      const dated = dates.filter((d) => d !== '');
      expect(dated).toEqual([...dated].sort().reverse());
      for (const s of tag.papers) expect(bySlug.get(s)?.tags).toContain(tag.slug);
    }
  });
});

describe('mentions and backlinks on the seeds', () => {
  it('links an abstract that names Mamba to the Mamba paper, and Mamba lists it under mentioned-by', () => {
    const mamba = page('Mamba: Linear-Time');
    const vision = page('Vision Mamba');
    expect(vision.data.mentions).toContain(mamba.slug);
    expect(mamba.data.mentionedBy).toContain(vision.slug);
    expect(vision.mdx).toContain(`[Mamba](../${mamba.slug}/)`);
  });

  it('never links an acronym that is ordinary vocabulary (FPGA) or a name two papers share (Hydra)', () => {
    const fpga = page('FPGA:');
    expect(fpga.data.mentionedBy).toEqual([]);
    for (const hydra of result.pages.filter((p) => p.data.title.startsWith('Hydra:')))
      expect(hydra.data.mentionedBy).toEqual([]);
  });

  it('keeps mentions and mentioned-by exact mirrors of each other', () => {
    const bySlug = new Map(result.pages.map((p) => [p.slug, p.data]));
    for (const p of result.pages) {
      for (const m of p.data.mentions) expect(bySlug.get(m)?.mentionedBy).toContain(p.slug);
      for (const m of p.data.mentionedBy) expect(bySlug.get(m)?.mentions).toContain(p.slug);
    }
  });
});

describe('related papers on the seeds', () => {
  it('gives each paper up to 5 existing, distinct, other papers, best first, each with a reason', () => {
    const slugs = new Set(result.pages.map((p) => p.slug));
    for (const p of result.pages) {
      const related = p.data.related;
      expect(related.length).toBeLessThanOrEqual(5);
      expect(new Set(related.map((r) => r.slug)).size).toBe(related.length);
      for (const r of related) {
        expect(slugs.has(r.slug)).toBe(true);
        expect(r.slug).not.toBe(p.slug);
        expect(r.reason.length).toBeGreaterThan(0);
      }
      const scores = related.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('relates the Mamba family and explains it with the shared topic', () => {
    const mamba = page('Mamba: Linear-Time');
    const family = ['Vision Mamba', 'MambaMixer', 'Multimodal Mamba', 'Hydra: Bidirectional'].map(
      (t) => page(t).slug,
    );
    const near = mamba.data.related.map((r) => r.slug);
    expect(family.filter((s) => near.includes(s)).length).toBeGreaterThanOrEqual(2);
    expect(mamba.data.related[0]?.reason).toMatch(/State-space models/);
  });
});

describe('collections on the seeds', () => {
  it('makes one named collection per listing holding exactly the papers whose sources name it', () => {
    expect(result.collections.map((c) => c.id)).toEqual(result.listings.map((l) => l.id));
    for (const c of result.collections) {
      expect(c.named).toBe(true);
      const members = result.pages
        .filter((p) => p.data.sources.some((s) => s.listing === c.id))
        .map((p) => p.slug);
      expect([...c.papers].sort()).toEqual(members.sort());
    }
  });
});
