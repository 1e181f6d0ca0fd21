/**
 * The filters over partnerships, applied to the summary's columns. Pure functions; one pass over
 * the links for each result, so they stay fast with tens of thousands of partnerships.
 */
import { daysSpanned } from './dates';
import { STATUSES, UNKNOWN_DATE, dayOf, shownDomainMask, type DatasetSummary } from './summary';
import type { PartnershipStatus } from './types';

export type DomainMode = 'any' | 'all';

/** What the user asked for, in the dataset's own terms (ids, ISO dates). */
export interface FilterSettings {
  /** Domains unticked; a link passes when it cites any (or all, see `domainMode`) ticked one. */
  hiddenDomains: readonly string[];
  domainMode: DomainMode;
  /** Statuses unticked. */
  hiddenStatuses: readonly PartnershipStatus[];
  /** Inclusive ISO dates ("2024-05-01"), or null for an open end. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Whether partnerships whose sources give no date pass a date range. */
  unknownDates: boolean;
  /**
   * Inclusive bounds on a partnership's value (datasets with a value column), or null for an open
   * end. A partnership without a value does not pass a range.
   */
  valueMin: number | null;
  valueMax: number | null;
}

/**
 * Nothing filtered: where the atlas starts and what "clear" returns to. This and `FilterSettings`
 * are the table of filters: a new filter is a field in both, its test in `compileFilter`, its key in
 * the address (`url-state.ts`) and its control; the store, scenes and views carry it as one value.
 */
export const DEFAULT_FILTERS: FilterSettings = {
  hiddenDomains: [],
  domainMode: 'any',
  hiddenStatuses: [],
  dateFrom: null,
  dateTo: null,
  unknownDates: true,
  valueMin: null,
  valueMax: null,
};

/** The filters' names, from the table. */
export const FILTER_KEYS = Object.keys(DEFAULT_FILTERS) as readonly (keyof FilterSettings)[];

/** Filters whose lists are the holder's own (fresh copies). */
export type OwnFilters = {
  -readonly [K in keyof FilterSettings]: FilterSettings[K] extends readonly (infer T)[]
    ? T[]
    : FilterSettings[K];
};

/** A copy with every list sorted, so that equal filters compare equal and nothing is shared. */
export function normalFilters(filters: FilterSettings): OwnFilters {
  const copy: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    copy[key] = Array.isArray(value) ? [...(value as readonly string[])].sort() : value;
  }
  return copy as unknown as OwnFilters;
}

/** The filters of a flat view (the address's, a scene file's), over the defaults. */
export function filtersOf(view: Partial<FilterSettings>): OwnFilters {
  const picked: Partial<Record<keyof FilterSettings, unknown>> = {};
  for (const key of FILTER_KEYS) if (view[key] !== undefined) picked[key] = view[key];
  return normalFilters({ ...DEFAULT_FILTERS, ...(picked as Partial<FilterSettings>) });
}

/** A flat view split into the filters it changes and everything else. */
export function splitFilters<V extends Partial<FilterSettings>>(
  view: V,
): { filters: Partial<FilterSettings>; rest: Omit<V, keyof FilterSettings> } {
  const filters: Partial<Record<keyof FilterSettings, unknown>> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(view) as [string, unknown][]) {
    if (!(FILTER_KEYS as readonly string[]).includes(key)) rest[key] = value;
    else if (value !== undefined) filters[key as keyof FilterSettings] = value;
  }
  return {
    filters: filters as Partial<FilterSettings>,
    rest: rest as Omit<V, keyof FilterSettings>,
  };
}

/** Whether two filters show the same partnerships (lists compared as sets). */
export function sameFilters(a: FilterSettings, b: FilterSettings): boolean {
  return JSON.stringify(normalFilters(a)) === JSON.stringify(normalFilters(b));
}

/** Whether anything is filtered out. */
export const isFiltered = (filters: FilterSettings): boolean =>
  !sameFilters(filters, DEFAULT_FILTERS);

