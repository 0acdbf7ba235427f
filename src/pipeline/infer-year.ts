/**
 * Stage 2: give every date a listing wrote without a year (`Nov 4`) the year of its page.
 *
 * A listing site writes no year for dates in the page's own year, so all yearless dates of one
 * listing share one year: the page year. It is found, never from the clock, from (in order):
 *   1. the user's statement (`year:` in `listings.yaml`);
 *   2. the page date, if it was written with a year;
 *   3. the same paper dated with the same month and day AND a year in another listing;
 *   4. one more than the latest year the listing writes out (an earlier page could not have
 *      written a later year; this is a lower bound, exact when the page has recent papers).
 * Evidence that contradicts the chosen year is reported, never silently overruled.
 */
import type { VFile } from 'vfile';
import { compareMonthDay, formatListingDate } from './listing-date';
import { paperKey } from './paper-key';
import type { Listing, ListingDate, RawEntry } from './types';

/** A year one source says a listing's page has, with where it says so. */
interface Evidence {
  year: number;
  /** What says so, for messages. */
  what: string;
  /** The line in this listing the evidence is about. */
  line: number;
}

/** A dated occurrence of a paper, indexed by paper key. */
interface Dated {
  listing: Listing;
  entry: RawEntry;
  year: number;
}

const yearless = (date: ListingDate | undefined): date is ListingDate =>
  date !== undefined && date.year === undefined;

/** Dated occurrences of every paper, with overridden listings' yearless dates counted as dated. */
function datedIndex(listings: Listing[], overrides: Record<string, number>): Map<string, Dated[]> {
  const index = new Map<string, Dated[]>();
  for (const listing of listings) {
    for (const entry of listing.entries) {
      const year = entry.date?.year ?? overrides[listing.id];
      if (entry.date === undefined || year === undefined) continue;
      const key = paperKey(entry.title, entry.abstract);
      index.set(key, [...(index.get(key) ?? []), { listing, entry, year }]);
    }
  }
  return index;
}

/** The cross-file evidence for one listing: same paper, same month/day, with a year elsewhere. */
function crossFileEvidence(listing: Listing, index: Map<string, Dated[]>): Evidence[] {
  const found: Evidence[] = [];
  for (const entry of listing.entries) {
    const date = entry.date;
    if (!yearless(date)) continue;
    for (const other of index.get(paperKey(entry.title, entry.abstract)) ?? []) {
      if (
        other.listing.id === listing.id ||
        !other.entry.date ||
        compareMonthDay(other.entry.date, date) !== 0
      )
        continue;
      found.push({
        year: other.year,
        what: `the same paper is dated ${formatListingDate({ ...date, year: other.year })} in ${other.listing.path}:${other.entry.line}`,
        line: entry.line,
      });
    }
  }
  return found;
}

/** The most frequent year among the evidence (the first one seen on a tie). */
function mostFrequent(evidence: Evidence[]): Evidence | undefined {
  const counts = new Map<number, number>();
  for (const e of evidence) counts.set(e.year, (counts.get(e.year) ?? 0) + 1);
  return evidence.reduce<Evidence | undefined>(
    (best, e) => (!best || (counts.get(e.year) ?? 0) > (counts.get(best.year) ?? 0) ? e : best),
    undefined,
  );
}

/**
 * Returns copies of the listings in which every yearless entry date and page date carries the
 * inferred page year. `files` (by listing id) receives the diagnostics; `overrides` maps a
 * listing id to the page year the user stated. Never mutates its input.
 */
export function inferYears(
  listings: Listing[],
  files: Map<string, VFile>,
  overrides: Record<string, number>,
): Listing[] {
  const index = datedIndex(listings, overrides);
  return listings.map((listing) => {
    const file = files.get(listing.id);
    const warn = (reason: string, line: number, ruleId: string) =>
      file?.message(reason, { place: { line, column: 1 }, ruleId, source: 'paper-atlas' });
    const undated = listing.entries.filter((e) => yearless(e.date));
    const pageDate = listing.pageDate;
    if (undated.length === 0 && !yearless(pageDate)) return { ...listing };

    if (pageDate) {
      for (const entry of undated) {
        if (entry.date && compareMonthDay(entry.date, pageDate) > 0) {
          warn(
            `${formatListingDate(entry.date)} is later in the year than the page date ${formatListingDate(pageDate)}, but a date without a year should be in the page's year`,
            entry.line,
            'date-after-page-date',
          );
        }
      }
    }

    const explicit = listing.entries.filter((e) => e.date?.year !== undefined);
    const latest = explicit.reduce<RawEntry | undefined>(
      (a, e) => ((e.date?.year ?? 0) > (a?.date?.year ?? 0) ? e : a),
      undefined,
    );
    const firstLine = undated[0]?.line ?? 1;
    const stated = overrides[listing.id];
    const cross = crossFileEvidence(listing, index);
    const evidence: Evidence[] = [
      ...(stated === undefined ? [] : [{ year: stated, what: 'listings.yaml states it', line: firstLine }]),
      ...(pageDate?.year === undefined
        ? []
        : [
            { year: pageDate.year, what: `the page date is ${formatListingDate(pageDate)}`, line: firstLine },
          ]),
    ];
    const crossChoice = mostFrequent(cross);
    if (crossChoice) evidence.push(crossChoice);
    const lowerBound = latest?.date?.year === undefined ? undefined : latest.date.year + 1;
    if (evidence.length === 0 && lowerBound !== undefined) {
      evidence.push({
        year: lowerBound,
        what: `the latest year the listing writes is ${lowerBound - 1}`,
        line: firstLine,
      });
    }

    const chosen = evidence[0];
    if (chosen === undefined) {
      if (undated.length > 0) {
        const config = `${listing.path.replace(/[^/\\]*$/u, '')}listings.yaml`;
        warn(
          `Cannot infer the year of the dates written without one (first at line ${firstLine}): state the year the page was saved in ${config} under \`${listing.id}:\` as \`year: <year>\``,
          firstLine,
          'year-unknown',
        );
      }
      return { ...listing };
    }
    // Every piece of evidence that disagrees is reported, including cross-file disagreement.
    for (const e of new Set([...evidence.slice(1), ...cross])) {
      if (e.year !== chosen.year)
        warn(
          `Page year ${chosen.year} (${chosen.what}) conflicts with ${e.year}: ${e.what}`,
          e.line,
          'year-conflict',
        );
    }
    if (latest?.date && lowerBound !== undefined && chosen.year < lowerBound) {
      warn(
        `Page year ${chosen.year} (${chosen.what}) is not after ${formatListingDate(latest.date)}, which the listing writes with its year: a page omits only its own year`,
        latest.line,
        'year-conflict',
      );
    }
    const withYear = (date: ListingDate): ListingDate =>
      date.year === undefined ? { ...date, year: chosen.year } : date;
    return {
      ...listing,
      ...(pageDate ? { pageDate: withYear(pageDate) } : {}),
      entries: listing.entries.map((e) => (yearless(e.date) ? { ...e, date: withYear(e.date) } : e)),
    };
  });
}
