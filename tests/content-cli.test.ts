/**
 * The content command as a user runs it: real seeds in, pages out; determinism, no rewrites on
 * an unchanged corpus, stale pages removed, `--strict` failing on diagnostics.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string> = {}) =>
  run('npx', ['tsx', 'scripts/build-content.ts', ...args], { env: { ...process.env, ...env } });

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'atlas-cli-'));
});

async function snapshot(dir: string): Promise<Map<string, { text: string; mtime: number }>> {
  const out = new Map<string, { text: string; mtime: number }>();
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    out.set(name, { text: await readFile(path, 'utf8'), mtime: (await stat(path)).mtimeMs });
  }
  return out;
}

// Each test runs the CLI (a fresh tsx process) one to three times: allow for a busy machine.
describe('build-content on the real seeds', () => {
  test('finds 262 distinct papers, reports no diagnostics, and a rerun rewrites nothing', async () => {
    const out = join(work, 'papers');
    const first = await cli(['--out', out, '--strict']);
    expect(first.stdout).toMatch(/4 files, 275 entries → 262 papers \(13 merged duplicates\), 0 diagnostics/);
    const before = await snapshot(join(out, 'papers'));
    expect(before.size).toBe(262);

    const second = await cli(['--out', out]);
    expect(second.stdout).toMatch(/0 written, 262 unchanged, 0 removed/);
    const after = await snapshot(join(out, 'papers'));
    for (const [name, file] of before) {
      expect(after.get(name)?.text).toBe(file.text);
      expect(after.get(name)?.mtime).toBe(file.mtime);
    }
  }, 180_000);

  test('CORPUS_DIR selects another folder; pages of papers that left are removed', async () => {
    const corpus = join(work, 'corpus');
    await cp('seeds', corpus, { recursive: true });
    const out = join(work, 'subset');
    await cli(['--out', out], { CORPUS_DIR: corpus });
    expect((await readdir(join(out, 'papers'))).length).toBe(262);
    // Keep only file 003 (64 papers, all distinct within it).
    for (const name of await readdir(corpus))
      if (!name.startsWith('003_')) await writeFile(join(corpus, name), '');
    const { stdout, stderr } = await cli(['--out', out], { CORPUS_DIR: corpus });
    expect(stdout).toMatch(/→ 64 papers/);
    expect(stdout).toMatch(/removed/);
    expect((await readdir(join(out, 'papers'))).length).toBe(64);
    // Emptied files are warnings naming the file, not crashes.
    expect(stderr).toMatch(/000_d9369d99f8f5d6c6\.txt/);
  }, 180_000);

  test('--strict fails the run when there is a diagnostic, and still writes every valid page', async () => {
    const corpus = join(work, 'bad');
    const out = join(work, 'bad-out');
    await mkdir(corpus);
    await cp('seeds/003_735574f7316076a4.txt', join(corpus, '003.txt'));
    await writeFile(join(corpus, 'cut.txt'), 'Daily Papers\n\nA title alone\n');
    const failed = await cli(['--out', out, '--strict'], { CORPUS_DIR: corpus }).catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect(String((failed as { stderr: string }).stderr)).toMatch(/cut\.txt[\s\S]*3:1/);
    expect((await readdir(join(out, 'papers'))).length).toBe(64);
  }, 180_000);
});
