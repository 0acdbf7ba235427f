import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildVersion, searchFiles } from './offline';

let site: string;

async function put(path: string, content: string | number) {
  const full = join(site, path);
  await mkdir(join(full, '..'), { recursive: true });
  await writeFile(full, typeof content === 'number' ? 'x'.repeat(content) : content);
}

beforeEach(async () => {
  site = await mkdtemp(join(tmpdir(), 'offline-test-'));
  await put('index.html', '<h1>Home</h1>');
  await put('papers/a/index.html', '<h1>A</h1>');
  await put('_astro/Base.abc.css', 'body{}');
  await put('pagefind/pagefind-entry.json', '{"languages":{"en":{"hash":"en_1"}}}');
  await put('pagefind/pagefind.js', 100);
  await put('pagefind/index/en_1.pf_index', 200);
  await put('pagefind/fragment/en_a.pf_fragment', 300);
});
afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('buildVersion', () => {
  it('is stable for the same build and changes with a page, an asset name or the index', async () => {
    const first = await buildVersion(site);
    expect(await buildVersion(site)).toBe(first);
    await put('papers/a/index.html', '<h1>A, edited</h1>');
    const second = await buildVersion(site);
    expect(second).not.toBe(first);
    await put('_astro/Other.def.js', '');
    const third = await buildVersion(site);
    expect(third).not.toBe(second);
    await put('pagefind/pagefind-entry.json', '{"languages":{"en":{"hash":"en_2"}}}');
    expect(await buildVersion(site)).not.toBe(third);
  });
});

describe('searchFiles', () => {
  it('lists the whole index within the budget, start-up files and chunks before fragments', async () => {
    expect(await searchFiles(site, 10_000)).toEqual([
      'index/en_1.pf_index',
      'pagefind-entry.json',
      'pagefind.js',
      'fragment/en_a.pf_fragment',
    ]);
  });

  it('leaves out fragments, then chunks, as the budget shrinks', async () => {
    expect(await searchFiles(site, 400)).toEqual([
      'index/en_1.pf_index',
      'pagefind-entry.json',
      'pagefind.js',
    ]);
    expect(await searchFiles(site, 150)).toEqual(['pagefind-entry.json', 'pagefind.js']);
  });

  it('keeps only the WASM of the languages the index has', async () => {
    await put('pagefind/pagefind-entry.json', '{"languages":{"en":{"hash":"en_1","wasm":"en"}}}');
    await put('pagefind/wasm.en.pagefind', 10);
    await put('pagefind/wasm.unknown.pagefind', 10);
    const files = await searchFiles(site, 10_000);
    expect(files).toContain('wasm.en.pagefind');
    expect(files).not.toContain('wasm.unknown.pagefind');
  });

  it('is empty without a search index', async () => {
    await rm(join(site, 'pagefind'), { recursive: true });
    expect(await searchFiles(site)).toEqual([]);
  });
});
