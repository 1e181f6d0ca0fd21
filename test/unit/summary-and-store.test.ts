import { describe, expect, it, vi } from 'vitest';
import {
  detailsBundle,
  linkDomains,
  linkedActorPoints,
  linkTitle,
  linkVisibility,
  summarizeDataset,
} from '../../src/core/summary';
import { phrase, translator } from '../../src/core/messages';

const { say } = translator('en');
import { indexDataset } from '../../src/core/dataset-index';
import { compileFilter, DEFAULT_FILTERS, domainCounts, filterLinks } from '../../src/core/filters';
import { createAtlasStore } from '../../src/store/atlas-store';
import { createInlineClient } from '../../src/data/inline-client';
import { bindDetails, loadDataset } from '../../src/bindings/bind-dataset';
import {
  visibleLinksOnPair,
  selectLinkVisibility,
  selectSelectedIsVisible,
  selectVisibleLinks,
} from '../../src/store/selectors';
import { diskFetch, SEED_LOCATION, seedJson, seedWithMoreLinks } from './helpers';

const DZ = 'dza-esp-cyber-ct-talks';
const EG = 'egy-nato-closer-cooperation';

describe('summarizeDataset', () => {
  it('keeps one row per partnership and one arc per pair of actors', () => {
    const summary = summarizeDataset(seedWithMoreLinks());
    expect(summary.links.ids).toEqual([DZ, EG, 'esp-dza-second', 'egy-esp']);
    expect(summary.pairs.count).toBe(3);
    expect([...summary.links.pair]).toEqual([0, 1, 0, 2]);
    expect([...summary.pairs.pairStart]).toEqual([0, 2, 3, 4]);
    expect([...summary.pairs.pairLinks]).toEqual([0, 2, 1, 3]);
    expect(linkTitle(summary, 2, 'en')).toBe('Spain – Algeria');
  });

  it('encodes each link’s domains as a mask and counts partnerships per domain', () => {
    const dataset = seedJson();
    const summary = summarizeDataset(dataset);
    expect(
      linkDomains(summary, 1)
        .map((d) => d.id)
        .sort(),
    ).toEqual((dataset.partnerships[1]?.domains.map((c) => c.domain) ?? []).sort());
    const counts = domainCounts(summary, compileFilter(summary, DEFAULT_FILTERS));
    const count = (id: string) => counts[dataset.domains.findIndex((d) => d.id === id)];
    expect(count('cybersecurity')).toBe(2);
    expect(count('demining')).toBe(1);
    expect(count('intelligence-sharing')).toBe(1);
  });

  it('filters links by shown domains', () => {
    const dataset = seedWithMoreLinks();
    const summary = summarizeDataset(dataset);
    const rows = (hidden: string[]) =>
      filterLinks(summary, compileFilter(summary, { ...DEFAULT_FILTERS, hiddenDomains: hidden }));
    const visible = (hidden: string[]) => [...rows(hidden)];
    expect(visible([])).toEqual([0, 1, 2, 3]);
    // Only Egypt–NATO and the second Algeria–Spain link cite demining.
    const allButDemining = dataset.domains.map((d) => d.id).filter((id) => id !== 'demining');
    expect(visible(allButDemining)).toEqual([1, 2]);
    expect([...linkVisibility(summary, rows(allButDemining))]).toEqual([0, 1, 1, 0]);
    expect(visible(dataset.domains.map((d) => d.id))).toEqual([]);
  });

  it('lists a marker for each actor that takes part in a partnership, named in both languages', () => {
    const summary = summarizeDataset(seedJson());
    const actors = linkedActorPoints(summary).features.map((f) => [
      f.properties.id,
      f.properties.kind,
    ]);
    expect(actors.sort()).toEqual([
      ['DZA', 'state'],
      ['EGY', 'state'],
      ['ESP', 'state'],
      ['nato', 'organization'],
    ]);
    const nato = linkedActorPoints(summary).features.find((f) => f.properties.id === 'nato');
    expect(nato?.properties.name_en).toBe('NATO');
    expect(nato?.properties.name_ar).toMatch(/الناتو|حلف/);
  });

  it('bundles what one partnership’s details need, members and framework evidence included', () => {
    const bundle = detailsBundle(indexDataset(seedJson()), EG);
    expect(bundle?.partnership.id).toBe(EG);
    expect(bundle?.actors.length).toBe(2 + 32 + 7 - 1); // Egypt is a Dialogue partner itself
    expect(bundle?.excerpts.map((e) => e.id)).toContain(
      'egy-nato-background-mediterranean-dialogue',
    );
    expect(bundle?.sources.map((s) => s.id)).toEqual(['egy-nato-meeting']);
    expect(detailsBundle(indexDataset(seedJson()), 'nope')).toBeNull();
  });
});

