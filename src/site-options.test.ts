import { describe, expect, test } from 'vitest';
import { siteOptions } from './site-options';

describe('siteOptions', () => {
  test('defaults to the root with no canonical origin', () => {
    expect(siteOptions({})).toEqual({ base: '/' });
  });
  test('normalises BASE_PATH slashes', () => {
    expect(siteOptions({ BASE_PATH: 'sub' }).base).toBe('/sub/');
    expect(siteOptions({ BASE_PATH: '/a/b//' }).base).toBe('/a/b/');
  });
  test('a SITE_URL path implies the base unless BASE_PATH is set', () => {
    expect(siteOptions({ SITE_URL: 'https://u.github.io/atlas/' })).toEqual({
      site: 'https://u.github.io',
      base: '/atlas/',
    });
    expect(siteOptions({ SITE_URL: 'https://u.github.io/atlas/', BASE_PATH: '/' }).base).toBe('/');
  });
  test('a malformed SITE_URL is an error', () => {
    expect(() => siteOptions({ SITE_URL: 'not a url' })).toThrow();
  });
});
