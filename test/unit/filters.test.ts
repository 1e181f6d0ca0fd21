import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileFilter,
  DEFAULT_FILTERS,
  dateExtent,
  domainCounts,
  emptyMapFixes,
  FILTER_KEYS,
  filterLinks,
  filterPass,
  filtersOf,
  focusActors,
  isFiltered,
  normalFilters,
  sameFilters,
  splitFilters,
  statusCounts,
  type FilterSettings,
} from '../../src/core/filters';
import { createAtlasStore } from '../../src/store/atlas-store';
import { viewOf } from '../../src/store/selectors';
import { createInlineClient } from '../../src/data/inline-client';
import { loadDataset } from '../../src/bindings/bind-dataset';
import {
  OPEN_END,
  STATUSES,
  summarizeDataset,
  UNKNOWN_DATE,
  type DatasetSummary,
} from '../../src/core/summary';
import type { Dataset } from '../../src/core/types';
import { diskFetch, SEED_LOCATION, seedJson } from './helpers';

/** The seed plus a dated, signed Egypt–Spain agreement on demining and training. */
function dataset(): Dataset {
  const d = seedJson();
  const first = d.partnerships[0];
  if (!first) throw new Error('fixture');
  d.partnerships.push({
    ...structuredClone(first),
    id: 'egy-esp',
    parties: ['EGY', 'ESP'],
    status: 'agreement-signed',
    date: '2024-03-01',
    domains: [
      { domain: 'demining', excerpts: ['dz-es-lead'] },
      { domain: 'training', excerpts: ['dz-es-lead'] },
    ],
  });
  return d;
}

const run = (settings: Partial<FilterSettings>, focus: Uint8Array | null = null) => {
  const summary = summarizeDataset(dataset());
  const filter = compileFilter(summary, { ...DEFAULT_FILTERS, ...settings }, focus);
  return { summary, filter, rows: [...filterLinks(summary, filter)] };
};

const allBut = (...keep: string[]) =>
  seedJson()
    .domains.map((d) => d.id)
    .filter((id) => !keep.includes(id));

describe('filters', () => {
  it('passes everything by default', () => {
    expect(run({}).rows).toEqual([0, 1, 2]);
  });

  it('matches any or all of the ticked domains', () => {
    // Ticked: demining and training (Egypt–NATO and Egypt–Spain cite both).
    const ticked = allBut('demining', 'training');
    expect(run({ hiddenDomains: ticked }).rows).toEqual([0, 1, 2]);
    expect(run({ hiddenDomains: ticked, domainMode: 'all' }).rows).toEqual([1, 2]);
    // Demining and cybercrime: no partnership cites both.
    const apart = allBut('demining', 'cybercrime');
    expect(run({ hiddenDomains: apart }).rows).toEqual([0, 1, 2]);
    expect(run({ hiddenDomains: apart, domainMode: 'all' }).rows).toEqual([]);
    expect(run({ hiddenDomains: allBut('demining') }).rows).toEqual([1, 2]);
    expect(run({ hiddenDomains: allBut() }).rows).toEqual([]);
  });

  it('filters by status', () => {
    expect(run({ hiddenStatuses: ['talks-held', 'intent-expressed'] }).rows).toEqual([2]);
    expect(run({ hiddenStatuses: ['agreement-signed'] }).rows).toEqual([0, 1]);
  });

  it('keeps a span in force during the window, and a year-long date in the window of its year', () => {
    const at = (settings: Partial<FilterSettings>) => {
      const d = dataset();
      const [first, second, third] = d.partnerships;
      if (!first || !second || !third) throw new Error('fixture');
      first.start = '1995';
      first.end = '2010';
      second.start = '2017-03';
      second.end = null;
      third.date = '2024';
      const summary = summarizeDataset(d);
      const filter = compileFilter(summary, {
        ...DEFAULT_FILTERS,
        ...settings,
        unknownDates: false,
      });
      return [...filterLinks(summary, filter)];
    };
    expect(at({ dateFrom: '2005-01-01', dateTo: '2005-12-31' })).toEqual([0]);
    expect(at({ dateFrom: '2010-12-31', dateTo: '2010-12-31' })).toEqual([0]);
    expect(at({ dateFrom: '2011-01-01', dateTo: '2016-12-31' })).toEqual([]);
    // Still in force, as far as the sources say.
    expect(at({ dateFrom: '2030-01-01' })).toEqual([1]);
    expect(at({ dateFrom: '2024-06-01', dateTo: '2024-06-30' })).toEqual([1, 2]);
    expect(at({ dateTo: '2017-02-28' })).toEqual([0]);
  });

  it('filters by date, with undated partnerships a bucket of their own', () => {
    expect(run({ dateFrom: '2024-01-01' }).rows).toEqual([0, 1, 2]);
    expect(run({ dateFrom: '2024-01-01', unknownDates: false }).rows).toEqual([2]);
    expect(run({ dateTo: '2023-12-31', unknownDates: false }).rows).toEqual([]);
    expect(run({ dateFrom: '2024-03-01', dateTo: '2024-03-01', unknownDates: false }).rows).toEqual(
      [2],
    );
    expect(dateExtent(run({}).summary)).toEqual({
      first: '2024-03-01',
      last: '2024-03-01',
      unknown: 2,
      openEnded: false,
    });
  });

  it('focuses on an actor, and on an organization with its members', () => {
    const summary = summarizeDataset(dataset());
    expect(run({}, focusActors(summary, 'ESP', false)).rows).toEqual([0, 2]);
    expect(run({}, focusActors(summary, 'nato', false)).rows).toEqual([1]);
    // NATO and its allies: Spain is one, so its partnerships join in.
    expect(run({}, focusActors(summary, 'nato', true)).rows).toEqual([0, 1, 2]);
    expect(focusActors(summary, 'atlantis', true)).toBeNull();
  });

  it('counts each domain and status among what the other filters let through', () => {
    const { summary, filter } = run({ hiddenStatuses: ['agreement-signed'] });
    const counts = domainCounts(summary, filter);
    const at = (id: string) => counts[summary.domains.findIndex((d) => d.id === id)];
    expect(at('demining')).toBe(1);
    expect(at('training')).toBe(2);
    expect(at('cybersecurity')).toBe(2);
    // Status counts ignore the status filter itself but not the domain filter.
    const withDomain = run({ hiddenDomains: allBut('demining') });
    expect(statusCounts(withDomain.summary, withDomain.filter)).toEqual([0, 1, 1, 0, 0, 0, 0]);
  });
});

