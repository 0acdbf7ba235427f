/**
 * Test helper: the data export of a build (`api/papers.json`, `api/tags.json`), used to pick the
 * pages and papers the tests open instead of hard-coding slugs, and one page of every kind.
 */
import { apiPapersSchema, apiTagsSchema, type ApiPapers, type ApiTags } from '../../src/lib/api-schema';
import { readDist, type SiteBuild } from '../site/dist';

/** One paper record of `api/papers.json`. */
export type ApiPaper = ApiPapers['papers'][number];
/** One tag record of `api/tags.json`. */
export type ApiTag = ApiTags['tags'][number];

/** The parsed data export of one build. */
export interface SiteExport {
  papers: ApiPaper[];
  tags: ApiTag[];
}

/** Read and validate the data export of a build. */
export function readExport(build: SiteBuild): SiteExport {
  const papers = apiPapersSchema.parse(JSON.parse(readDist('api/papers.json', build.dir))).papers;
  const tags = apiTagsSchema.parse(JSON.parse(readDist('api/tags.json', build.dir))).tags;
  return { papers, tags };
}

/** The paper whose title starts with `prefix`; fails when the corpus lost it. */
export function paperTitled(data: SiteExport, prefix: string): ApiPaper {
  const paper = data.papers.find((p) => p.title.startsWith(prefix));
  if (!paper) throw new Error(`no paper titled "${prefix}…" in api/papers.json`);
  return paper;
}

/** The Mamba paper: a fixed example with tags, related papers and backlinks. */
export const MAMBA = 'Mamba: Linear-Time';
/** The S4 paper, whose abstract has `\( x'(t) = Ax(t) + Bu(t) \)` math. */
export const S4 = 'Efficiently Modeling Long Sequences with Structured State';

/** Site path (without the base) of a URL from the export, which carries the base. */
export function sitePath(url: string, base: string): string {
  const path = new URL(url, 'http://site.invalid').pathname;
  return path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
}

/** A page of one kind: what it is and its path without the base. */
export interface PageOfKind {
  kind: string;
  path: string;
}

/**
 * One page of every kind a reader meets, paths without the base. The tag, collection and year
 * pages are those of a dated, tagged paper, so each is a page with content.
 */
export function pageKinds(data: SiteExport, base: string): PageOfKind[] {
  const paper = paperTitled(data, MAMBA);
  const dated = data.papers.find((p) => p.year !== null && p.tags.length > 0 && p.collections.length > 0);
  if (!dated) throw new Error('no dated, tagged paper in api/papers.json');
  const tag = data.tags.find((t) => t.slug === dated.tags[0]);
  if (!tag) throw new Error(`tag ${dated.tags[0]} missing from api/tags.json`);
  return [
    { kind: 'home', path: '' },
    { kind: 'paper', path: sitePath(paper.url, base) },
    { kind: 'paper with math', path: sitePath(paperTitled(data, S4).url, base) },
    { kind: 'all papers', path: 'papers/' },
    { kind: 'tag index', path: 'tags/' },
    { kind: 'tag', path: sitePath(tag.url, base) },
    { kind: 'collection index', path: 'collections/' },
    { kind: 'collection', path: `collections/${dated.collections[0]}/` },
    { kind: 'year index', path: 'years/' },
    { kind: 'year', path: `years/${dated.year}/` },
    { kind: '404', path: 'no-such-page/' },
  ];
}
