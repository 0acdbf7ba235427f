/**
 * Data that flows between the pipeline stages. Stages are pure functions over these
 * values; only `scripts/` touches the file system.
 */

/** A calendar date as a listing writes it: the year is absent for dates in the page's own year. */
export interface ListingDate {
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
  /** Four-digit year when the listing wrote one (or once it has been inferred). */
  year?: number;
}

/** The organisation line of a metadata block, e.g. `NexaAI Nexa AI`. */
export interface Organisation {
  /** The organisation's id on the listing site (first token of the line). */
  id: string;
  /** Its display name (the rest of the line). */
  name: string;
}

/** One paper entry exactly as one listing file gives it (text still raw). */
export interface RawEntry {
  /** Title line, trimmed. */
  title: string;
  /** Abstract line, trimmed. */
  abstract: string;
  /** Author count from `• N authors`. */
  authors?: number;
  organisation?: Organisation;
  /** Publication date; `year` is filled in by the infer-year stage when the listing omits it. */
  date?: ListingDate;
  /** Upvote count written after the date. */
  upvotes?: number;
  /** 1-based line of the title in the listing file. */
  line: number;
}

/** One parsed listing file. */
export interface Listing {
  /** File name without directory or extension, e.g. `001_32ff61b7836b8a99`: the collection id. */
  id: string;
  /** The file's path as given to the pipeline (used in diagnostics). */
  path: string;
  /** The day the page was saved (`Dec 11`), when the file has that line. */
  pageDate?: ListingDate;
  entries: RawEntry[];
}

/** Where a paper was found: one listing and the title's line in it. */
export interface SourceRef {
  listing: string;
  line: number;
}

/** A paper after duplicates across listings have been merged (text still raw). */
export interface MergedPaper {
  title: string;
  abstract: string;
  /** The identity key the entries were merged on (`paperKey`); slugs hash it. */
  identityKey: string;
  authors?: number;
  organisation?: Organisation;
  date?: ListingDate;
  upvotes?: number;
  /** Every listing the paper came from, in corpus order. */
  sources: SourceRef[];
}
