import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
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
    expect(paperSchema.parse(load(yaml ?? ''))).toEqual(paperSchema.parse(data));
  });

  test('any title, however YAML-like (dates, numbers, yes/no, quotes, unicode), reads back unchanged', () => {
    const yamlish = fc.constantFrom(
      '2024-01-02',
      'yes',
      'no',
      '1e3',
      '0x1F',
      '~',
      'null',
      '- a',
      '? b',
      ': c',
      '#d',
    );
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ unit: 'grapheme', minLength: 1 })), (title) => {
        const mdx = toMdx({ ...data, title, rawTitle: title }, []);
        const back = load(mdx.split('---\n')[1] ?? '') as Record<string, unknown>;
        expect(back['title']).toBe(title);
        expect(back['rawTitle']).toBe(title);
      }),
    );
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
