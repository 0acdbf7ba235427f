import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { servedSizes } from './served-size';

const site = mkdtempSync(join(tmpdir(), 'served-size-'));
mkdirSync(join(site, 'papers'));
writeFileSync(join(site, 'papers', 'index.html'), 'a'.repeat(10_000));
writeFileSync(join(site, 'tiny.bin'), Buffer.from([1, 2, 3]));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('servedSizes', () => {
  const size = servedSizes(site);

  it('sizes a file as sent and gzipped, a folder path as its index.html', () => {
    const page = size('/papers/');
    expect(page?.bytes).toBe(10_000);
    expect(page?.gzip).toBeLessThan(200);
  });

  it('never counts gzip as more than the file itself, and knows nothing of missing files', () => {
    expect(size('/tiny.bin')).toEqual({ bytes: 3, gzip: 3 });
    expect(size('/missing.js')).toBeUndefined();
  });
});
