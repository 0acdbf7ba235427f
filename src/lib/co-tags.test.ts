import { describe, expect, it } from 'vitest';
import type { PaperData } from '../schema';
import { coTags } from './co-tags';

const p = (...tags: string[]) => ({ tags }) as PaperData;

describe('coTags', () => {
  it('counts the other tags of the papers, most frequent first, never the tag itself', () => {
    const papers = [p('kv', 'serving'), p('kv', 'serving', 'quant'), p('kv', 'quant'), p('kv', 'long')];
    expect(coTags(papers, 'kv')).toEqual([
      { slug: 'quant', count: 2 },
      { slug: 'serving', count: 2 },
      { slug: 'long', count: 1 },
    ]);
    expect(coTags(papers, 'kv', 1)).toHaveLength(1);
  });
});