describe('the store with the inline data client', () => {
  async function loadedStore(fetcher = diskFetch()) {
    const store = createAtlasStore();
    const client = createInlineClient(fetcher);
    bindDetails(store, client);
    const phases: string[] = [];
    store.subscribe((s) => {
      if (s.loadPhase && phases.at(-1) !== s.loadPhase) phases.push(s.loadPhase);
    });
    await loadDataset(store, client, SEED_LOCATION);
    return { store, phases };
  }

  it('loads the seed through every phase, excerpts checked against their sources', async () => {
    const { store, phases } = await loadedStore();
    expect(store.getState().dataIssues).toEqual([]);
    expect(store.getState().dataStatus).toBe('ready');
    expect(phases).toEqual(['fetching', 'validating', 'indexing', 'drawing']);
    expect([...selectVisibleLinks(store.getState())]).toEqual([0, 1]);
  });

  it('reports a source it cannot fetch on the excerpts that quote it', async () => {
    const store = createAtlasStore();
    await loadDataset(
      store,
      createInlineClient(diskFetch({ 'http://test/data/sources/004_a350234f16e35166.txt': '' })),
      SEED_LOCATION,
    );
    expect(store.getState().dataStatus).toBe('error');
    const issue = store.getState().dataIssues[0];
    expect(issue && say(issue.message)).toMatch(/not found character for character/);
  });

  it('draws before the sources are read, then checks every excerpt in a second pass', async () => {
    // The source files are held back until the dataset is in the store.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const files = diskFetch();
    const requested: string[] = [];
    const fetcher = async (url: string) => {
      requested.push(url);
      if (url.includes('/sources/')) await held;
      return files(url);
    };
    const store = createAtlasStore();
    const loading = loadDataset(store, createInlineClient(fetcher), SEED_LOCATION);
    await vi.waitFor(() => {
      expect(store.getState().dataStatus).toBe('ready');
    });
    const excerpts = seedJson().excerpts.length;
    expect(store.getState().evidenceCheck).toBe(excerpts);
    expect(requested.filter((u) => u.includes('/sources/'))).not.toEqual([]);
    release();
    await loading;
    expect(store.getState().evidenceCheck).toBeNull();
    expect(store.getState().dataIssues).toEqual([]);
    // Each cited source file is fetched once, and no other.
    const sources = requested.filter((u) => u.includes('/sources/'));
    expect(new Set(sources).size).toBe(sources.length);
    expect(sources.length).toBe(new Set(seedJson().excerpts.map((e) => e.source)).size);
  });

  it('with a map on the page, reads the sources only once the map has drawn the data', async () => {
    const requested: string[] = [];
    const files = diskFetch();
    const fetcher = (url: string) => {
      requested.push(url);
      return files(url);
    };
    const store = createAtlasStore();
    store.getState().setMapPresent(true);
    const loading = loadDataset(store, createInlineClient(fetcher), SEED_LOCATION);
    await vi.waitFor(() => {
      expect(store.getState().evidenceCheck).not.toBeNull();
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requested.filter((u) => u.includes('/sources/'))).toEqual([]);
    const arcs = store.getState().drawing?.arcs;
    if (!arcs) throw new Error('the dataset is in the store');
    store.getState().setDrawnPairs(arcs);
    await loading;
    expect(requested.filter((u) => u.includes('/sources/'))).not.toEqual([]);
    expect(store.getState().evidenceCheck).toBeNull();
    expect(store.getState().dataStatus).toBe('ready');
  });

  it('refuses a dataset whose excerpt is missing from its source, after it was drawn', async () => {
    const dataset = seedJson();
    const excerpt = dataset.excerpts[0];
    if (!excerpt) throw new Error('the seed has excerpts');
    excerpt.text = `${excerpt.text} (edited)`;
    const store = createAtlasStore();
    const states: string[] = [];
    store.subscribe((s) => {
      if (states.at(-1) !== s.dataStatus) states.push(s.dataStatus);
    });
    await loadDataset(
      store,
      createInlineClient(diskFetch({ 'http://test/data/atlas.json': JSON.stringify(dataset) })),
      SEED_LOCATION,
    );
    expect(states).toEqual(['loading', 'ready', 'error']);
    expect(store.getState().evidenceCheck).toBeNull();
    const issues = store.getState().dataIssues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.record).toBe(`excerpts[0] "${excerpt.id}"`);
    expect(issues[0]?.field).toBe('text');
    expect(issues[0] && say(issues[0].message)).toMatch(/not found character for character/);
  });

  it('fetches the full records of the selected partnership, and only that one', async () => {
    const { store } = await loadedStore();
    store.getState().select(EG);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().details?.id).toBe(EG);
    expect(store.getState().details?.index.actors.get('nato')?.kind).toBe('organization');
    store.getState().select('nope');
    expect(store.getState().selectedId).toBe(EG);
  });

  it('filters by domain, keeps derived data stable, and tracks the selection’s visibility', async () => {
    const { store } = await loadedStore();
    store.getState().select(EG);
    const first = selectVisibleLinks(store.getState());
    expect(selectVisibleLinks(store.getState())).toBe(first);
    for (const c of seedJson().partnerships[1]?.domains ?? [])
      store.getState().toggleDomain(c.domain);
    expect([...selectVisibleLinks(store.getState())]).toEqual([0]);
    expect([...selectLinkVisibility(store.getState())]).toEqual([1, 0]);
    expect(selectSelectedIsVisible(store.getState())).toBe(false);
    store.getState().toggleDomain('demining');
    expect([...selectVisibleLinks(store.getState())]).toEqual([0, 1]);
    store.getState().showAllDomains();
    expect(store.getState().filters.hiddenDomains).toEqual([]);
    expect(selectSelectedIsVisible(store.getState())).toBe(true);
  });

  it('selects through a pair’s ribbon, cycling through its partnerships, and hovers a pair', async () => {
    const { store } = await loadedStore(
      diskFetch({ 'http://test/data/atlas.json': JSON.stringify(seedWithMoreLinks()) }),
    );
    expect(store.getState().dataIssues).toEqual([]);
    store.getState().selectOnPair(0);
    expect(store.getState().selectedId).toBe(DZ);
    store.getState().selectOnPair(0);
    expect(store.getState().selectedId).toBe('esp-dza-second');
    store.getState().selectOnPair(0);
    expect(store.getState().selectedId).toBe(DZ);
    store.getState().hoverPair(2);
    expect(store.getState().hoveredId).toBe('egy-esp');
    expect(store.getState().hoveredPair).toBe(2);
    expect(visibleLinksOnPair(store.getState(), 0)).toEqual([0, 2]);
    // A filter that leaves out the second Algeria–Spain link (demining only) narrows the pair.
    store.getState().toggleDomain('demining');
    expect(visibleLinksOnPair(store.getState(), 0)).toEqual([0]);
    store.getState().hoverPair(null);
    expect(store.getState().hoveredId).toBeNull();
    expect(store.getState().hoveredPair).toBeNull();
  });

  it('keeps the dataset shown when a later load fails, and clears selection on a new one', async () => {
    const { store } = await loadedStore();
    store.getState().select(DZ);
    store
      .getState()
      .setDataIssues([{ file: 'f', record: '', field: '', message: phrase('issue.invalid') }]);
    expect(store.getState().summary).not.toBeNull();
    await loadDataset(store, createInlineClient(diskFetch()), SEED_LOCATION);
    expect(store.getState().selectedId).toBeNull();
  });
});

