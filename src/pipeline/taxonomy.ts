/**
 * The curated topic taxonomy (`content/taxonomy.yaml`): which tags exist and the textual evidence
 * that assigns each one to a paper. This module only validates the file; matching lives in
 * `./tag`. Every default lives in the schema, so the rest of the code never re-states one.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** Tag slugs are URL segments: lower-case ASCII words joined by single hyphens. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Terms are looked up by their first letters (see `./tag`), so they must start with one. */
const startsWithWord = (s: string): boolean => /^[\p{L}\p{N}]/u.test(s);

/** A case-insensitive phrase of one or more words. */
const phraseSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine(startsWithWord, 'must start with a letter or digit')
  // `*` is a prefix wildcard and only makes sense at the end of a word ("quantiz*").
  .refine(
    (s) => s.split(/[\s-]+/).every((word) => /^[^*]+\*?$/.test(word)),
    '`*` may only end a word, once, e.g. "quantiz*"',
  );

/** An acronym is one case-sensitive token; a space would make it a phrase. */
const acronymSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !/\s/.test(s), 'must be a single token (use `phrases` for several words)')
  .refine(startsWithWord, 'must start with a letter or digit');

/** One topic tag and the evidence that assigns it. */
export const tagSchema = z
  .strictObject({
    /** URL-safe id, unique in the taxonomy: lower-case words joined by hyphens (`state-space-models`). */
    slug: z
      .string()
      .regex(SLUG_PATTERN, 'must be lower-case letters/digits joined by hyphens, e.g. "kv-cache"'),
    /** Display name shown to readers (`State-space models`). */
    name: z.string().trim().min(1, 'must not be empty'),
    /** One sentence a reader understands, shown on the tag page. */
    description: z.string().trim().min(1, 'must not be empty'),
    /**
     * Case-insensitive phrases matched on word boundaries. Spaces and hyphens between words are
     * interchangeable (or absent), each word also matches its plural (s/es/ies), and a word ending
     * in `*` matches any continuation (`quantiz*` → quantized, quantization).
     */
    phrases: z.array(phraseSchema).default([]),
    /** Case-sensitive tokens (`SSM`, `MoE`); a trailing plural `s` is allowed automatically. */
    acronyms: z.array(acronymSchema).default([]),
    /** Phrases that veto the tag: a paper whose title or abstract contains one never gets it. */
    exclude: z.array(phraseSchema).default([]),
    /**
     * Phrases whose text is ignored when counting evidence, without vetoing the tag: e.g.
     * "natural language inference" so its "inference" does not count for an inference tag.
     */
    ignore: z.array(phraseSchema).default([]),
    /** Overrides `settings.minScore` for this tag (a broad tag may demand more evidence). */
    minScore: z.number().positive().optional(),
  })
  .refine((t) => t.phrases.length + t.acronyms.length > 0, {
    message: 'needs at least one entry in `phrases` or `acronyms`',
  });

/** How evidence turns into a score; all optional in the file. */
export const settingsSchema = z.strictObject({
  /** Points per match in the title: a title names what the paper is about. */
  titleWeight: z.number().positive().default(3),
  /** Points per match in the abstract. */
  abstractWeight: z.number().positive().default(1),
  /** Score a tag needs by default; 2 means one title hit or two abstract hits. */
  minScore: z.number().positive().default(2),
  /** Most tags kept per paper (highest scores first). */
  maxTags: z.number().int().min(1).default(6),
});

/** The whole taxonomy file. */
export const taxonomySchema = z
  .strictObject({
    /** Scoring settings; every field has a default, so the block may be left out. */
    settings: settingsSchema.prefault({}),
    /** The tags, in the order the site lists them. */
    tags: z.array(tagSchema).min(1, 'must list at least one tag'),
  })
  .superRefine((taxonomy, ctx) => {
    // Slugs are URLs and names are what readers see: both must be unambiguous.
    for (const key of ['slug', 'name'] as const) {
      const firstIndex = new Map<string, number>();
      taxonomy.tags.forEach((tag, index) => {
        const value = key === 'slug' ? tag.slug : tag.name.toLowerCase();
        const first = firstIndex.get(value);
        if (first === undefined) firstIndex.set(value, index);
        else
          ctx.addIssue({
            code: 'custom',
            path: ['tags', index, key],
            message: `duplicate ${key} "${key === 'slug' ? value : tag.name}" (first used by tags[${first}])`,
          });
      });
    }
  });

/** The validated taxonomy, with every default filled in. */
export type Taxonomy = z.output<typeof taxonomySchema>;
/** One validated tag. */
export type TaxonomyTag = Taxonomy['tags'][number];
/** Validated scoring settings. */
export type TaxonomySettings = Taxonomy['settings'];
/** What a taxonomy file may contain before defaults are applied. */
export type TaxonomyInput = z.input<typeof taxonomySchema>;

/** `['tags', 3, 'slug']` → `tags[3].slug`, plus the tag's slug when known, for humans. */
function describePath(path: readonly PropertyKey[], data: unknown): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  if (path[0] === 'tags' && typeof path[1] === 'number' && data && typeof data === 'object') {
    const tag: unknown = (data as { tags?: unknown[] }).tags?.[path[1]];
    const slug = tag && typeof tag === 'object' ? (tag as { slug?: unknown }).slug : undefined;
    if (typeof slug === 'string') out += ` (tag "${slug}")`;
  }
  return out || '(file)';
}

/**
 * Validates already-parsed taxonomy data. Throws one `Error` listing every problem (not just the
 * first), each with its location, so an editor can fix the file in one pass.
 */
export function validateTaxonomy(data: unknown, source = 'taxonomy'): Taxonomy {
  const result = taxonomySchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  - ${describePath(issue.path, data)}: ${issue.message}`,
  );
  throw new Error(`Invalid ${source} (${problems.length} problem(s)):\n${problems.join('\n')}`);
}

/**
 * Parses and validates the text of `content/taxonomy.yaml`. Throws a readable `Error` for YAML
 * syntax errors and for every schema problem (including duplicate slugs and names).
 */
export function parseTaxonomy(yamlText: string, source = 'taxonomy'): Taxonomy {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    throw new Error(
      `Invalid ${source}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return validateTaxonomy(data, source);
}
