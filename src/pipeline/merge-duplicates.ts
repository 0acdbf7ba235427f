/**
 * Stage 3: fold the entries of all listings into distinct papers. Two entries are the same paper
 * when their titles match ignoring case, spacing and punctuation and their abstracts match
 * ignoring whitespace (`paperKey`). A title reused with a different abstract is a different
 * paper, kept and reported.
 *
 * Metadata of the copies is combined, not picked from one copy:
 * - upvotes: the highest (counts only grow, so the highest is the latest);
 * - date: the one with a year, else the first; copies that disagree are reported;
 * - author count and organisation: the first copy that has one (corpus order, so the result
 *   does not depend on anything but the input order); a copy that disagrees is reported with
 *   both places, so the user can fix the wrong one.
 */
import type { VFile } from 'vfile';
import { compareMonthDay, formatListingDate } from './listing-date';
import { normaliseTitleKey, paperKey } from './paper-key';
import type { Listing, ListingDate, MergedPaper, Organisation, RawEntry } from './types';

export { normaliseAbstractKey, normaliseTitleKey, paperKey } from './paper-key';

type Warn = (reason: string, line: number, ruleId: string) => void;

/** A paper being built, with the place each kept metadata value came from. */
interface Group {
  paper: MergedPaper;
  from: { authors?: string; organisation?: string; date?: string };
}

const orgText = (o: Organisation) => `${o.id} (${o.name})`;
const sameOrg = (a: Organisation, b: Organisation) => a.id === b.id && a.name === b.name;

function newGroup(listing: Listing, entry: RawEntry, where: string, identityKey: string): Group {
  const paper: MergedPaper = {
    title: entry.title,
    abstract: entry.abstract,
    identityKey,
    sources: [{ listing: listing.id, line: entry.line }],
  };
  const from: Group['from'] = {};
  if (entry.authors !== undefined) [paper.authors, from.authors] = [entry.authors, where];
  if (entry.organisation) [paper.organisation, from.organisation] = [{ ...entry.organisation }, where];
  if (entry.date) [paper.date, from.date] = [{ ...entry.date }, where];
  if (entry.upvotes !== undefined) paper.upvotes = entry.upvotes;
  return { paper, from };
}

/** Which of two dates of one paper to keep, and whether they disagree. */
function chooseDate(kept: ListingDate, other: ListingDate): { keepOther: boolean; conflict: boolean } {
  const sameDay = compareMonthDay(kept, other) === 0;
  if (kept.year === undefined) return { keepOther: other.year !== undefined, conflict: !sameDay };
  return { keepOther: false, conflict: !sameDay || (other.year !== undefined && other.year !== kept.year) };
}

function mergeInto(group: Group, listing: Listing, entry: RawEntry, where: string, warn: Warn): void {
  const { paper, from } = group;
  paper.sources.push({ listing: listing.id, line: entry.line });
  const conflict = (what: string, here: string, kept: string, keptFrom = '') =>
    warn(
      `Same paper as ${keptFrom}, but ${what} ${here} here and ${kept} there; keeping ${kept}`,
      entry.line,
      'metadata-conflict',
    );

  if (entry.authors !== undefined) {
    if (paper.authors === undefined) [paper.authors, from.authors] = [entry.authors, where];
    else if (paper.authors !== entry.authors)
      conflict('the author count is', String(entry.authors), String(paper.authors), from.authors);
  }
  if (entry.organisation) {
    if (!paper.organisation) [paper.organisation, from.organisation] = [{ ...entry.organisation }, where];
    else if (!sameOrg(paper.organisation, entry.organisation)) {
      conflict(
        'the organisation is',
        orgText(entry.organisation),
        orgText(paper.organisation),
        from.organisation,
      );
    }
  }
  if (entry.date) {
    if (!paper.date) [paper.date, from.date] = [{ ...entry.date }, where];
    else {
      const { keepOther, conflict: disagree } = chooseDate(paper.date, entry.date);
      const [before, beforeFrom] = [paper.date, from.date];
      if (keepOther) [paper.date, from.date] = [{ ...entry.date }, where];
      if (disagree) {
        const kept = formatListingDate(paper.date);
        warn(
          `Same paper as ${beforeFrom}, but dated ${formatListingDate(entry.date)} here and ${formatListingDate(before)} there; keeping ${kept}`,
          entry.line,
          'metadata-conflict',
        );
      }
    }
  }
  if (entry.upvotes !== undefined && (paper.upvotes === undefined || entry.upvotes > paper.upvotes))
    paper.upvotes = entry.upvotes;
}

/**
 * Merges the entries of all listings (in the order given, entries in file order) into distinct
 * papers, in order of first appearance; `sources` lists every occurrence in that order.
 * Diagnostics go to `files` (keyed by listing id), on the later occurrence.
 */
export function mergeDuplicates(listings: Listing[], files: Map<string, VFile>): MergedPaper[] {
  const groups = new Map<string, Group>();
  const firstByTitle = new Map<string, string>();
  for (const listing of listings) {
    const file = files.get(listing.id);
    const warn: Warn = (reason, line, ruleId) =>
      file?.message(reason, { place: { line, column: 1 }, ruleId, source: 'paper-atlas' });
    for (const entry of listing.entries) {
      const where = `${listing.path}:${entry.line}`;
      const key = paperKey(entry.title, entry.abstract);
      const group = groups.get(key);
      if (group) {
        mergeInto(group, listing, entry, where, warn);
        continue;
      }
      const titleKey = normaliseTitleKey(entry.title);
      const earlier = firstByTitle.get(titleKey);
      if (earlier === undefined) firstByTitle.set(titleKey, where);
      else
        warn(
          `The title “${entry.title}” is also used at ${earlier} with a different abstract; kept as a separate paper`,
          entry.line,
          'title-reused',
        );
      groups.set(key, newGroup(listing, entry, where, key));
    }
  }
  return [...groups.values()].map((g) => g.paper);
}
