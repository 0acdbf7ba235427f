/**
 * `listings.yaml`, the small hand-edited file beside the listing files: per listing id, a human
 * name and description for its collection page, and the page year where it cannot be inferred.
 */
import { parse } from 'yaml';
import { z } from 'zod';

/** What the user may say about one listing file. */
export const listingConfigSchema = z.strictObject({
  /** Collection name shown to readers, e.g. "Efficient sequence models". */
  name: z.string().min(1).optional(),
  /** One or two sentences on what the listing's topic search covered. */
  description: z.string().min(1).optional(),
  /** The year the listing page was saved, for dates written without a year. */
  year: z.number().int().min(1900).max(2200).optional(),
});

/** The whole file: listing id (file name without `.txt`) → settings. */
export const listingsConfigSchema = z.record(z.string(), listingConfigSchema);

/** Parsed `listings.yaml`. */
export type ListingsConfig = z.infer<typeof listingsConfigSchema>;

/** Parse the file's text; an empty file means no settings. Throws a readable error on bad input. */
export function parseListingsConfig(text: string): ListingsConfig {
  const result = listingsConfigSchema.safeParse(parse(text) ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(top)'}: ${i.message}`);
  throw new Error(`listings.yaml is not valid:\n${problems.join('\n')}`);
}

/** The page years the user stated, for the infer-year stage. */
export function statedYears(config: ListingsConfig): Record<string, number> {
  const years: Record<string, number> = {};
  for (const [id, entry] of Object.entries(config)) if (entry.year !== undefined) years[id] = entry.year;
  return years;
}
