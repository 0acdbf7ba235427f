/**
 * The data export as another tool reads it: `dist/api/papers.json` and `dist/api/tags.json` match
 * the documented schema, and every slug and URL in them leads somewhere real.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiPapersSchema, apiTagsSchema, type ApiPapers, type ApiTags } from '../../src/lib/api-schema';
import { DIST, pageExists, readDist } from './dist';

let papers: ApiPapers;
let tags: ApiTags;
beforeAll(() => {
  papers = apiPapersSchema.parse(JSON.parse(readDist('api/papers.json')));
  tags = apiTagsSchema.parse(JSON.parse(readDist('api/tags.json')));
});

describe('api/papers.json', () => {
  it('has one record per built paper page, and each url opens that page', () => {
    const pages = readdirSync(join(DIST, 'papers'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(papers.papers.map((p) => p.slug).sort()).toEqual(pages.sort());
    for (const p of papers.papers) expect(pageExists(new URL(p.url, 'http://x').pathname), p.url).toBe(true);
  });

  it('only points at papers that exist, and mentions mirror mentioned-by', () => {
    const bySlug = new Map(papers.papers.map((p) => [p.slug, p]));
    for (const p of papers.papers) {
      for (const r of p.related) expect(bySlug.has(r.slug)).toBe(true);
      for (const m of p.mentions) expect(bySlug.get(m)?.mentionedBy).toContain(p.slug);
      expect(p.collections.length).toBeGreaterThan(0);
    }
  });
});

describe('api/tags.json', () => {
  it('counts each tag’s papers, which carry the tag in papers.json', () => {
    const bySlug = new Map(papers.papers.map((p) => [p.slug, p]));
    expect(tags.tags.length).toBeGreaterThan(0);
    for (const t of tags.tags) {
      expect(t.count).toBe(t.papers.length);
      for (const s of t.papers) expect(bySlug.get(s)?.tags).toContain(t.slug);
    }
    const tagged = papers.papers.filter((p) => p.tags.length > 0).length;
    expect(new Set(tags.tags.flatMap((t) => t.papers)).size).toBe(tagged);
  });
});
