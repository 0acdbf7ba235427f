/**
 * Pagefind result data → what one result row shows. Pure, and the one place that decides what
 * of Pagefind's output may reach the page: the excerpt is reduced to text runs with `<mark>`
 * flags (no other markup survives), meta values stay plain strings that the renderer sets as
 * text, and URLs must stay on this site.
 */
import { formatDate } from '../../lib/format';
import type { ResultData } from './pagefind-api';

/** A run of excerpt text; `mark` when it is a match. */
export interface ExcerptRun {
  text: string;
  mark: boolean;
}

/** One result row. Every string is plain text. */
export interface ResultView {
  /** Same-site path (or `#` when the index gave something else). */
  url: string;
  title: string;
  date?: { iso: string; label: string } | undefined;
  tags: string[];
  organisation?: string | undefined;
  excerpt: ExcerptRun[];
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", apos: "'" };

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#39|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Split Pagefind's excerpt HTML into runs. Pagefind escapes `<` and `>` of the page text and adds
 * `<mark>` / `</mark>` around matches; any other tag (there should be none) is dropped, and
 * entities are decoded so that the renderer, which sets text, shows `<` rather than `&lt;`.
 */
export function excerptRuns(html: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let mark = false;
  for (const part of html.split(/(<[^>]*>)/)) {
    if (part.startsWith('<')) {
      const tag = part.toLowerCase().replace(/\s+/g, '');
      if (tag === '<mark>') mark = true;
      else if (tag === '</mark>') mark = false;
      continue;
    }
    const text = decode(part);
    if (!text) continue;
    const last = runs[runs.length - 1];
    if (last && last.mark === mark) last.text += text;
    else runs.push({ text, mark });
  }
  return runs;
}

/**
 * Keep a result URL only if it stays on this site: a root-relative path (not `//host`), or an
 * absolute URL on `origin`. Anything else (a `javascript:` URL in a tampered index) becomes `#`.
 */
export function safeUrl(url: string, origin: string): string {
  if (/^\/(?!\/)/.test(url)) return url;
  try {
    const parsed = new URL(url);
    return parsed.origin === origin ? parsed.pathname + parsed.search + parsed.hash : '#';
  } catch {
    return '#';
  }
}

/** Tag names of a result: from the tag filter, else from the `tags` meta (names joined by ` · `). */
function tagsOf(data: ResultData): string[] {
  const fromFilter = data.filters?.['tag'];
  if (fromFilter && fromFilter.length > 0) return [...fromFilter];
  const meta = data.meta['tags'];
  return meta ? meta.split(' · ').filter(Boolean) : [];
}

/**
 * The excerpt to show: from the section (below a heading, e.g. the abstract) with the most
 * matches, else Pagefind's page excerpt. The page's first words are its hidden title, which the
 * row already shows as the link, so a section excerpt says more.
 */
export function bestExcerpt(data: ResultData): string {
  let best: { excerpt: string; hits: number } | undefined;
  for (const sub of data.sub_results ?? []) {
    const hits = sub.locations.length;
    if (sub.anchor && hits > 0 && (!best || hits > best.hits)) best = { excerpt: sub.excerpt, hits };
  }
  return best?.excerpt ?? data.excerpt;
}

/** The row of one result. */
export function resultView(data: ResultData, origin: string): ResultView {
  const date = data.meta['date'];
  const iso = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  return {
    url: safeUrl(data.url, origin),
    title: data.meta['title']?.trim() || 'Untitled paper',
    date: iso ? { iso, label: formatDate(iso) } : undefined,
    tags: tagsOf(data),
    organisation: data.meta['organisation'] || undefined,
    excerpt: excerptRuns(bestExcerpt(data)),
  };
}
