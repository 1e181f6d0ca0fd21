/**
 * The time bar's axis and histogram: how many partnerships were in force in each year (or month)
 * of the dataset's dates, and the conversion between a window of bins and the date filter's days.
 * A partnership counts in every bin its span (or its date, as precise as the source) could reach;
 * an open end reaches the last bin. Pure functions over the summary's day columns.
 */
import { daysSpanned, OPEN_END, UNKNOWN_DATE } from './dates';
import type { DatasetSummary } from './summary';

export type TimeUnit = 'year' | 'month';

/** Bins are years, or months when the dates cover no more than this many years. */
const MONTHS_UP_TO_YEARS = 3;
const DAY_MS = 86_400_000;

export interface TimeAxis {
  unit: TimeUnit;
  /** The first bin: a year (`1949`) or a month counted from year 0 (`year * 12 + month - 1`). */
  first: number;
  /** How many bins. */
  count: number;
}

/** The bin a day (since 1970-01-01) falls in, counted from `axis.first`. */
export function binOfDay(axis: TimeAxis, day: number): number {
  const date = new Date(day * DAY_MS);
  const index =
    axis.unit === 'year' ? date.getUTCFullYear() : date.getUTCFullYear() * 12 + date.getUTCMonth();
  return index - axis.first;
}

/** The first and last day of bin `bin` (counted from `axis.first`). */
export function daysOfBin(axis: TimeAxis, bin: number): { first: number; last: number } {
  const index = axis.first + bin;
  const [year, month] = axis.unit === 'year' ? [index, 0] : [Math.floor(index / 12), index % 12];
  const first = Date.UTC(year, month, 1) / DAY_MS;
  const next = axis.unit === 'year' ? Date.UTC(year + 1, 0, 1) : Date.UTC(year, month + 1, 1);
  return { first, last: next / DAY_MS - 1 };
}

/** `YYYY-MM-DD` of a day since 1970-01-01. */
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A bin's name in the precision of the axis: `2005` or `2005-03` (for `formatDate`). */
export function binDate(axis: TimeAxis, bin: number): string {
  return isoDay(daysOfBin(axis, bin).first).slice(0, axis.unit === 'year' ? 4 : 7);
}

/**
 * The axis for the links' dates (`LinkTable.firstDay`, `lastDay`): from the first day any of them
 * could be to the last day named (an open end names none; `lastNamed` adds the days other dates
 * name, such as an event after a span's start), in years, or in months when they cover three years
 * or fewer. Null when no link is dated.
 */
export function timeAxis(
  firstDay: Int32Array,
  lastDay: Int32Array,
  lastNamed = -Infinity,
): TimeAxis | null {
  const spanned = daysSpanned(firstDay, lastDay);
  const min = spanned.min;
  if (!Number.isFinite(min)) return null;
  const max = Math.max(spanned.max, lastNamed);
  const from = new Date(min * DAY_MS);
  const to = new Date(max * DAY_MS);
  const years = to.getUTCFullYear() - from.getUTCFullYear() + 1;
  if (years > MONTHS_UP_TO_YEARS) {
    return { unit: 'year', first: from.getUTCFullYear(), count: years };
  }
  const first = from.getUTCFullYear() * 12 + from.getUTCMonth();
  return { unit: 'month', first, count: to.getUTCFullYear() * 12 + to.getUTCMonth() - first + 1 };
}

/**
 * For each bin, how many of `rows` were in force during it (or dated within it). Rows without a
 * date are left out; the caller counts them apart.
 */
