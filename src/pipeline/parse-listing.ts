/**
 * Stage 1: the text of one listing file → its entries, each with the line of its title.
 *
 * The file is read as paragraphs (runs of non-blank lines). Header lines and an optional page
 * date are skipped line by line before the first paragraph. A paragraph is a metadata block
 * when any of its lines is a metadata line (`• N authors`, `·`, a date) or starts with a bullet
 * and a space; otherwise it is text, and text paragraphs pair up as title + abstract.
 *
 * Title or abstract? Abstracts are long and titles short (1,350–1,920 vs ≤ 176 characters in
 * the real data), so a paragraph of at least `ABSTRACT_MIN_LENGTH` characters is "long". After a
 * title, the next text paragraph is its abstract, unless it is short AND the paragraph after it
 * is long: a short paragraph followed by a long one starts an entry, so the title had no
 * abstract. A long paragraph where a title is expected is an abstract without a title, unless a
 * long paragraph follows it (then it is an unusually long title). Short abstracts are therefore
 * still read by position, so nothing relies on length alone.
 */
import type { VFile } from 'vfile';
import { parseDateLine, type DateLine } from './listing-date';
import type { Listing, ListingDate, RawEntry } from './types';

/** Paragraphs at least this long read as abstracts; it sits far from both real extremes. */
export const ABSTRACT_MIN_LENGTH = 250;

// Letters only, so `byAK and the research community` and spacing/punctuation variants match.
const HEADER_KEYS = new Set([
  'new',
  'gettrendingpapersinyouremailinbox',
  'subscribe',
  'dailypapers',
  'byakandtheresearchcommunity',
]);
const BULLET = /^[•·*‣◦∙⋅-]/u;
const AUTHORS = /^(?:[•·*‣◦∙⋅-]\s*)?(\d+)\s+authors?$/iu;
const SEPARATOR = /^[·•∙⋅*-]$/u;
// Closing brackets, quotes and `$` may follow the full stop; a bare URL also ends abstracts.
const SENTENCE_END = /(?:[.!?…。][)\]}"'”’»$]*|https?:\/\/\S+)$/u;
// NUL is what a UTF-16 file shows once decoded as UTF-8, so it counts as undecodable too.
// eslint-disable-next-line no-control-regex
const BAD_CHAR = /[\uFFFD\u0000]/u;
const MAX_BYTE_REPORTS = 10;

interface Line {
  /** The line without surrounding whitespace. */
  text: string;
  line: number;
}
type Block = Line[];
type MetaLine = { kind: 'authors'; count: number } | { kind: 'separator' } | ({ kind: 'date' } & DateLine);
type Meta = Pick<RawEntry, 'authors' | 'organisation' | 'date' | 'upvotes'>;

/** Whether a line is one of the page's header lines (compared by letters only, any case). */
export function isHeaderLine(text: string): boolean {
  return HEADER_KEYS.has(text.toLowerCase().replace(/[^a-z]/g, ''));
}

function metaLine(text: string): MetaLine | undefined {
  const authors = AUTHORS.exec(text);
  if (authors) return { kind: 'authors', count: Number(authors[1]) };
  if (SEPARATOR.test(text)) return { kind: 'separator' };
  const date = parseDateLine(text);
  return date && { kind: 'date', ...date };
}

/** Parses one listing file; problems are reported on `file` and never thrown. */
export function parseListing(file: VFile): Listing {
  const warn = (reason: string, line: number, ruleId: string, column = 1) =>
    file.message(reason, { place: { line, column }, ruleId, source: 'paper-atlas' });
  const lines = String(file)
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((raw, i) => ({ raw, text: raw.trim(), line: i + 1 }));
  const listing: Listing = { id: file.stem ?? '', path: file.path, entries: [] };

  reportBadBytes(lines, warn);
  if (lines.every((l) => l.text === '')) {
    warn('Empty listing file: no header and no entries', 1, 'empty-file');
    return listing;
  }
  let start = 0;
  while (start < lines.length && (lines[start]?.text === '' || isHeaderLine(lines[start]?.text ?? '')))
    start++;
  const pageDate = parseDateLine(lines[start]?.text ?? '');
  if (pageDate && pageDate.upvotes === undefined) {
    listing.pageDate = pageDate.date;
    start++;
  }
  const blocks = toBlocks(lines.slice(start), warn);
  if (blocks.length === 0) {
    warn('Listing has header lines but no entries', lines.length, 'empty-file');
    return listing;
  }
  listing.entries = toEntries(blocks, warn);
  return listing;
}

type Warn = (reason: string, line: number, ruleId: string, column?: number) => void;

function reportBadBytes(lines: { raw: string; line: number }[], warn: Warn): void {
  const bad = lines.filter((l) => BAD_CHAR.test(l.raw));
  for (const l of bad.slice(0, MAX_BYTE_REPORTS)) {
    const column = l.raw.search(BAD_CHAR) + 1;
    warn(
      `Line ${l.line} has undecodable bytes (shown as U+FFFD or NUL): is the file UTF-8?`,
      l.line,
      'undecodable-bytes',
      column,
    );
  }
  const rest = bad.length - MAX_BYTE_REPORTS;
  // One summary instead of thousands of messages when a whole file is in another encoding.
  if (rest > 0)
    warn(`${rest} more lines have undecodable bytes`, bad[MAX_BYTE_REPORTS]?.line ?? 1, 'undecodable-bytes');
}

