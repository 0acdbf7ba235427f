/**
 * Project roots for the builds the benchmark compares with the site itself, made under
 * `bench/work/` so nothing in the project is touched and Astro's generated `.astro/` folders stay
 * out of the source tree. Dependencies resolve through the project's `node_modules`, found by
 * walking up from the copy, so every variant builds with exactly the same packages.
 *
 * - `floor`: `bench/floor/` as it is (a bare Astro + MDX site).
 * - `loader`, `md`: a copy of the site's current `astro.config.ts` and `src/`, with the site's
 *   `content.config.ts` kept as `site-content.config.ts` and the variant's files from
 *   `bench/<variant>/` laid over `src/`, so the variant differs from the site only in how papers load.
 */
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Builds compared with the site. */
export type Variant = 'floor' | 'loader' | 'md';

const SITE_FILES = ['astro.config.ts', 'tsconfig.json', 'package.json', 'src', 'public'];

/** Makes (or refreshes) the root of `variant` at `dest`; caches under `dest/node_modules` are kept. */
export async function prepareRoot(projectRoot: string, variant: Variant, dest: string): Promise<void> {
  await mkdir(dest, { recursive: true });
  for (const name of await readdir(dest)) {
    if (name !== 'node_modules') await rm(join(dest, name), { recursive: true, force: true });
  }
  if (variant === 'floor') {
    await cp(join(projectRoot, 'bench', 'floor'), dest, { recursive: true });
    return;
  }
  for (const name of SITE_FILES) {
    const from = join(projectRoot, name);
    if (existsSync(from)) await cp(from, join(dest, name), { recursive: true });
  }
  // Test files are not part of a build; leaving them out keeps the copy small.
  await rm(join(dest, 'src', 'bench'), { recursive: true, force: true });
  await rename(join(dest, 'src', 'content.config.ts'), join(dest, 'src', 'site-content.config.ts'));
  await cp(join(projectRoot, 'bench', variant), join(dest, 'src'), { recursive: true });
}
