/**
 * The papers loader over a folder of pages, with a fake Astro loader context (a Map for the
 * store, the real collection schema for `parseData`): what it stores, that a warm sync renders
 * only changed pages and drops removed ones, and that a page holding MDX code fails the sync
 * with its file named.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paperSchema } from '../schema';
import { renderPaper } from './render-paper';
import { renderedPapersLoader } from './rendered-papers';
import { shardOf } from '../shard';

type Entry = Parameters<LoaderContext['store']['set']>[0];

const fixtures = new URL('../pipeline/fixtures/pipeline/small/output/', import.meta.url).pathname;
const pages = readdirSync(fixtures).filter((f) => f.endsWith('.mdx'));

/** A loader context good enough for `load`: an in-memory store, real validation, a log. */
function fakeContext(root: string) {
  const entries = new Map<string, Entry>();
  const log: { level: string; message: string }[] = [];
  const sets: string[] = [];
  const say = (level: string) => (message: string) => log.push({ level, message });
  const context = {
    collection: 'papers',
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => {
        sets.push(entry.id);
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      entries: () => [...entries.entries()],
      delete: (id: string) => void entries.delete(id),
      has: (id: string) => entries.has(id),
      clear: () => entries.clear(),
      addModuleImport: () => undefined,
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => paperSchema.parseAsync(data),
    generateDigest: (data: string | Record<string, unknown>) =>
      createHash('sha256')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
    logger: { info: say('info'), warn: say('warn'), error: say('error'), debug: say('debug') },
  } as unknown as LoaderContext;
  return { context, entries, log, sets };
}

let root: string;
let dir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rendered-papers-'));
  dir = join(root, 'content', 'papers');
  mkdirSync(dir, { recursive: true });
  for (const name of pages) copyFileSync(join(fixtures, name), join(dir, name));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('renderedPapersLoader', () => {
  it('stores every page under its slug, validated, with its HTML and root-relative path', async () => {
    const { context, entries, log } = fakeContext(root);
    await renderedPapersLoader({ base: 'content/papers' }).load(context);
    expect([...entries.keys()].sort()).toEqual(pages.map((p) => p.replace(/\.mdx$/u, '')).sort());
    for (const name of pages) {
      const entry = entries.get(name.replace(/\.mdx$/u, ''));
      const expected = await renderPaper(readFileSync(join(dir, name), 'utf8'), join(dir, name));
      expect(entry?.filePath).toBe(`content/papers/${name}`);
      expect(entry?.rendered).toEqual({ html: expected.html, metadata: { headings: [] } });
      expect(entry?.data).toEqual(paperSchema.parse(expected.data));
      expect(entry?.body).toBeUndefined();
    }
    expect(log).toContainEqual({ level: 'info', message: `rendered 3 of 3 papers (0 removed)` });
  });

  it('renders nothing again for unchanged pages, re-renders a changed one, drops a removed one', async () => {
    const { context, entries, log, sets } = fakeContext(root);
    const loader = renderedPapersLoader({ base: 'content/papers' });
    await loader.load(context);
    const before = new Map([...entries].map(([id, e]) => [id, e.rendered?.html]));

    sets.length = 0;
    await loader.load(context);
    expect(sets).toEqual([]);
    expect(log.at(-1)).toEqual({ level: 'info', message: 'rendered 0 of 3 papers (0 removed)' });

    const [changed, removed] = [...pages].sort() as [string, string];
    const text = readFileSync(join(dir, changed), 'utf8');
    writeFileSync(join(dir, changed), `${text} Now with $x^2$.`);
    rmSync(join(dir, removed));
    await loader.load(context);
    expect(sets).toEqual([changed.replace(/\.mdx$/u, '')]);
    expect(log.at(-1)).toEqual({ level: 'info', message: 'rendered 1 of 2 papers (1 removed)' });
    expect(entries.has(removed.replace(/\.mdx$/u, ''))).toBe(false);
    const id = changed.replace(/\.mdx$/u, '');
    expect(entries.get(id)?.rendered?.html).not.toBe(before.get(id));
    expect(entries.get(id)?.rendered?.html).toContain('class="katex"');
  });

  it('reuses what another loader instance stored (a warm `astro build`)', async () => {
    const { context, sets } = fakeContext(root);
    await renderedPapersLoader({ base: 'content/papers' }).load(context);
    sets.length = 0;
    await renderedPapersLoader({ base: join(root, 'content', 'papers') }).load(context);
    expect(sets).toEqual([]);
  });

  it('fails the sync on a page with MDX code, naming the file, and keeps the other pages', async () => {
    const { context, log } = fakeContext(root);
    const bad = join(dir, 'hand-edited.mdx');
    writeFileSync(bad, '---\nslug: hand-edited\ntitle: Hand edited\n---\n\nHello <Widget />\n');
    await expect(renderedPapersLoader({ base: 'content/papers' }).load(context)).rejects.toThrow(
      `1 of 4 paper pages could not be loaded (first: ${bad}: contains MDX code (mdxJsxTextElement at line 6`,
    );
    expect(log.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
      expect.stringContaining(`${bad}: contains MDX code`),
    ]);
  });

  it('fails the sync when two files claim one slug', async () => {
    const { context } = fakeContext(root);
    const first = [...pages].sort()[0] as string;
    copyFileSync(join(dir, first), join(dir, `zz-copy-${first}`));
    await expect(renderedPapersLoader({ base: 'content/papers' }).load(context)).rejects.toThrow(
      /same slug ".*" as .*; each page needs its own/u,
    );
  });

  it('fails the sync on a page that breaks the schema', async () => {
    const { context } = fakeContext(root);
    writeFileSync(join(dir, 'no-title.mdx'), '---\nslug: no-title\n---\n\nText.\n');
    await expect(renderedPapersLoader({ base: 'content/papers' }).load(context)).rejects.toThrow(
      /1 of 4 paper pages could not be loaded/u,
    );
  });

  it('warns and empties the collection when the folder does not exist yet', async () => {
    const { context, entries, log } = fakeContext(root);
    await renderedPapersLoader({ base: 'content/papers' }).load(context);
    rmSync(dir, { recursive: true });
    await renderedPapersLoader({ base: 'content/papers' }).load(context);
    expect(entries.size).toBe(0);
    expect(log).toContainEqual({
      level: 'warn',
      message: 'no papers: "content/papers" does not exist (run `npm run content` first)',
    });
  });

  it('in a shard build renders only its own papers, and a later whole build renders the rest', async () => {
    const { context, entries } = fakeContext(root);
    const count = 2;
    await renderedPapersLoader({ base: 'content/papers', shard: { index: 1, count } }).load(context);
    expect(entries.size).toBe(pages.length);
    for (const [id, entry] of entries)
      expect(entry.rendered !== undefined, id).toBe(shardOf(id, count) === 1);
    await renderedPapersLoader({ base: 'content/papers' }).load(context);
    for (const [id, entry] of entries) expect(entry.rendered?.html, id).toMatch(/<p>/);
  });
});
