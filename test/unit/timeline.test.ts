/**
 * The time bar's axis and histogram (issue 20): bins by year or month, partnerships counted in
 * every bin their span or date could reach, and windows of bins turned into the date filter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter, DEFAULT_FILTERS, filterLinks } from '../../src/core/filters';
import { summarizeDataset } from '../../src/core/summary';
import {
  binDate,
  binOfDay,
  coarseRange,
  daysOfBin,
  inForceHistogram,
  movedWindow,
  rangeOfWindow,
  tickBins,
  timeAxis,
  windowOfRange,
  type TimeAxis,
} from '../../src/core/timeline';
import type { Dataset } from '../../src/core/types';
import { historyDataset } from '../fixtures/history-dataset';
import { createAtlasStore } from '../../src/store/atlas-store';
import { selectTimeHistogram } from '../../src/store/time-selectors';
import { seedJson } from './helpers';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The seed's first partnership copied once per span or date given (the seed itself is undated). */
function datedSeed(
  times: { date?: string | null; start?: string | null; end?: string | null }[],
): Dataset {
  const d = seedJson();
  const first = d.partnerships[0];
  if (!first) throw new Error('fixture');
  d.partnerships = times.map((time, i) => ({
    ...structuredClone(first),
    id: `p-${String(i)}`,
    date: time.date ?? null,
    ...(time.start !== undefined ? { start: time.start } : {}),
    ...(time.end !== undefined ? { end: time.end } : {}),
  }));
  return d;
}

const everyRow = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('the time axis', () => {
  it('runs in years from the first day any date could be to the last day named', () => {
    const summary = summarizeDataset(
      datedSeed([{ start: '1949', end: null }, { start: '1963-01-22', end: '1991' }, {}]),
    );
    expect(summary.time).toEqual({ unit: 'year', first: 1949, count: 43 });
    expect(summary.links.firstDay[1]).toBe(day('1963-01-22'));
  });

  it('runs in months when the dates cover three years or fewer', () => {
    const summary = summarizeDataset(datedSeed([{ date: '2023-11-05' }, { date: '2024-03' }]));
    expect(summary.time).toEqual({ unit: 'month', first: 2023 * 12 + 10, count: 5 });
    const axis = summary.time as TimeAxis;
    expect(binDate(axis, 0)).toBe('2023-11');
    expect(binDate(axis, 4)).toBe('2024-03');
  });

  it('reaches the last date named, an event’s or a partnership’s, past a span still in force', () => {
    // In force from 15 June 2020 with no end; suspended in 2022 (its date and its latest event).
    const summary = summarizeDataset(historyDataset());
    expect(summary.time).toEqual({ unit: 'month', first: 2020 * 12 + 5, count: 31 });
  });

  it('is null when nothing is dated (the seed: no time bar)', () => {
    const seed = summarizeDataset(seedJson());
    expect(seed.time).toBeNull();
    expect(timeAxis(seed.links.firstDay, seed.links.lastDay)).toBeNull();
  });

  it('finds the bin of every day, and every bin holds the days it names', () => {
    const axes: TimeAxis[] = [
      { unit: 'year', first: 1900, count: 130 },
      { unit: 'month', first: 2019 * 12 + 5, count: 30 },
    ];
    for (const axis of axes) {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: axis.count - 1 }), (bin) => {
          const { first, last } = daysOfBin(axis, bin);
          expect(binOfDay(axis, first)).toBe(bin);
          expect(binOfDay(axis, last)).toBe(bin);
          expect(binOfDay(axis, last + 1)).toBe(bin + 1);
        }),
      );
    }
    // 1900 was not a leap year, 2000 was.
    const years = axes[0] as TimeAxis;
    expect(daysOfBin(years, 0).last - daysOfBin(years, 0).first).toBe(364);
    expect(daysOfBin(years, 100).last - daysOfBin(years, 100).first).toBe(365);
  });
});

