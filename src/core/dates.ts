/**
 * Dates as precise as their source (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) and spans between two of
 * them. A partial date stands for every day it could be: "2017" runs from 1 January to 31
 * December 2017. Pure functions; the display is `formatDate` in `messages.ts`.
 */

/** `LinkTable.firstDay` and `lastDay` of a link whose sources give no date. */
export const UNKNOWN_DATE = -0x80000000;
/** `LinkTable.lastDay` of a span with a start and no end: in force, as far as the sources say. */
export const OPEN_END = 0x7fffffff;

/** How precisely a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, naming a month and a day that exist. */
export function isPartialDate(text: string): boolean {
  const match = PARTIAL.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), m - 1, Number(day)));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === Number(day);
}

/** The precision of a partial date, or null for anything else. */
export function precisionOf(date: string): DatePrecision | null {
  const match = PARTIAL.exec(date);
  if (!match) return null;
  return match[3] !== undefined ? 'day' : match[2] !== undefined ? 'month' : 'year';
}

const DAY_MS = 86_400_000;

/**
 * The first and last day a partial date could be, as days since 1970-01-01 (UTC); null for
 * anything that is not a partial date.
 */
export function dayRange(date: string): { first: number; last: number } | null {
  const match = PARTIAL.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]) - 1;
  const day = match[3] === undefined ? null : Number(match[3]);
  const first = Date.UTC(year, month ?? 0, day ?? 1) / DAY_MS;
  // The day before the next year, month or day begins.
  const next =
    day !== null
      ? Date.UTC(year, month ?? 0, day + 1)
      : month !== null
        ? Date.UTC(year, month + 1, 1)
        : Date.UTC(year + 1, 0, 1);
  return { first, last: next / DAY_MS - 1 };
}

/**
 * The most precise partial date that holds every day from `first` to `last` (days since
 * 1970-01-01): a day, a month, a year, or null when the days reach over a year's end.
 */
export function coveringDate(first: number, last: number): string | null {
  const from = new Date(first * DAY_MS).toISOString().slice(0, 10);
  const to = new Date(last * DAY_MS).toISOString().slice(0, 10);
  if (from === to) return from;
  if (from.slice(0, 7) === to.slice(0, 7)) return from.slice(0, 7);
  if (from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
  return null;
}

/**
 * Whether a span's end certainly comes before its start: the last day the end could be is before
 * the first day the start could be ("2017" to "2017-03" is not reversed: both may be March 2017).
 */
export function spanReversed(start: string, end: string): boolean {
  const from = dayRange(start);
  const to = dayRange(end);
  return from !== null && to !== null && to.last < from.first;
}

/**
 * The days that links placed in time (`LinkTable.firstDay`, `lastDay`) cover: the first day any
 * could be, the last day named (a span still in force names no end: it counts to its start), how
 * many are undated, and whether some span is still in force. `min`/`max` are infinite when none
 * is dated. The date range's inputs and the time bar's axis both read it.
 */
export function daysSpanned(
  firstDay: Int32Array,
  lastDay: Int32Array,
): { min: number; max: number; unknown: number; openEnded: boolean } {
  let min = Infinity;
  let max = -Infinity;
  let unknown = 0;
  let openEnded = false;
  for (let i = 0; i < firstDay.length; i++) {
    const first = firstDay[i] ?? UNKNOWN_DATE;
    if (first === UNKNOWN_DATE) {
      unknown++;
      continue;
    }
    const last = lastDay[i] ?? first;
    if (first < min) min = first;
    if (last === OPEN_END) openEnded = true;
    const named = last === OPEN_END ? first : last;
    if (named > max) max = named;
  }
  return { min, max, unknown, openEnded };
}
