import { describe, expect, test } from 'vitest';
import { parseTaxonomy, validateTaxonomy } from './taxonomy';

/** A valid tag, to be overridden field by field; its name follows its slug so names stay unique. */
const tag = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({
  slug: 'state-space-models',
  name: `Name of ${String(fields['slug'] ?? 'state-space-models')}`,
  description: 'Sequence models built on state-space layers.',
  phrases: ['state space model'],
  ...fields,
});

/** The error message `validateTaxonomy` throws for `data` (fails the test if it does not throw). */
function problems(data: unknown): string {
  try {
    validateTaxonomy(data);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected the taxonomy to be rejected');
}

describe('parseTaxonomy', () => {
  test('fills every default from the schema', () => {
    const taxonomy = parseTaxonomy(`
tags:
  - slug: moe
    name: Mixture of experts
    description: Sparse expert models.
    acronyms: [MoE]
`);
    expect(taxonomy.settings).toEqual({ titleWeight: 3, abstractWeight: 1, minScore: 2, maxTags: 6 });
    expect(taxonomy.tags[0]).toEqual({
      slug: 'moe',
      name: 'Mixture of experts',
      description: 'Sparse expert models.',
      phrases: [],
      acronyms: ['MoE'],
      exclude: [],
      ignore: [],
    });
  });

  test('keeps explicit settings and per-tag minScore, and trims terms', () => {
    const taxonomy = parseTaxonomy(`
settings: { titleWeight: 5, minScore: 4 }
tags:
  - { slug: a, name: A, description: d, phrases: ["  low rank  "], minScore: 1 }
`);
    expect(taxonomy.settings).toEqual({ titleWeight: 5, abstractWeight: 1, minScore: 4, maxTags: 6 });
    expect(taxonomy.tags[0]?.minScore).toBe(1);
    expect(taxonomy.tags[0]?.phrases).toEqual(['low rank']);
  });

  test('reports YAML syntax errors as such', () => {
    expect(() => parseTaxonomy('tags: [unclosed', 'content/taxonomy.yaml')).toThrow(
      /Invalid content\/taxonomy\.yaml: not valid YAML/,
    );
  });

  test('an empty file or one without tags is rejected', () => {
    expect(() => parseTaxonomy('')).toThrow(/Invalid taxonomy/);
    expect(() => parseTaxonomy('tags: []')).toThrow(/tags: must list at least one tag/);
  });
});

describe('validateTaxonomy errors', () => {
  test('duplicate slugs name both tags', () => {
    const message = problems({ tags: [tag(), tag({ name: 'Other name' })] });
    expect(message).toContain('tags[1].slug (tag "state-space-models"): duplicate slug "state-space-models"');
    expect(message).toContain('first used by tags[0]');
  });

  test('duplicate display names are rejected, ignoring case', () => {
    expect(problems({ tags: [tag(), tag({ slug: 'ssm', name: 'NAME OF state-space-models' })] })).toMatch(
      /tags\[1\]\.name .*duplicate name/,
    );
  });

  test('lists every problem at once, each with its location', () => {
    const message = problems({
      tags: [
        tag({ slug: 'Bad Slug' }),
        tag({ slug: 'no-evidence', phrases: [] }),
        tag({ slug: 'typo', phrase: ['x'] }),
        tag({ slug: 'no-description', description: '  ' }),
      ],
    });
    expect(message).toMatch(/\(4 problem\(s\)\)/);
    expect(message).toMatch(/tags\[0\]\.slug \(tag "Bad Slug"\): must be lower-case/);
    expect(message).toMatch(
      /tags\[1\] \(tag "no-evidence"\): needs at least one entry in `phrases` or `acronyms`/,
    );
    expect(message).toMatch(/tags\[2\] \(tag "typo"\): Unrecognized key: "phrase"/);
    expect(message).toMatch(/tags\[3\]\.description \(tag "no-description"\): must not be empty/);
  });

  test('checks the shape of phrases and acronyms', () => {
    const message = problems({
      tags: [
        tag({ phrases: ['quan*tize', '*ization', '(3D) vision', 'ok**'] }),
        tag({ slug: 'acr', acronyms: ['Mo E', ''] }),
      ],
    });
    expect(message).toMatch(/tags\[0\]\.phrases\[0\].*`\*` may only end a word/);
    expect(message).toMatch(/tags\[0\]\.phrases\[1\].*must start with a letter or digit/);
    expect(message).toMatch(/tags\[0\]\.phrases\[2\].*must start with a letter or digit/);
    expect(message).toMatch(/tags\[0\]\.phrases\[3\].*`\*` may only end a word/);
    expect(message).toMatch(/tags\[1\]\.acronyms\[0\].*single token/);
    expect(message).toMatch(/tags\[1\]\.acronyms\[1\].*must not be empty/);
  });

  test('rejects bad settings and unknown top-level keys', () => {
    const message = problems({
      settings: { minScore: 0, maxTags: 1.5, colour: 'red' },
      tags: [tag()],
      extra: 1,
    });
    expect(message).toMatch(/settings\.minScore/);
    expect(message).toMatch(/settings\.maxTags/);
    expect(message).toMatch(/settings.*colour/);
    expect(message).toMatch(/extra/);
  });
});
