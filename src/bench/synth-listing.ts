/**
 * Writes one synthetic listing in the layout of a saved "Daily Papers" page (see
 * `../shared/CORPUS.md`): header lines each followed by a blank line, an optional page date,
 * then per paper a title, a blank line, the abstract on one line, and an optional metadata block.
 */

/** One entry of a synthetic listing. */
export interface SynthEntry {
  title: string;
  abstract: string;
  /** The metadata block; absent for listings that show none (and for repeated papers). */
  meta?: {
    /** `<id> <display name>`, the block's first line. */
    organisation?: string;
    authors?: number;
    /** The date line as written: `Nov 4`, `Nov 4, 2025`, optionally followed by upvotes. */
    date: string;
  };
}

/** One synthetic listing file before it is written out. */
export interface SynthListing {
  name: string;
  /** The day the page was saved; no page-date line when absent. */
  pageDate: { month: number; day: number } | undefined;
  /** Whether the `Daily Papers` header line is present (one real file lacks it). */
  dailyPapersLine: boolean;
  /** `by AK and the research community`, or the real `byAK …` variant. */
  byLine: string;
  entries: SynthEntry[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The file text of a listing, LF line endings, ending with a newline. */
export function listingText(listing: SynthListing): string {
  const header = [
    'new',
    'Get trending papers in your email inbox!',
    'Subscribe',
    ...(listing.dailyPapersLine ? ['Daily Papers'] : []),
    listing.byLine,
    ...(listing.pageDate ? [`${MONTHS[listing.pageDate.month - 1]} ${listing.pageDate.day}`] : []),
  ];
  const paragraphs = [...header];
  for (const entry of listing.entries) {
    paragraphs.push(entry.title, entry.abstract);
    const meta = entry.meta;
    if (meta) {
      const lines = [
        ...(meta.organisation ? [meta.organisation] : []),
        // The site writes the count after a bullet and two spaces, and `1 authors` as is.
        ...(meta.authors !== undefined ? [`  • ${meta.authors} authors`] : []),
        '·',
        meta.date,
      ];
      paragraphs.push(lines.join('\n'));
    }
  }
  return `${paragraphs.join('\n\n')}\n`;
}
