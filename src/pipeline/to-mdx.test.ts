import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { paperSchema } from '../schema';
import { phrasingToMdx, toMdx } from './to-mdx';

const data = {
  slug: 'hydra-abc123',
  title: 'Hydra: "quoted" #hash: {x}',
  titleHtml: 'Hydra: &#x22;quoted&#x22; #hash: {x}',
  rawTitle: 'Hydra: "quoted" #hash: {x}',
  sources: [{ listing: '001_x', line: 3 }],
};

describe('toMdx', () => {
  test('frontmatter reads back as the same validated data', () => {
    const mdx = toMdx(data, [{ type: 'text', value: 'Abstract.' }]);
    const [, yaml] = mdx.split('---\n');
    expect(paperSchema.parse(parse(yaml ?? ''))).toEqual(paperSchema.parse(data));
  });

  test('invalid data is a bug and throws', () => {
    expect(() => toMdx({ ...data, slug: 'Not A Slug' }, [])).toThrow();
  });

  test('MDX syntax in text is escaped by the serialiser', () => {
    const body = phrasingToMdx([{ type: 'text', value: 'a <b> {c} `d` $e$' }]);
    expect(body).not.toMatch(/(^|[^\\])[<{]/);
    expect(body).toContain('\\$e\\$');
  });

  test('math nodes become $…$', () => {
    expect(phrasingToMdx([{ type: 'inlineMath', value: 'x^2' }]).trim()).toBe('$x^2$');
  });
});