describe('an empty map', () => {
  const fixes = (settings: Partial<FilterSettings>) =>
    emptyMapFixes(summarizeDataset(dataset()), { ...DEFAULT_FILTERS, ...settings });

  it('names the one change that fills it, with how many partnerships it brings back', () => {
    // All ticked, and all of them required: nothing cites every domain.
    expect(fixes({ domainMode: 'all' })).toEqual([{ fix: 'match-any', shown: 3 }]);
    // Demining and cybercrime together: matching any helps; ticking every domain would not (no
    // partnership cites all nine), so it is not offered.
    expect(fixes({ hiddenDomains: allBut('demining', 'cybercrime'), domainMode: 'all' })).toEqual([
      { fix: 'match-any', shown: 3 },
    ]);
    // Every domain unticked: ticking them all again is the fix.
    expect(fixes({ hiddenDomains: allBut() })).toEqual([{ fix: 'show-all-domains', shown: 3 }]);
  });

  it('offers statuses and dates when those are what empties it, and nothing that would not help', () => {
    expect(
      fixes({ hiddenStatuses: ['talks-held', 'intent-expressed', 'agreement-signed'] }),
    ).toEqual([{ fix: 'show-all-statuses', shown: 3 }]);
    expect(fixes({ dateFrom: '2030-01-01', unknownDates: false })).toEqual([
      { fix: 'clear-dates', shown: 3 },
    ]);
    // Two filters each emptying the map alone: no single change fills it.
    expect(
      fixes({
        hiddenStatuses: ['talks-held', 'intent-expressed', 'agreement-signed'],
        dateFrom: '2030-01-01',
        unknownDates: false,
      }),
    ).toEqual([]);
  });
});

/**
 * One value of every filter that is not its default: the compiler asks for a new filter here, and
 * the tests below then carry it through the store, a scene and the address with no other edit.
 */
const EVERY_FILTER_SET: FilterSettings = {
  hiddenDomains: ['training', 'demining'],
  domainMode: 'all',
  hiddenStatuses: ['talks-held'],
  dateFrom: '2024-01-01',
  dateTo: '2024-12-31',
  unknownDates: false,
  valueMin: 10,
  valueMax: 1234.5,
};

