import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/core/messages';
import { createAtlasStore } from '../../src/store/atlas-store';
import { createInlineClient } from '../../src/data/inline-client';
import { bindSearch, loadDataset } from '../../src/bindings/bind-dataset';
import { bindUrl, type UrlHost } from '../../src/bindings/bind-url';
import { diskFetch, SEED_LOCATION } from './helpers';

const DZ = 'dza-esp-cyber-ct-talks';
const EG = 'egy-nato-closer-cooperation';

/** A browser's location and history, in memory. */
function fakeHost(search: string) {
  const entries = [search];
  let at = 0;
  const listeners = new Set<() => void>();
  const setUrl = (url: string) => new URL(url, 'http://atlas.test/').search;
  const host: UrlHost = {
    location: {
      get search() {
        return entries[at] ?? '';
      },
      pathname: '/',
      hash: '',
    },
    history: {
      pushState: (_data, _unused, url) => {
        entries.splice(at + 1, entries.length, setUrl(url));
        at = entries.length - 1;
      },
      replaceState: (_data, _unused, url) => {
        entries[at] = setUrl(url);
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const go = (step: number) => {
    at = Math.max(0, Math.min(entries.length - 1, at + step));
    for (const listener of listeners) listener();
  };
  return { host, entries, go, current: () => entries[at] ?? '' };
}

async function openAt(search: string) {
  const store = createAtlasStore();
  const browser = fakeHost(search);
  bindUrl(store, browser.host);
  const client = createInlineClient(diskFetch());
  bindSearch(store, client);
  await loadDataset(store, client, SEED_LOCATION);
  return { store, browser };
}

describe('the address bar', () => {
  // The page fetches the address's language before it starts (main.tsx); so does this test.
  beforeAll(() => loadMessages('ar'));
  it('opens the view an address describes, once the data is loaded', async () => {
    const { store } = await openAt(
      `?p=${EG}&hide=demining&match=all&status=talks-held&focus=nato&members=1&q=ناتو&map=10,40,5&lang=ar`,
    );
    const s = store.getState();
    expect(s.selectedId).toBe(EG);
    expect(s.filters.hiddenDomains).toEqual(['demining']);
    expect(s.filters.domainMode).toBe('all');
    expect(s.filters.hiddenStatuses).toEqual(['talks-held']);
    expect(s.focus).toBe('nato');
    expect(s.focusMembers).toBe(true);
    expect(s.query).toBe('ناتو');
    expect(s.cameraRequest?.camera).toEqual({ lon: 10, lat: 40, zoom: 5 });
    expect(s.language).toBe('ar');
    expect(s.notices).toEqual([]);
  });

  it('writes the view back: a selection adds a history entry, a filter replaces it', async () => {
    const { store, browser } = await openAt('');
    store.getState().select(DZ);
    expect(browser.current()).toBe(`?p=${DZ}`);
    store.getState().toggleDomain('demining');
    expect(browser.current()).toBe(`?p=${DZ}&hide=demining`);
    store.getState().select(EG);
    expect(browser.entries).toEqual(['', `?p=${DZ}&hide=demining`, `?p=${EG}&hide=demining`]);
    // Back and forward step through the selections.
    browser.go(-1);
    expect(store.getState().selectedId).toBe(DZ);
    browser.go(-1);
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().filters.hiddenDomains).toEqual([]);
    browser.go(1);
    expect(store.getState().selectedId).toBe(DZ);
  });

  it('going back never adds an entry, even while the camera is still where the later view left it', async () => {
    const { store, browser } = await openAt('');
    const camera = (lon: number) => {
      store.getState().setCamera({ lon, lat: 38, zoom: 4 });
    };
    camera(1);
    store.getState().select(DZ);
    camera(2);
    store.getState().select(EG);
    camera(3);
    expect(browser.entries).toHaveLength(3);
    browser.go(-1);
    expect(store.getState().selectedId).toBe(DZ);
    expect(browser.entries).toHaveLength(3);
    browser.go(1);
    expect(store.getState().selectedId).toBe(EG);
  });

  it('ignores a stale id, an unknown domain and garbage, with a quiet notice, and never throws', async () => {
    const { store } = await openAt('?p=gone&hide=astrology,demining&match=%00&map=x&focus=<b>');
    const s = store.getState();
    expect(s.selectedId).toBeNull();
    expect(s.filters.hiddenDomains).toEqual(['demining']);
    expect(s.filters.domainMode).toBe('any');
    expect(s.focus).toBeNull();
    expect(s.notices).toHaveLength(5);
    expect(s.dataStatus).toBe('ready');
  });
});

describe('passage search in the data worker', () => {
  it('finds excerpts through folded Arabic and English, with the partnerships citing them', async () => {
    const client = createInlineClient(diskFetch());
    await loadDataset(createAtlasStore(), client, SEED_LOCATION);
    const hits = await client.searchExcerpts('الارهاب', 50);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(
        hit.text.includes('الإرهاب') || (hit.translation ?? '').toLowerCase().includes('terror'),
      ).toBe(true);
      expect(hit.partnerships.length).toBeGreaterThan(0);
    }
    const nato = await client.searchExcerpts('ناتو', 50);
    expect(nato.flatMap((h) => h.partnerships)).toContain(EG);
    expect(await client.searchExcerpts('demining', 50)).not.toEqual([]);
    expect(await client.searchExcerpts('zzzz', 50)).toEqual([]);
    expect(await client.searchExcerpts('  ', 50)).toEqual([]);
  });
});