/** The filters compiled against one dataset: masks and day numbers. */
export interface CompiledFilter {
  /** Bit i set when `domains[i]` is ticked. */
  domains: number;
  mode: DomainMode;
  /** Bit i set when `STATUSES[i]` is ticked. */
  statuses: number;
  fromDay: number;
  toDay: number;
  unknownDates: boolean;
  /** The value range; both infinite when no range is set (then a missing value passes). */
  valueMin: number;
  valueMax: number;
  /** For each actor row, 1 when the focus includes it; null when nothing is in focus. */
  focus: Uint8Array | null;
}

/** Which filter to leave out, for counts that show what ticking an option would give. */
export type FilterPart = 'domains' | 'statuses' | 'dates' | 'values' | 'focus';

export function compileFilter(
  summary: DatasetSummary,
  settings: FilterSettings,
  focus: Uint8Array | null = null,
): CompiledFilter {
  let statuses = 0;
  STATUSES.forEach((s, i) => {
    if (!settings.hiddenStatuses.includes(s)) statuses |= 1 << i;
  });
  const from = settings.dateFrom === null ? UNKNOWN_DATE : dayOf(settings.dateFrom);
  const to = settings.dateTo === null ? UNKNOWN_DATE : dayOf(settings.dateTo);
  return {
    domains: shownDomainMask(summary.domains, new Set(settings.hiddenDomains)),
    mode: settings.domainMode,
    statuses,
    fromDay: from === UNKNOWN_DATE ? -Infinity : from,
    toDay: to === UNKNOWN_DATE ? Infinity : to,
    unknownDates: settings.unknownDates,
    valueMin: settings.valueMin ?? -Infinity,
    valueMax: settings.valueMax ?? Infinity,
    focus,
  };
}

/** One bit per filter a link fails (`failures`); a count leaves one of them out. */
const FAILS: Readonly<Record<FilterPart, number>> = {
  domains: 1,
  statuses: 2,
  dates: 4,
  values: 8,
  focus: 16,
};

/**
 * The filters link `i` fails, one bit each (`FAILS`): the one place the filters' rules are written.
 * A link is in the date range when the days it is placed on meet it (a span in force during it).
 */
export function failures(summary: DatasetSummary, filter: CompiledFilter, i: number): number {
  const { links } = summary;
  let fails = 0;
  const ticked = ((links.domainMask[i] ?? 0) & filter.domains) >>> 0;
  if (filter.mode === 'any' ? ticked === 0 : ticked !== filter.domains >>> 0) {
    fails |= FAILS.domains;
  }
  if ((filter.statuses & (1 << (links.status[i] ?? 0))) === 0) fails |= FAILS.statuses;
  const first = links.firstDay[i] ?? UNKNOWN_DATE;
  if (
    first === UNKNOWN_DATE
      ? !filter.unknownDates
      : first > filter.toDay || (links.lastDay[i] ?? first) < filter.fromDay
  ) {
    fails |= FAILS.dates;
  }
  if (filter.valueMin > -Infinity || filter.valueMax < Infinity) {
    const value = links.value[i] ?? Number.NaN;
    // NaN (no value) fails both comparisons: it is left out while a range is set.
    if (!(value >= filter.valueMin && value <= filter.valueMax)) fails |= FAILS.values;
  }
  if (filter.focus) {
    const a = links.partyA[i] ?? 0;
    const b = links.partyB[i] ?? 0;
    if (filter.focus[a] !== 1 && filter.focus[b] !== 1) fails |= FAILS.focus;
  }
  return fails;
}

/** Whether link `i` passes every filter but `skip`. */
export function passes(
  summary: DatasetSummary,
  filter: CompiledFilter,
  i: number,
  skip: FilterPart | null = null,
): boolean {
  return (failures(summary, filter, i) & ~(skip === null ? 0 : FAILS[skip])) === 0;
}