describe('dates', () => {
  it('keeps each link’s date as a day number, unknown dates marked as such', async () => {
    const { dayOf, UNKNOWN_DATE } = await import('../../src/core/summary');
    expect(dayOf('1970-01-02')).toBe(1);
    expect(dayOf('2024-02-29')).toBe(19782);
    expect(dayOf(null)).toBe(UNKNOWN_DATE);
    const dataset = seedJson();
    const first = dataset.partnerships[0];
    if (first) first.date = '2025-01-01';
    const summary = summarizeDataset(dataset);
    expect([...summary.links.firstDay]).toEqual([dayOf('2025-01-01'), UNKNOWN_DATE]);
    expect([...summary.links.lastDay]).toEqual([dayOf('2025-01-01'), UNKNOWN_DATE]);
  });

  it('places a partnership on every day its dates could be, a span still in force open-ended', async () => {
    const { dayOf, OPEN_END, placedInTime, UNKNOWN_DATE } = await import('../../src/core/summary');
    expect(placedInTime({ date: '2017' })).toEqual([dayOf('2017-01-01'), dayOf('2017-12-31')]);
    expect(placedInTime({ date: '2017-03' })).toEqual([dayOf('2017-03-01'), dayOf('2017-03-31')]);
    expect(placedInTime({ date: '2017-03-09', start: '1995', end: '2010-06' })).toEqual([
      dayOf('1995-01-01'),
      dayOf('2010-06-30'),
    ]);
    expect(placedInTime({ date: null, start: '1949', end: null })).toEqual([
      dayOf('1949-01-01'),
      OPEN_END,
    ]);
    // An end alone: in force then, nothing said of before.
    expect(placedInTime({ date: null, end: '1991' })).toEqual([
      dayOf('1991-01-01'),
      dayOf('1991-12-31'),
    ]);
    expect(placedInTime({ date: null })).toEqual([UNKNOWN_DATE, UNKNOWN_DATE]);
  });
});

describe('forEachLimited', () => {
  it('never has more than the limit in flight, and visits every item once', async () => {
    const { forEachLimited } = await import('../../src/data/dataset-pipeline');
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    await forEachLimited([...Array(50).keys()], 8, async (item) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, item % 3));
      seen.push(item);
      inFlight--;
    });
    expect(peak).toBe(8);
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(50).keys()]);
  });
});
