/**
 * The paper renderer against what the site built before it: `@astrojs/mdx` compiling each page
 * into a component and Astro rendering that to HTML.
 *
 * - Golden: the pages of the whole-pipeline golden fixture (`src/pipeline/fixtures/pipeline/
 *   small/output/*.mdx`) render to the HTML stored for them in `fixtures/golden-html.json`
 *   (JSON, so Prettier leaves the HTML alone), byte for byte. The goldens were
 *   checked against the `<article>` of the same pages in an Astro build with `glob()` +
 *   `@astrojs/mdx`. Regenerate after an intended change with
 *   `UPDATE_GOLDEN=1 npx vitest run src/loaders/render-paper`, then read the diff.
 * - Equivalence: the same pages, and every page of the hostile corpus, render to the same HTML
 *   as `@mdx-js/mdx` compiling and running the MDX with the site's plugins (React is not
 *   installed, so a small JSX runtime below writes the elements out as Astro's renderer does);
 *   compared after {@link canonical}, which forgives only equal spellings (`&#x3C;` or `&lt;`).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { canonical } from '../../scripts/bench/compare-html';
import { parseListingsConfig } from '../listings-config';
import { runPipeline } from '../pipeline/index';
import { parseTaxonomy } from '../pipeline/taxonomy';
import { rehypePlugins, remarkPlugins } from '../render/markdown-options';
import { MDX_NODE_TYPES, PaperSourceError, readFrontmatter, renderPaper } from './render-paper';

const update = process.env['UPDATE_GOLDEN'] === '1';
const pagesDir = new URL('../pipeline/fixtures/pipeline/small/output/', import.meta.url).pathname;
const goldenPath = new URL('./fixtures/golden-html.json', import.meta.url).pathname;
const hostileDir = 'tests/fixtures/hostile';

const goldenPages = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((name) => ({ name, path: join(pagesDir, name), text: readFileSync(join(pagesDir, name), 'utf8') }));

/** Every page the pipeline makes of the hostile corpus (markup, MDX, math, unicode, CRLF + BOM). */
function hostilePages(): { name: string; path: string; text: string }[] {
  const decoder = new TextDecoder(); // drops a BOM, as the content CLI's reader does
  const files = readdirSync(hostileDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => new VFile({ path: f, value: decoder.decode(readFileSync(join(hostileDir, f))) }));
  const { pages } = runPipeline(files, {
    taxonomy: parseTaxonomy(readFileSync('content/taxonomy.yaml', 'utf8')),
    listingsConfig: parseListingsConfig(readFileSync(join(hostileDir, 'listings.yaml'), 'utf8')),
  });
  return pages.map((p) => ({ name: `${p.slug}.mdx`, path: `content/papers/${p.slug}.mdx`, text: p.mdx }));
}

// --- A JSX runtime that writes HTML the way Astro's renderer writes an MDX component's output.

const FRAGMENT = Symbol('Fragment');
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source']);
const escapeText = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escapeAttr = (s: string) => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');

/** Written-out HTML, told apart from text (which still needs escaping). */
class Html {
  constructor(readonly html: string) {}
}

function childHtml(child: unknown): string {
  if (Array.isArray(child)) return child.map(childHtml).join('');
  if (child instanceof Html) return child.html;
  if (child === undefined || child === null || typeof child === 'boolean') return '';
  return escapeText(String(child));
}

/** Elements are written out as soon as they are made (there is no later rendering phase). */
function jsx(type: unknown, props: Record<string, unknown>): Html {
  if (typeof type === 'function') return (type as (p: Record<string, unknown>) => Html)(props);
  const children = childHtml(props['children']);
  if (type === FRAGMENT) return new Html(children);
  let attrs = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined || value === null || value === false) continue;
    const text =
      name === 'style' && typeof value === 'object'
        ? Object.entries(value as Record<string, string>)
            .map(([k, v]) => `${k}:${v}`)
            .join(';')
        : String(value);
    attrs += ` ${name}="${escapeAttr(text)}"`;
  }
  const tag = String(type);
  return new Html(VOID.has(tag) ? `<${tag}${attrs}>` : `<${tag}${attrs}>${children}</${tag}>`);
}

/** Compiles and runs a page's MDX body with the site's plugins, as `@astrojs/mdx` does. */
async function htmlViaMdx(text: string, path: string): Promise<string> {
  const { body } = readFrontmatter(text, path);
  const mod = await evaluate(new VFile({ value: body, path }), {
    Fragment: FRAGMENT,
    jsx,
    jsxs: jsx,
    remarkPlugins,
    rehypePlugins,
    // Astro's MDX settings: HTML attribute names; styles as CSS, the way they are written out.
    elementAttributeNameCase: 'html',
    stylePropertyNameCase: 'css',
  } as Parameters<typeof evaluate>[1]);
  return (mod.default as (props: object) => Html)({}).html;
}

/** The text a reader sees in HTML written by rehype-stringify (tags dropped, references decoded). */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/gu, '')
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&');
}

