/** Size of a built folder: what a deploy uploads, and how many files (some hosts cap the count). */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Bytes and file count of a folder tree. */
export interface DirSize {
  bytes: number;
  files: number;
}

/** Sums the sizes of all files under `dir` (zero for a missing folder). */
export async function dirSize(dir: string): Promise<DirSize> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile());
  let bytes = 0;
  // In batches: one stat per file, without opening 100,000 handles at once.
  for (let i = 0; i < files.length; i += 512) {
    const sizes = await Promise.all(
      files.slice(i, i + 512).map((e) => stat(join(e.parentPath, e.name)).then((s) => s.size)),
    );
    bytes += sizes.reduce((a, b) => a + b, 0);
  }
  return { bytes, files: files.length };
}
