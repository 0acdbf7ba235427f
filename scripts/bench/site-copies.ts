/**
 * Project roots for the builds of one benchmark size, made under `bench/work/` so nothing in the
 * project is touched and Astro's generated `.astro/` folders stay out of the source tree.
 * Dependencies resolve through the project's `node_modules`, found by walking up from the copy,
 * so every build uses exactly the same packages.
 *
 * - `site`: a SNAPSHOT of the project's build inputs (`astro.config.ts`, `src/`, `scripts/`,
 *   `public/`, the taxonomy) taken when a size starts. A large size runs for an hour or more;
 *   building every variant, and the warm rebuild, from one snapshot keeps the comparison fair
 *   while the project itself keeps changing.
 * - `floor`: `bench/floor/` as it is (a bare Astro + MDX site).
 * - `glob-mdx`, `md`: the snapshot with its `content.config.ts` kept as `site-content.config.ts`
 *   and the variant's files from `bench/<variant>/` laid over `src/`, so the variant differs from
 *   the site only in how papers load.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Variant } from './types';

/** Builds of one size. */
export type Root = 'site' | 'floor' | Variant;

const SNAPSHOT = [
  'astro.config.ts',
  'tsconfig.json',
  'package.json',
  'src',
  'scripts',
  'public',
  join('content', 'taxonomy.yaml'),
];

/** Empties `dest` except its `node_modules` (where Astro caches live). */
async function reset(dest: string): Promise<void> {
  await mkdir(dest, { recursive: true });
  for (const name of await readdir(dest)) {
    if (name !== 'node_modules') await rm(join(dest, name), { recursive: true, force: true });
  }
}

/**
 * Makes the root of `kind` at `dest`. `site` copies from the project; `glob-mdx` and `md` copy
 * from `snapshot` (the `site` root of the same size); `floor` from `bench/floor/`.
 */
export async function prepareRoot(
  projectRoot: string,
  kind: Root,
  dest: string,
  snapshot?: string,
): Promise<void> {
  await reset(dest);
  if (kind === 'floor') {
    await cp(join(projectRoot, 'bench', 'floor'), dest, { recursive: true });
    return;
  }
  const from = kind === 'site' ? projectRoot : snapshot;
  if (from === undefined) throw new Error(`prepareRoot: the ${kind} root is made from a site snapshot`);
  for (const name of SNAPSHOT) {
    if (existsSync(join(from, name))) await cp(join(from, name), join(dest, name), { recursive: true });
  }
  // Test files and the benchmark itself are not build inputs.
  for (const dir of [join('src', 'bench'), join('scripts', 'bench')])
    await rm(join(dest, dir), { recursive: true, force: true });
  if (kind === 'site') return;
  await rename(join(dest, 'src', 'content.config.ts'), join(dest, 'src', 'site-content.config.ts'));
  await cp(join(projectRoot, 'bench', kind), join(dest, 'src'), { recursive: true });
}