export function inForceHistogram(
  summary: DatasetSummary,
  axis: TimeAxis,
  rows: Iterable<number>,
): Uint32Array {
  const { firstDay, lastDay } = summary.links;
  // A difference array: +1 where a span's first bin is, -1 after its last; summed once at the end.
  const change = new Int32Array(axis.count + 1);
  // Bins are found by day number from a table of each bin's first day (no Date per row).
  const starts = new Float64Array(axis.count + 1);
  for (let b = 0; b <= axis.count; b++) starts[b] = daysOfBin(axis, b).first;
  const binOf = (day: number) => {
    let lo = 0;
    let hi = axis.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= day) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const i of rows) {
    const first = firstDay[i] ?? UNKNOWN_DATE;
    if (first === UNKNOWN_DATE) continue;
    const last = lastDay[i] ?? first;
    const a = binOf(first);
    const b = last === OPEN_END ? axis.count - 1 : binOf(last);
    change[a] = (change[a] ?? 0) + 1;
    change[b + 1] = (change[b + 1] ?? 0) - 1;
  }
  const counts = new Uint32Array(axis.count);
  let running = 0;
  for (let b = 0; b < axis.count; b++) {
    running += change[b] ?? 0;
    counts[b] = running;
  }
  return counts;
}

/** A window of bins, both ends included. */
export interface BinWindow {
  from: number;
  to: number;
}

/**
 * The window the date filter's range covers on the axis, clamped to it; null when no range is set.
 * An open side reaches the axis's end.
 */
export function windowOfRange(
  axis: TimeAxis,
  dateFrom: string | null,
  dateTo: string | null,
): BinWindow | null {
  if (dateFrom === null && dateTo === null) return null;
  const clamp = (bin: number) => Math.min(axis.count - 1, Math.max(0, bin));
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
  const from = dateFrom === null ? 0 : clamp(binOfDay(axis, day(dateFrom)));
  const to = dateTo === null ? axis.count - 1 : clamp(binOfDay(axis, day(dateTo)));
  return from <= to ? { from, to } : { from: to, to: from };
}

/** The date range for a window of bins: its first bin's first day to its last bin's last day. */
export function rangeOfWindow(
  axis: TimeAxis,
  window: BinWindow,
): { dateFrom: string; dateTo: string } {
  return {
    dateFrom: isoDay(daysOfBin(axis, window.from).first),
    dateTo: isoDay(daysOfBin(axis, window.to).last),
  };
}

/**
 * A window moved by `step` bins keeping its width, held inside the axis. Returns the same window
 * when it cannot move.
 */
export function movedWindow(axis: TimeAxis, window: BinWindow, step: number): BinWindow {
  const width = window.to - window.from;
  const from = Math.min(axis.count - 1 - width, Math.max(0, window.from + step));
  return from === window.from ? window : { from, to: from + width };
}

/** Round tick steps for the axis's labels: at most `most` labels across it. */
export function tickBins(axis: TimeAxis, most: number): number[] {
  const steps =
    axis.unit === 'year' ? [1, 2, 5, 10, 20, 25, 50, 100, 200, 500] : [1, 2, 3, 6, 12, 24, 36];
  const step = steps.find((s) => axis.count / s <= most) ?? steps[steps.length - 1] ?? 1;
  const ticks: number[] = [];
  // Ticks on round values (1950, 1960… or January, April…), not on the first bin.
  const offset = (step - (axis.first % step)) % step;
  for (let b = offset; b < axis.count; b += step) ticks.push(b);
  return ticks;
}

/**
 * A date range's ends as coarse as they are whole: a range from the first of January 1990 to the
 * last of December 1995 is "1990" to "1995", from the first to the last of March 2005 is "2005-03"
 * twice. An open end stays null.
 */
export function coarseRange(
  dateFrom: string | null,
  dateTo: string | null,
): { from: string | null; to: string | null } {
  const start = (iso: string) =>
    iso.endsWith('-01-01') ? iso.slice(0, 4) : iso.endsWith('-01') ? iso.slice(0, 7) : iso;
  const end = (iso: string) => {
    const day = Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
    const next = new Date((day + 1) * DAY_MS).toISOString();
    // The last day of its year or month: the next day starts one.
    return next.slice(5, 10) === '01-01'
      ? iso.slice(0, 4)
      : next.slice(8, 10) === '01'
        ? iso.slice(0, 7)
        : iso;
  };
  return { from: dateFrom && start(dateFrom), to: dateTo && end(dateTo) };
}