describe('the filters as one value', () => {
  it('the sample sets every filter away from its default', () => {
    for (const key of FILTER_KEYS) {
      expect(EVERY_FILTER_SET[key], key).not.toEqual(DEFAULT_FILTERS[key]);
    }
  });

  it('normal filters sort and copy their lists, so equal filters compare equal', () => {
    const normal = normalFilters(EVERY_FILTER_SET);
    expect(normal.hiddenDomains).toEqual(['demining', 'training']);
    expect(normal.hiddenDomains).not.toBe(EVERY_FILTER_SET.hiddenDomains);
    expect(sameFilters(normal, EVERY_FILTER_SET)).toBe(true);
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
    for (const key of FILTER_KEYS) {
      expect(isFiltered({ ...DEFAULT_FILTERS, [key]: EVERY_FILTER_SET[key] }), key).toBe(true);
    }
  });

  it('a flat view splits into its filters and the rest', () => {
    const { filters, rest } = splitFilters({ ...EVERY_FILTER_SET, selected: 'x', query: 'q' });
    expect(filters).toEqual(EVERY_FILTER_SET);
    expect(rest).toEqual({ selected: 'x', query: 'q' });
    expect(filtersOf({ domainMode: 'all' })).toEqual({ ...DEFAULT_FILTERS, domainMode: 'all' });
  });

  it('every filter travels through the store, a captured scene, and the address’s view', async () => {
    const store = createAtlasStore();
    await loadDataset(store, createInlineClient(diskFetch()), SEED_LOCATION);
    const state = () => store.getState();
    state().setFilters(EVERY_FILTER_SET);
    expect(sameFilters(state().filters, EVERY_FILTER_SET)).toBe(true);

    // The address's view carries them flat, and puts them back.
    const view = viewOf(state());
    state().clearFilters();
    expect(state().filters).toEqual(DEFAULT_FILTERS);
    state().applyView(view);
    expect(sameFilters(state().filters, EVERY_FILTER_SET)).toBe(true);

    // A scene keeps them, and showing it puts them back.
    state().loadDeck({ version: 1, title: 'T', scenes: [] });
    state().captureScene();
    state().clearFilters();
    state().showScene(0, false);
    expect(sameFilters(state().filters, EVERY_FILTER_SET)).toBe(true);
  });
});

describe('filterPass', () => {
  const domains = seedJson().domains;
  const link = fc.record({
    mask: fc.integer({ min: 0, max: 2 ** domains.length - 1 }),
    status: fc.integer({ min: 0, max: STATUSES.length - 1 }),
    day: fc.option(fc.integer({ min: 18_000, max: 20_000 }), { nil: UNKNOWN_DATE }),
    length: fc.oneof(fc.integer({ min: 0, max: 800 }), fc.constant(OPEN_END)),
    value: fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { nil: Number.NaN }),
    a: fc.integer({ min: 0, max: 5 }),
    b: fc.integer({ min: 0, max: 5 }),
  });
  const settings = fc.record({
    hiddenDomains: fc.subarray(domains.map((d) => d.id)),
    domainMode: fc.constantFrom('any' as const, 'all' as const),
    hiddenStatuses: fc.subarray([...STATUSES]),
    dateFrom: fc.option(fc.constantFrom('2019-06-01', '2020-01-01'), { nil: null }),
    dateTo: fc.option(fc.constantFrom('2021-01-01', '2024-12-31'), { nil: null }),
    unknownDates: fc.boolean(),
    valueMin: fc.option(fc.double({ min: -10, max: 0, noNaN: true }), { nil: null }),
    valueMax: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }),
  });
  const focus = fc.option(fc.uint8Array({ min: 0, max: 1, minLength: 6, maxLength: 6 }), {
    nil: null,
  });

  it('gives what filterLinks, domainCounts and statusCounts give, in one pass', () => {
    const base = summarizeDataset(dataset());
    fc.assert(
      fc.property(fc.array(link, { maxLength: 60 }), settings, focus, (rows, own, focusRows) => {
        const summary: DatasetSummary = {
          ...base,
          links: {
            ids: rows.map((_, i) => `l${i}`),
            partyA: Uint32Array.from(rows, (r) => r.a),
            partyB: Uint32Array.from(rows, (r) => r.b),
            status: Uint8Array.from(rows, (r) => r.status),
            domainMask: Uint32Array.from(rows, (r) => r.mask),
            pair: new Uint32Array(rows.length),
            firstDay: Int32Array.from(rows, (r) => r.day),
            lastDay: Int32Array.from(rows, (r) =>
              r.day === UNKNOWN_DATE || r.length === OPEN_END
                ? r.day === UNKNOWN_DATE
                  ? r.day
                  : OPEN_END
                : r.day + r.length,
            ),
            value: Float64Array.from(rows, (r) => r.value),
          },
        };
        const filter = compileFilter(summary, { ...DEFAULT_FILTERS, ...own }, focusRows);
        const pass = filterPass(summary, filter);
        expect([...pass.listed]).toEqual([...filterLinks(summary, filter)]);
        expect([...pass.mapped]).toEqual([...filterLinks(summary, filter, 'focus')]);
        expect(pass.domainCounts).toEqual(domainCounts(summary, filter));
        expect(pass.statusCounts).toEqual(statusCounts(summary, filter));
      }),
      { numRuns: 300 },
    );
  });
});