/** Splits lines into paragraphs, also where a metadata line is glued to the text above it. */
function toBlocks(lines: Line[], warn: Warn): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  for (const l of lines) {
    if (l.text === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
      continue;
    }
    const kind = metaLine(l.text)?.kind;
    const prev = current.at(-1);
    if (prev && kind && !isMeta(current)) {
      const long = prev.text.length >= ABSTRACT_MIN_LENGTH;
      // A short line alone above `·` is the organisation line; a long one is an abstract.
      if (long || (current.length > 1 && kind !== 'date')) {
        const org = long ? [] : current.splice(-1);
        blocks.push(current);
        current = org;
        warn('Missing blank line before this metadata block', (org[0] ?? l).line, 'missing-blank-line');
      }
    }
    current.push(l);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

// Any metadata line or bullet makes the paragraph metadata, so one damaged line cannot turn a
// metadata block into a title.
const isMeta = (b: Block | undefined) =>
  b !== undefined && b.some((l) => metaLine(l.text) ?? /^[•·‣◦∙⋅](?:\s|$)/u.test(l.text));
const isText = (b: Block | undefined): b is Block => b !== undefined && !isMeta(b);
const isLong = (b: Block | undefined) =>
  isText(b) && b.reduce((n, l) => n + l.text.length + 1, -1) >= ABSTRACT_MIN_LENGTH;

/** The paragraph as one line; a wrapped paragraph is joined and reported, never cut. */
function joined(block: Block, what: string, warn: Warn): string {
  if (block.length > 1)
    warn(
      `The ${what} spans ${block.length} lines; they were joined with spaces`,
      block[1]?.line ?? 1,
      'joined-lines',
    );
  return block.map((l) => l.text).join(' ');
}

function toEntries(blocks: Block[], warn: Warn): RawEntry[] {
  const entries: RawEntry[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i] as Block;
    const first = block[0] as Line;
    const next = blocks[i + 1];
    if (isMeta(block)) {
      warn('Metadata block without a title and abstract before it; skipped', first.line, 'unexpected-line');
      i++;
      continue;
    }
    let title: string;
    let abstract: string;
    const rest = block.slice(1);
    if (rest.length > 0 && first.text.length < ABSTRACT_MIN_LENGTH && isLong(rest)) {
      // Title and abstract in one paragraph: the blank line between them is missing.
      warn(
        'Missing blank line between title and abstract',
        rest[0]?.line ?? first.line,
        'missing-blank-line',
      );
      [title, abstract] = [first.text, joined(rest, 'abstract', warn)];
      i += 1;
    } else if (isLong(block) && !isLong(next)) {
      warn(
        'A long paragraph where a title was expected (an abstract without its title?); skipped',
        first.line,
        'abstract-without-title',
      );
      i += isMeta(next) ? 2 : 1;
      continue;
    } else if (next === undefined) {
      warn(
        `The file ends after the title “${first.text}” with no abstract: it may be truncated; entry skipped`,
        first.line,
        'cut-short',
      );
      break;
    } else if (isMeta(next) || (!isLong(next) && isLong(blocks[i + 2]))) {
      warn(`Title “${first.text}” has no abstract; entry skipped`, first.line, 'title-without-abstract');
      i += isMeta(next) ? 2 : 1;
      continue;
    } else {
      [title, abstract] = [joined(block, 'title', warn), joined(next, 'abstract', warn)];
      i += 2;
    }
    const entry: RawEntry = { title, abstract, line: first.line };
    const lastLine = blocks[i - 1]?.at(-1) ?? first;
    if (isMeta(blocks[i])) {
      Object.assign(entry, parseMeta(blocks[i] as Block, warn, i === blocks.length - 1));
      i++;
    } else if (i === blocks.length && !SENTENCE_END.test(abstract)) {
      warn(
        'The file ends in the middle of an abstract: it may be truncated (the abstract is kept)',
        lastLine.line,
        'cut-short',
        lastLine.text.length + 1,
      );
    }
    entries.push(entry);
  }
  return entries;
}

function parseMeta(block: Block, warn: Warn, atEnd: boolean): Meta {
  const meta: Meta = {};
  let date: ListingDate | undefined;
  block.forEach((l, index) => {
    const kind = metaLine(l.text);
    if (kind?.kind === 'authors' && meta.authors === undefined) meta.authors = kind.count;
    else if (kind?.kind === 'separator') return;
    else if (kind?.kind === 'date' && date === undefined) {
      date = meta.date = kind.date;
      if (kind.upvotes !== undefined) meta.upvotes = kind.upvotes;
    } else if (kind)
      warn(`Second ${kind.kind} line in one metadata block; ignored`, l.line, 'unknown-metadata-line');
    else if (index === 0 && !BULLET.test(l.text)) {
      const [id = '', ...name] = l.text.split(/\s+/u);
      meta.organisation = { id, name: name.join(' ') || id };
    } else warn(`Unrecognised metadata line “${l.text}”; ignored`, l.line, 'unknown-metadata-line');
  });
  const last = block.at(-1) as Line;
  if (atEnd && date === undefined)
    warn('The file ends in a metadata block without a date: it may be truncated', last.line, 'cut-short');
  return meta;
}