describe('the histogram of partnerships in force', () => {
  it('counts a span in every year it reaches, an open end to the last year, a date in its year', () => {
    const summary = summarizeDataset(
      datedSeed([
        { start: '2000', end: '2002' },
        { start: '2001-06', end: null },
        { date: '2003-05-02' },
        { end: '2001' },
        {},
      ]),
    );
    const axis = summary.time as TimeAxis;
    expect(axis).toEqual({ unit: 'year', first: 2000, count: 4 });
    expect([...inForceHistogram(summary, axis, everyRow(5))]).toEqual([1, 3, 2, 2]);
    // Only the rows asked for.
    expect([...inForceHistogram(summary, axis, [1])]).toEqual([0, 1, 1, 1]);
  });

  it('agrees with the date filter: a bin counts what a window of that bin lets through', () => {
    const start = fc.integer({ min: 1950, max: 2020 });
    const time = fc.oneof(
      fc.record({ date: start.map(String) }),
      fc.record({
        date: fc.constant(null),
        start: start.map(String),
        end: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      }),
      fc.record({ date: fc.constant(null) }),
    );
    fc.assert(
      fc.property(fc.array(time, { minLength: 1, maxLength: 30 }), (times) => {
        const spans = times.map((t) =>
          'start' in t
            ? {
                date: null,
                start: t.start,
                end: t.end === null ? null : String(Number(t.start) + t.end),
              }
            : t,
        );
        const summary = summarizeDataset(datedSeed(spans));
        const axis = summary.time;
        if (!axis) return;
        const counts = inForceHistogram(summary, axis, everyRow(spans.length));
        for (let bin = 0; bin < axis.count; bin++) {
          const range = rangeOfWindow(axis, { from: bin, to: bin });
          const filter = compileFilter(summary, {
            ...DEFAULT_FILTERS,
            ...range,
            unknownDates: false,
          });
          expect(counts[bin]).toBe(filterLinks(summary, filter).length);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('windows', () => {
  const axis: TimeAxis = { unit: 'year', first: 1950, count: 60 };

  it('turn into a date range and back', () => {
    expect(rangeOfWindow(axis, { from: 55, to: 55 })).toEqual({
      dateFrom: '2005-01-01',
      dateTo: '2005-12-31',
    });
    expect(windowOfRange(axis, '2005-01-01', '2005-12-31')).toEqual({ from: 55, to: 55 });
    // A range set by hand within the years, an open side, and one past the axis.
    expect(windowOfRange(axis, '1990-06-15', null)).toEqual({ from: 40, to: 59 });
    expect(windowOfRange(axis, '1900-01-01', '2100-01-01')).toEqual({ from: 0, to: 59 });
    expect(windowOfRange(axis, null, null)).toBeNull();
  });

  it('move keeping their width, and stop at the ends', () => {
    const window = { from: 10, to: 12 };
    expect(movedWindow(axis, window, 1)).toEqual({ from: 11, to: 13 });
    expect(movedWindow(axis, window, -20)).toEqual({ from: 0, to: 2 });
    const end = { from: 57, to: 59 };
    expect(movedWindow(axis, end, 1)).toBe(end);
  });

  it('label round years and months', () => {
    expect(tickBins(axis, 8).map((bin) => binDate(axis, bin))).toEqual([
      '1950',
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
    ]);
    const months: TimeAxis = { unit: 'month', first: 2023 * 12 + 1, count: 14 };
    expect(tickBins(months, 6).map((bin) => binDate(months, bin))).toEqual([
      '2023-04',
      '2023-07',
      '2023-10',
      '2024-01',
    ]);
  });
});

describe('a range in words', () => {
  it('is as coarse as its ends are whole', () => {
    expect(coarseRange('2005-01-01', '2005-12-31')).toEqual({ from: '2005', to: '2005' });
    expect(coarseRange('1990-01-01', '1995-12-31')).toEqual({ from: '1990', to: '1995' });
    expect(coarseRange('2024-02-01', '2024-02-29')).toEqual({ from: '2024-02', to: '2024-02' });
    expect(coarseRange('2024-02-03', '2024-02-28')).toEqual({
      from: '2024-02-03',
      to: '2024-02-28',
    });
    expect(coarseRange(null, '2010-12-31')).toEqual({ from: null, to: '2010' });
    expect(coarseRange(null, null)).toEqual({ from: null, to: null });
  });
});

describe('the time bar’s bars in the store', () => {
  it('are not recounted when only the window moves, and are when another filter changes', () => {
    const store = createAtlasStore();
    store.setState({
      summary: summarizeDataset(datedSeed([{ start: '1990', end: '2000' }, { date: '2005' }])),
    });
    const before = selectTimeHistogram(store.getState());
    expect(before).not.toBeNull();
    store.getState().setDateRange('1995-01-01', '1995-12-31');
    store.getState().setDateRange('1996-01-01', '1996-12-31');
    expect(selectTimeHistogram(store.getState())).toBe(before);
    // Fresh but equal lists (each filter change makes them) do not recount either.
    store.getState().setFilters({ hiddenStatuses: [] });
    expect(selectTimeHistogram(store.getState())).toBe(before);
    store.getState().toggleStatus('agreement-signed');
    expect(selectTimeHistogram(store.getState())).not.toBe(before);
  });
});
