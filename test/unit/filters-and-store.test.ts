import { describe, expect, it } from 'vitest';
import { countPartnershipsByDomain, filterPartnerships } from '../../src/core/filters';
import { arcFeatures, linkedActorFeatures } from '../../src/core/map-features';
import { indexDataset, partnershipTitle } from '../../src/core/dataset-index';
import { createAtlasStore } from '../../src/store/atlas-store';
import {
  selectDomainCounts,
  selectSelectedPartnership,
  selectVisibleIds,
  selectVisiblePartnerships,
} from '../../src/store/selectors';
import { seedJson } from './helpers';

const fail = (): never => {
  throw new Error('fixture is missing a partnership');
};
const DZ = 'dza-esp-cyber-ct-talks';
const EG = 'egy-nato-closer-cooperation';

describe('domain filter', () => {
  const dataset = seedJson();

  it('keeps a partnership while any of its domains is shown', () => {
    const ids = (hidden: string[]) =>
      filterPartnerships(dataset.partnerships, new Set(hidden)).map((p) => p.id);
    expect(ids([])).toEqual([DZ, EG]);
    expect(ids(['demining'])).toEqual([DZ, EG]);
    // Egypt–NATO cites six domains; hiding all six removes it, and only it.
    const egyptDomains = dataset.partnerships[1]?.domains.map((c) => c.domain) ?? [];
    expect(ids(egyptDomains)).toEqual([DZ]);
    expect(ids(dataset.domains.map((d) => d.id))).toEqual([]);
  });

  it('counts partnerships per domain, zero included', () => {
    const counts = countPartnershipsByDomain(dataset.partnerships, dataset.domains);
    expect(counts.get('cybersecurity')).toBe(2);
    expect(counts.get('demining')).toBe(1);
    expect(counts.get('intelligence-sharing')).toBe(1);
    expect(counts.size).toBe(dataset.domains.length);
    expect(countPartnershipsByDomain([], dataset.domains).get('demining')).toBe(0);
  });
});

describe('map features', () => {
  const dataset = seedJson();
  const index = indexDataset(dataset);

  it('draws one arc per partnership between its parties’ anchors', () => {
    const arcs = arcFeatures(dataset, index);
    expect(arcs.features.map((f) => f.properties.id)).toEqual([DZ, EG]);
    const egypt = arcs.features[1]?.geometry.coordinates ?? [];
    expect(egypt[0]).toEqual([31.2357, 30.0444]);
    expect(egypt.at(-1)?.[0]).toBeCloseTo(4.426, 6);
  });

  it('places a marker for each linked actor only, organizations marked as such', () => {
    const actors = linkedActorFeatures(dataset, index).features.map((f) => [
      f.properties.id,
      f.properties.kind,
    ]);
    expect(actors.sort()).toEqual([
      ['DZA', 'state'],
      ['EGY', 'state'],
      ['ESP', 'state'],
      ['nato', 'organization'],
    ]);
  });

  it('titles a partnership with its parties’ names', () => {
    expect(
      partnershipTitle(dataset.partnerships[1] ?? dataset.partnerships[0] ?? fail(), index),
    ).toBe('Egypt – NATO');
  });
});

describe('the store', () => {
  function loadedStore() {
    const store = createAtlasStore();
    store.getState().setDataset(seedJson());
    return store;
  }

  it('starts loading, then holds a dataset', () => {
    const store = createAtlasStore();
    expect(store.getState().dataStatus).toBe('loading');
    store.getState().setDataset(seedJson());
    expect(store.getState().dataStatus).toBe('ready');
    expect(selectVisibleIds(store.getState())).toEqual([DZ, EG]);
  });

  it('selects known partnerships only', () => {
    const store = loadedStore();
    store.getState().select(EG);
    expect(selectSelectedPartnership(store.getState())?.id).toBe(EG);
    store.getState().select('nope');
    expect(store.getState().selectedId).toBe(EG);
    store.getState().select(null);
    expect(selectSelectedPartnership(store.getState())).toBeNull();
  });

  it('toggles domains and derives what is visible, keeping results stable between calls', () => {
    const store = loadedStore();
    const first = selectVisiblePartnerships(store.getState());
    expect(selectVisiblePartnerships(store.getState())).toBe(first);
    for (const c of seedJson().partnerships[1]?.domains ?? [])
      store.getState().toggleDomain(c.domain);
    expect(selectVisibleIds(store.getState())).toEqual([DZ]);
    store.getState().toggleDomain('demining');
    expect(selectVisibleIds(store.getState())).toEqual([DZ, EG]);
    store.getState().showAllDomains();
    expect(store.getState().hiddenDomains).toEqual([]);
    expect(selectDomainCounts(store.getState()).get('cybersecurity')).toBe(2);
  });

  it('keeps the dataset when later data fails, and reports why', () => {
    const store = loadedStore();
    store.getState().setDataIssues([{ file: 'f', record: '', field: '', message: 'broken' }]);
    expect(store.getState().dataStatus).toBe('error');
    expect(store.getState().dataset).not.toBeNull();
  });

  it('clears the selection and filter when a new dataset arrives', () => {
    const store = loadedStore();
    store.getState().select(DZ);
    store.getState().toggleDomain('demining');
    store.getState().setDataset(seedJson());
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().hiddenDomains).toEqual([]);
  });
});