/** Every filter's result from one pass over the links (what a change of filters recomputes). */
export interface FilterPass {
  /** Rows of the links that pass every filter, in dataset order: the list. */
  listed: Uint32Array;
  /** Rows that pass every filter but the focus (which dims, not hides): the map. */
  mapped: Uint32Array;
  /** As `domainCounts`. */
  domainCounts: number[];
  /** As `statusCounts`. */
  statusCounts: number[];
}

/**
 * `filterLinks` (with and without the focus), `domainCounts` and `statusCounts` at once: each link
 * is tested once, and which filters it fails decides where it counts. At 50,000 links this is one
 * loop instead of four.
 */
export function filterPass(summary: DatasetSummary, filter: CompiledFilter): FilterPass {
  const { domainMask, status } = summary.links;
  const n = summary.links.ids.length;
  const listed = new Uint32Array(n);
  const mapped = filter.focus ? new Uint32Array(n) : listed;
  const domainCount = Math.min(32, summary.domains.length);
  const domainTotals = new Uint32Array(domainCount);
  const statusTotals = new Uint32Array(STATUSES.length);
  let nListed = 0;
  let nMapped = 0;
  for (let i = 0; i < n; i++) {
    const fails = failures(summary, filter, i);
    const mask = domainMask[i] ?? 0;
    const s = status[i] ?? 0;
    if (fails === 0) listed[nListed++] = i;
    if (filter.focus && (fails & ~FAILS.focus) === 0) mapped[nMapped++] = i;
    if ((fails & ~FAILS.domains) === 0) {
      for (let bit = 0; bit < domainCount; bit++) {
        domainTotals[bit] = (domainTotals[bit] ?? 0) + ((mask >>> bit) & 1);
      }
    }
    if ((fails & ~FAILS.statuses) === 0) statusTotals[s] = (statusTotals[s] ?? 0) + 1;
  }
  const rows = listed.subarray(0, nListed);
  return {
    listed: rows,
    mapped: filter.focus ? mapped.subarray(0, nMapped) : rows,
    domainCounts: Array.from(domainTotals),
    statusCounts: Array.from(statusTotals),
  };
}

/** Rows of the links that pass every filter but `skip`, in dataset order. */
export function filterLinks(
  summary: DatasetSummary,
  filter: CompiledFilter,
  skip: FilterPart | null = null,
): Uint32Array {
  const n = summary.links.ids.length;
  const out = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (passes(summary, filter, i, skip)) out[count++] = i;
  return out.subarray(0, count);
}

/**
 * For each domain, the partnerships citing it among those that pass the other filters (status,
 * dates, focus): what the domain's checkbox would bring.
 */
export function domainCounts(summary: DatasetSummary, filter: CompiledFilter): number[] {
  const counts = summary.domains.map(() => 0);
  for (const i of filterLinks(summary, filter, 'domains')) {
    const mask = summary.links.domainMask[i] ?? 0;
    for (let d = 0; d < counts.length; d++) {
      if ((mask & (1 << d)) !== 0) counts[d] = (counts[d] ?? 0) + 1;
    }
  }
  return counts;
}

/** For each status, the partnerships with it among those that pass the other filters. */
export function statusCounts(summary: DatasetSummary, filter: CompiledFilter): number[] {
  const counts = STATUSES.map(() => 0);
  for (const i of filterLinks(summary, filter, 'statuses')) {
    const s = summary.links.status[i] ?? 0;
    counts[s] = (counts[s] ?? 0) + 1;
  }
  return counts;
}

/**
 * The dataset's dates: the first and last day they name, how many links have no date, and whether
 * some span is still in force (then a window may reach past the last day named).
 */
