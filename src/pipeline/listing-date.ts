/**
 * Dates as listing pages write them: `Nov 4`, `Nov 4, 2025`, optionally followed by an upvote
 * count (`Dec 2 2`). Shared by the parser (page date, metadata date line) and the year stage.
 */
import type { ListingDate } from './types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// Leap-year tolerant: a yearless `Feb 29` must be accepted before its year is known.
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// The year needs its comma: the site writes `Nov 4, 2025`, and `Dec 2 2` shows that a bare number
// after the day is the upvote count, so `Nov 4 2025` reads as 2025 upvotes, not as a year.
const DATE_LINE = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:\s*,\s*(\d{4}))?(?:\s+(\d+))?$/;

/** A parsed date line: the date and, when the line carries one, the upvote count after it. */
export interface DateLine {
  date: ListingDate;
  upvotes?: number;
}

/** Month number (1–12) of an English month name or its 3-letter abbreviation, case-insensitive. */
export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const short = MONTHS.indexOf(lower);
  if (short >= 0) return short + 1;
  const full = FULL_MONTHS.indexOf(lower);
  // `Sept` is common enough in hand-typed dates to accept.
  if (full < 0 && lower === 'sept') return 9;
  return full >= 0 ? full + 1 : undefined;
}

/**
 * Parses `Nov 4`, `Nov 4, 2025`, `Nov 4, 2025 12` or `Nov 4 12` (surrounding spaces allowed).
 * Returns undefined for anything else, including impossible days such as `Feb 30`.
 */
export function parseDateLine(line: string): DateLine | undefined {
  const match = DATE_LINE.exec(line.trim());
  if (!match) return undefined;
  const [, monthName = '', dayText = '', yearText, upvoteText] = match;
  const month = monthNumber(monthName);
  const day = Number(dayText);
  if (month === undefined || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return undefined;
  const date: ListingDate = yearText === undefined ? { month, day } : { month, day, year: Number(yearText) };
  return upvoteText === undefined ? { date } : { date, upvotes: Number(upvoteText) };
}

/** Orders two dates by month and day only (the year is often unknown). */
export function compareMonthDay(a: ListingDate, b: ListingDate): number {
  return a.month - b.month || a.day - b.day;
}

/** The date as a listing writes it, for messages: `Nov 4` or `Nov 4, 2025`. */
export function formatListingDate(date: ListingDate): string {
  const name = MONTHS[date.month - 1] ?? '?';
  const text = `${name.charAt(0).toUpperCase()}${name.slice(1)} ${date.day}`;
  return date.year === undefined ? text : `${text}, ${date.year}`;
}
