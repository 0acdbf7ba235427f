import { describe, expect, test } from 'vitest';
import { buildDirs } from './build-dirs';

describe('buildDirs', () => {
  test('defaults to content/ and dist/ with the standard Astro cache', () => {
    expect(buildDirs({})).toEqual({ content: 'content', out: 'dist', cache: 'node_modules/.astro' });
  });
  test('a second build gets its own folders and its own cache', () => {
    const dirs = buildDirs({ CONTENT_OUT: '/tmp/c', OUT_DIR: '/tmp/site-sub' });
    expect(dirs.content).toBe('/tmp/c');
    expect(dirs.out).toBe('/tmp/site-sub');
    expect(dirs.cache).not.toBe('node_modules/.astro');
    expect(dirs.cache).toMatch(/^node_modules\/\.astro\/[\w.-]+$/);
  });
});