export function dateExtent(summary: DatasetSummary): {
  first: string | null;
  last: string | null;
  unknown: number;
  openEnded: boolean;
} {
  const { min, max, unknown, openEnded } = daysSpanned(
    summary.links.firstDay,
    summary.links.lastDay,
  );
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  return {
    first: Number.isFinite(min) ? iso(min) : null,
    last: Number.isFinite(max) ? iso(max) : null,
    unknown,
    openEnded,
  };
}

/**
 * The actors a focus covers: the actor itself and, for an organization with `members` set, its
 * member states. Null when the actor is unknown.
 */
export function focusActors(
  summary: DatasetSummary,
  actorId: string,
  members: boolean,
): Uint8Array | null {
  const index = summary.actors.findIndex((a) => a.id === actorId);
  if (index < 0) return null;
  const out = new Uint8Array(summary.actors.length);
  out[index] = 1;
  if (members) for (const m of summary.actors[index]?.members ?? []) out[m] = 1;
  return out;
}

/** A one-click change that brings links back to an empty map. */
export type EmptyMapFix = 'match-any' | 'show-all-domains' | 'show-all-statuses' | 'clear-dates';

/**
 * Why the map is empty and what would fill it: each filter that, changed alone, would bring links
 * back, with how many partnerships the map would then draw. The focus is left out: it dims the
 * map, never empties it. An empty list means no single change is enough (clear them all).
 */
export function emptyMapFixes(
  summary: DatasetSummary,
  settings: FilterSettings,
): { fix: EmptyMapFix; shown: number }[] {
  const drawn = (changed: Partial<FilterSettings>) =>
    filterLinks(summary, compileFilter(summary, { ...settings, ...changed })).length;
  const fixes: { fix: EmptyMapFix; change: Partial<FilterSettings> }[] = [];
  if (settings.domainMode === 'all')
    fixes.push({ fix: 'match-any', change: { domainMode: 'any' } });
  if (settings.hiddenDomains.length > 0) {
    fixes.push({ fix: 'show-all-domains', change: { hiddenDomains: [] } });
  }
  if (settings.hiddenStatuses.length > 0) {
    fixes.push({ fix: 'show-all-statuses', change: { hiddenStatuses: [] } });
  }
  if (settings.dateFrom !== null || settings.dateTo !== null || !settings.unknownDates) {
    fixes.push({
      fix: 'clear-dates',
      change: { dateFrom: null, dateTo: null, unknownDates: true },
    });
  }
  return fixes
    .map(({ fix, change }) => ({ fix, shown: drawn(change) }))
    .filter(({ shown }) => shown > 0);
}

/** A histogram of the links' values: equal bins, on a log scale when the values span decades. */
export interface ValueHistogram {
  /** The bins' edges, one more than the counts. */
  edges: number[];
  counts: number[];
  /** Links without a value (left out while a range is set). */
  unknown: number;
  log: boolean;
}

/** The histogram of every link's value (null when no link gives one), in `bins` bins. */
export function valueHistogram(summary: DatasetSummary, bins = 24): ValueHistogram | null {
  const values = summary.links.value;
  let min = Infinity;
  let max = -Infinity;
  let unknown = 0;
  for (const value of values) {
    if (Number.isNaN(value)) unknown++;
    else {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
  }
  if (min === Infinity) return null;
  // Counts and amounts are skewed: a log scale shows them when they are all positive and span
  // more than two decades.
  const log = min > 0 && max / min > 100;
  const scale = (v: number) => (log ? Math.log10(v) : v);
  const low = scale(min);
  const high = scale(max);
  const width = high > low ? (high - low) / bins : 1;
  const counts = new Array<number>(bins).fill(0);
  for (const value of values) {
    if (Number.isNaN(value)) continue;
    const bin = Math.min(bins - 1, Math.floor((scale(value) - low) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  const edges = Array.from({ length: bins + 1 }, (_, i) => {
    const edge = low + i * width;
    return log ? 10 ** edge : edge;
  });
  edges[0] = min;
  edges[bins] = high > low ? max : min + bins;
  return { edges, counts, unknown, log };
}
