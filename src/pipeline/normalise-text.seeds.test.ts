import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhrasingContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { evaluateMdx, phrasingToMdx, vnodeClasses } from '../../tests/helpers/mdx-text';
import { codeLinks, normaliseText, plainText } from './normalise-text';

/** Titles and abstracts of the real seeds: every paragraph that is not a header or metadata. */
function seedParagraphs(): string[] {
  const dir = join(import.meta.dirname, '..', '..', 'seeds');
  const header =
    /^(new|Get trending papers.*|Subscribe|Daily Papers|by ?AK and the research community|[A-Z][a-z]{2} \d{1,2})$/;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p !== '' && !header.test(p) && !/^\s*•|^·/m.test(p));
}

function textValues(nodes: PhrasingContent[]): string[] {
  return nodes.flatMap((n) =>
    n.type === 'text'
      ? [n.value]
      : n.type !== 'link' && 'children' in n
        ? textValues(n.children as PhrasingContent[])
        : [],
  );
}

describe('all titles and abstracts of the real seeds', () => {
  const paragraphs = seedParagraphs();
  const cleaned = paragraphs.map((p) => normaliseText(p));

  test('the crude split finds every entry', () => {
    // 275 entries in the four files of CORPUS.md, each a title and an abstract; more if a user adds files.
    expect(paragraphs.length).toBeGreaterThanOrEqual(550);
  });

  test('compile as MDX with remark-math + rehype-katex, with no KaTeX error', async () => {
    for (const nodes of cleaned) {
      const tree = await evaluateMdx(phrasingToMdx(nodes));
      expect(vnodeClasses(tree).has('katex-error')).toBe(false);
    }
  });

  test('no TeX is left in the text: no backslash, no delimited math, no braced script', () => {
    for (const value of cleaned.flatMap(textValues)) {
      expect(value).not.toMatch(/\\/);
      expect(value).not.toMatch(/\$[^\s$][^$]*\$/);
      expect(value).not.toMatch(/[\^_]\{/);
      expect(value).not.toMatch(/``|''/);
    }
  });

  test('the only braces left are the literal {tokens} of one abstract', () => {
    const braced = cleaned.flatMap(textValues).filter((v) => /[{}]/.test(v));
    expect(braced.map((v) => v.match(/\{[^}]*\}/g))).toEqual([['{tokens}']]);
  });

  test('every URL of the seeds becomes a link, none keeps debris or trailing punctuation', () => {
    const urls = cleaned.flatMap(codeLinks);
    expect(urls.length).toBe(paragraphs.join('\n').match(/https?:\/\//g)?.length);
    for (const url of urls) expect(url).toMatch(/^https?:\/\/[^\s{}]*[^\s{}.,;:)]$/);
    expect(urls).toContain('https://hf.xwall.us.kg./NexaAIDev/Dolphin');
  });

  test('plain text never contains link or math syntax', () => {
    for (const nodes of cleaned) expect(plainText(nodes)).not.toMatch(/\]\(|\$\^/);
  });
});