describe('renderPaper on the pipeline golden pages', () => {
  const golden: Record<string, string> = update ? {} : JSON.parse(readFileSync(goldenPath, 'utf8'));
  if (update)
    afterAll(() => {
      mkdirSync(dirname(goldenPath), { recursive: true });
      writeFileSync(goldenPath, `${JSON.stringify(golden, null, 2)}\n`);
    });

  it.each(goldenPages)('$name renders to its golden HTML', async ({ name, path, text }) => {
    const { id, data, html } = await renderPaper(text, path);
    expect(`${id}.mdx`).toBe(name);
    expect(data['slug']).toBe(id);
    if (update) golden[name] = html;
    expect(html).toBe(golden[name]);
  });

  it('has a golden for every page and no other', () => {
    if (update) return;
    expect(Object.keys(golden).sort()).toEqual(goldenPages.map((p) => p.name));
  });

  it.each(goldenPages)('$name renders as compiling and running its MDX does', async ({ path, text }) => {
    const { html } = await renderPaper(text, path);
    expect(canonical(html)).toBe(canonical(await htmlViaMdx(text, path)));
  });

  it('reads the frontmatter as the pipeline wrote it (js-yaml), dates and numbers included', async () => {
    const mamba = goldenPages.find((p) => p.name.startsWith('mamba-'));
    if (!mamba) throw new Error('the golden fixture lost its Mamba page');
    const { data } = await renderPaper(mamba.text, mamba.path);
    expect(data).toMatchObject({ date: '2023-12-01', year: 2023, upvotes: 42, shortName: 'Mamba' });
  });
});

describe('renderPaper on the hostile corpus', () => {
  const pages = hostilePages();

  it('has pages to check (the pipeline builds every valid entry of the corpus)', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('$name renders as compiling and running its MDX does', async ({ path, text }) => {
    const { html } = await renderPaper(text, path);
    expect(canonical(html)).toBe(canonical(await htmlViaMdx(text, path)));
  });

  it('writes markup, MDX and links from the corpus as text, never as elements', async () => {
    const rendered = await Promise.all(pages.map((p) => renderPaper(p.text, p.path)));
    for (const { html } of rendered) {
      // rehype-stringify escapes every `<` of text, so a `<name` in the HTML is a real element.
      expect(html).not.toMatch(/<(script|img|iframe|style|b|component|object|embed)\b/iu);
      for (const tag of html.match(/<[a-z][^>]*>/giu) ?? []) expect(tag).not.toMatch(/\s(on\w+|srcdoc)=/iu);
      for (const [, href] of html.matchAll(/href="([^"]*)"/gu))
        expect(href).toMatch(/^(https?:\/\/|\.\.\/)/u);
    }
    const text = rendered.map((r) => textOf(r.html)).join('\n');
    for (const literal of [
      '<img src=x onerror="window.__pwned=2;alert(2)">',
      '<b onmouseover=alert(3)>bold</b>',
      '<style>body{display:none}</style>',
      '{alert(document.cookie)}',
      '<Component prop={window.__pwned=4} />',
      'export default function Pwn() { window.__pwned = 5 }',
      "import { danger } from './danger.js'",
      '[click](javascript:window.__pwned=8)',
    ])
      expect(text).toContain(literal);
  });
});

describe('renderPaper: math', () => {
  it('renders inline and display math to KaTeX HTML with MathML', async () => {
    const { html } = await renderPaper(
      '---\nslug: m\n---\n\nCost $O(n^2)$ and\n\n$$\n\\sum_i x_i\n$$\n',
      'content/papers/m.mdx',
    );
    expect(html).toContain('<span class="katex">');
    expect(html).toContain('<span class="katex-display">');
    expect(html).toContain('<annotation encoding="application/x-tex">O(n^2)</annotation>');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
    expect(html).not.toContain('$');
  });

  it('shows an unknown TeX command as KaTeX’s red text instead of failing the build', async () => {
    const { html } = await renderPaper('$\\notacommand{x}$', 'content/papers/bad.mdx');
    expect(html).toContain('<span class="mord" style="color:#cc0000;">\\notacommand</span>');
  });
});

describe('renderPaper refuses MDX code, naming the file', () => {
  const cases: [string, string][] = [
    ['mdxjsEsm', "import x from './x.js'\n\nText."],
    ['mdxjsEsm', 'export const title = 1\n\nText.'],
    ['mdxFlowExpression', '{alert(1)}'],
    ['mdxTextExpression', 'Text {alert(1)} more.'],
    ['mdxJsxFlowElement', '<Component />'],
    ['mdxJsxTextElement', 'Text <b>bold</b> more.'],
  ];

  it('knows exactly the five MDX node types', () => {
    expect([...MDX_NODE_TYPES].sort()).toEqual([...new Set(cases.map(([t]) => t))].sort());
  });

  it.each(cases)('%s: %j', async (type, body) => {
    const path = 'content/papers/hand-edited.mdx';
    const text = `---\nslug: hand-edited\ntitle: Hand edited\n---\n\n${body}\n`;
    const error = await renderPaper(text, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaperSourceError);
    expect((error as PaperSourceError).filePath).toBe(path);
    // Line 6: the frontmatter's four lines and a blank line come first.
    expect((error as Error).message).toMatch(
      new RegExp(`^${path}: contains MDX code \\(${type} at line 6,`, 'u'),
    );
  });

  it('refuses text that is not MDX at all, and bad frontmatter, naming the file', async () => {
    await expect(renderPaper('An unclosed {brace', 'content/papers/a.mdx')).rejects.toThrow(
      /^content\/papers\/a\.mdx: not valid MDX at line 1/u,
    );
    await expect(renderPaper('---\ntitle: [\n---\n\nText', 'content/papers/b.mdx')).rejects.toThrow(
      /^content\/papers\/b\.mdx: bad frontmatter/u,
    );
  });
});

describe('readFrontmatter', () => {
  it('takes the id from the slug, else from the file name, and keeps line numbers', () => {
    expect(readFrontmatter('---\nslug: a-b\n---\n\nText', 'x/c.mdx')).toEqual({
      id: 'a-b',
      data: { slug: 'a-b' },
      body: '\n\n\n\nText',
    });
    expect(readFrontmatter('Text only', 'x/c.mdx')).toEqual({ id: 'c', data: {}, body: 'Text only' });
  });
});
