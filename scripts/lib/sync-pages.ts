/**
 * Make a folder hold exactly the given files: write only files whose bytes changed (so an
 * unchanged corpus rewrites nothing and Astro's caches stay warm) and delete the pages of
 * papers that left the corpus.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How many files were written, left as they were, and removed. */
export interface SyncReport {
  written: number;
  unchanged: number;
  removed: number;
}

/** Sync `dir` to `files` (name → text); only files ending in `extension` are ever removed. */
export async function syncPages(
  dir: string,
  files: Map<string, string>,
  extension = '.mdx',
): Promise<SyncReport> {
  await mkdir(dir, { recursive: true });
  const report: SyncReport = { written: 0, unchanged: 0, removed: 0 };
  for (const name of await readdir(dir)) {
    if (name.endsWith(extension) && !files.has(name)) {
      await rm(join(dir, name));
      report.removed++;
    }
  }
  for (const [name, text] of files) {
    const path = join(dir, name);
    const old = await readFile(path, 'utf8').catch(() => undefined);
    if (old === text) {
      report.unchanged++;
    } else {
      await writeFile(path, text);
      report.written++;
    }
  }
  return report;
}
