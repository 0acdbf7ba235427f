/**
 * Builds the data export from the content collections. Pure: the endpoints in `src/pages/api/`
 * pass the entries, the base path and the site origin.
 */
import type { PaperData, TagSummary } from '../schema';
import { API_VERSION, apiPapersSchema, apiTagsSchema, type ApiPapers, type ApiTags } from './api-schema';
import { absolute, paperPath, tagPath } from './urls';

/** Where the export's URLs point. */
export interface ExportTarget {
  base: string;
  site?: URL | string | undefined;
}

/** `api/papers.json`: every paper, sorted by slug; validated before it is written. */
export function exportPapers(papers: PaperData[], target: ExportTarget): ApiPapers {
  const sorted = [...papers].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  return apiPapersSchema.parse({
    version: API_VERSION,
    papers: sorted.map((p) => ({
      slug: p.slug,
      url: absolute(paperPath(target.base, p.slug), target.site),
      title: p.title,
      date: p.date ?? null,
      year: p.year ?? null,
      authors: p.authors ?? null,
      upvotes: p.upvotes ?? null,
      organisation: p.organisation ?? null,
      tags: p.tags,
      related: p.related,
      mentions: p.mentions,
      mentionedBy: p.mentionedBy,
      collections: [...new Set(p.sources.map((s) => s.listing))],
      codeLinks: p.codeLinks,
    })),
  });
}

/** `api/tags.json`: every tag in taxonomy order with its papers; validated before it is written. */
export function exportTags(tags: TagSummary[], target: ExportTarget): ApiTags {
  return apiTagsSchema.parse({
    version: API_VERSION,
    tags: tags.map((t) => ({
      slug: t.slug,
      name: t.name,
      description: t.description,
      url: absolute(tagPath(target.base, t.slug), target.site),
      count: t.papers.length,
      papers: t.papers,
    })),
  });
}
