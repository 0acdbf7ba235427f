import { describe, expect, it } from 'vitest';
import { buildTagIndex } from './tag-index';
import { parseTaxonomy } from './taxonomy';

const taxonomy = parseTaxonomy(`
tags:
  - { slug: kv-cache, name: KV cache, description: Caching keys and values., phrases: [kv cache] }
  - { slug: unused, name: Unused, description: Nobody has it., phrases: [nothing here] }
`);

describe('buildTagIndex', () => {
  it('lists each tag’s papers newest first, undated last, and keeps tags nobody carries', () => {
    const index = buildTagIndex(taxonomy, [
      { slug: 'old', tags: ['kv-cache'], date: '2023-01-01' },
      { slug: 'undated', tags: ['kv-cache'] },
      { slug: 'new', tags: ['kv-cache'], date: '2025-06-01' },
      { slug: 'other', tags: [] },
    ]);
    expect(index.map((t) => t.slug)).toEqual(['kv-cache', 'unused']);
    expect(index[0]?.papers).toEqual(['new', 'old', 'undated']);
    expect(index[1]?.papers).toEqual([]);
  });
});
