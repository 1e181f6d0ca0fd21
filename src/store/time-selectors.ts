/**
 * The time bar's derived data (its axis and bars), apart from `selectors.ts` so that they load with
 * the time bar's chunk, which only a dataset with dates asks for.
 */
import { compileFilter, DEFAULT_FILTERS, filterLinks, type FilterSettings } from '../core/filters';
import type { DatasetSummary } from '../core/summary';
import { UNKNOWN_DATE } from '../core/dates';
import { inForceHistogram, type TimeAxis } from '../core/timeline';
import type { PartnershipStatus } from '../core/types';
import type { AtlasState } from './atlas-store';
import { memo, selectFilter } from './selectors';

/** The time bar's axis: the dataset's years (or months); null when nothing is dated. */
export const selectTimeAxis = (state: AtlasState): TimeAxis | null => state.summary?.time ?? null;

/** The time bar's bars, and the undated partnerships beside them. */
export interface TimeHistogram {
  counts: Uint32Array;
  /** The most in force in one bin (the bars' scale). */
  most: number;
  undated: number;
}

/** A list as a key: each filter change makes fresh lists, equal ones must not recount the bars. */
const SEPARATOR = '\u0000';
const keyOf = (list: readonly string[]) => list.join(SEPARATOR);
const listOf = <T extends string>(key: string) => (key === '' ? [] : (key.split(SEPARATOR) as T[]));

// Keyed by every filter but the dates: moving the window does not recount the bars.
const timeHistogram = memo(
  (
    summary: DatasetSummary | null,
    axis: TimeAxis | null,
    hiddenDomains: string,
    domainMode: FilterSettings['domainMode'],
    hiddenStatuses: string,
    valueMin: number | null,
    valueMax: number | null,
    focus: Uint8Array | null,
  ): TimeHistogram | null => {
    if (!summary || !axis) return null;
    const settings = {
      ...DEFAULT_FILTERS,
      hiddenDomains: listOf(hiddenDomains),
      domainMode,
      hiddenStatuses: listOf<PartnershipStatus>(hiddenStatuses),
      valueMin,
      valueMax,
    };
    const rows = filterLinks(summary, compileFilter(summary, settings, focus), 'dates');
    const counts = inForceHistogram(summary, axis, rows);
    let undated = 0;
    for (const row of rows) if (summary.links.firstDay[row] === UNKNOWN_DATE) undated++;
    return { counts, most: counts.reduce((a, b) => Math.max(a, b), 0), undated };
  },
);

/**
 * For each bin of the time axis, the partnerships in force among those every filter but the dates
 * lets through (the focus included): what the time bar draws.
 */
export const selectTimeHistogram = (state: AtlasState): TimeHistogram | null => {
  const f = state.filters;
  return timeHistogram(
    state.summary,
    selectTimeAxis(state),
    keyOf(f.hiddenDomains),
    f.domainMode,
    keyOf(f.hiddenStatuses),
    f.valueMin,
    f.valueMax,
    selectFilter(state)?.focus ?? null,
  );
};
