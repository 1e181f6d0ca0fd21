/** Bootstrap: create the store, start loading the data, mount the app. */
import arabicNamesUrl from 'i18n-iso-countries/langs/ar.json?url';
import englishNamesUrl from 'i18n-iso-countries/langs/en.json?url';
import countries10mUrl from 'world-atlas/countries-10m.json?url';
import countries110mUrl from 'world-atlas/countries-110m.json?url';
import countries50mUrl from 'world-atlas/countries-50m.json?url';
// `@dataset` is `data/`, or the folder `npm run build -- --data <folder>` publishes (vite.config.ts).
import datasetUrl from '@dataset/atlas.json?url';
import ingestNamesUrl from '../data/ingest/actors.json?url';
import cowStatesUrl from '../data/import/cow-states.json?url';
import ingestLexiconUrl from '../data/ingest/lexicon.json?url';
import type { BasemapScale } from './core/basemap';
import { phrase, translator } from './core/messages';
import { createAtlasStore } from './store/atlas-store';
import { createWorkerClient } from './data/data-client';
import type { BasemapData, DatasetLocation } from './core/protocol';
import { openDatasetLibrary, type DatasetLibrary } from './data/dataset-library';
import { createDatasets, readDatasetChoice, writeDatasetChoice } from './data/datasets';
import { type CurrentDataset } from './core/protocol';
import { createImportWorkerClient } from './data/import-client';
import { type ImportClient, type Workbench } from './core/protocol';
import { bindDetails, bindSearch, loadDataset } from './bindings/bind-dataset';
import { bindUrl } from './bindings/bind-url';
import { bindDeck, deckStorageKey } from './bindings/bind-deck';
import { basemapCache } from './bindings/basemap-cache';
import { bindPresenter } from './bindings/bind-presenter';
import { bindPageLanguage, browserStorage } from './bindings/page-language';
import { startPresenterWindow } from './ui/presenter-window';
import { PRESENTER_CHANNEL } from './core/protocol';
import { App } from './ui/App';
import { atlasTools } from './ui/ToolButtons';
import { renderAtlas } from './ui/render-atlas';
import { lazy, Suspense } from 'react';
import { showDocumentLanguage } from './ui/document-language';
import type { DeckSources } from './ui/BriefingPanel';
import './ui/app.css';

// Each source article is a static asset; the dataset names it by its path under data/. URLs are
// made absolute because the worker that fetches them has its own base URL.
const absolute = (url: string) => new URL(url, document.baseURI).href;
const seedSources = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('@dataset/sources/*.txt', {
      query: '?url',
      import: 'default',
      eager: true,
    }),
  ).map(([path, url]) => [path.replace(/^.*\/(sources\/[^/]+)$/, '$1'), absolute(url)]),
);

/**
 * `?data=/path/to/atlas.json` opens another dataset served by the same origin (benchmarks use it);
 * its sources are looked for next to it. Anything else opens the seed dataset.
 */
function servedLocation() {
  const requested = new URLSearchParams(window.location.search).get('data');
  const seed = {
    file: 'data/atlas.json',
    url: absolute(datasetUrl),
    sourceUrls: seedSources,
    requested: false,
  };
  if (!requested) return seed;
  const url = sameOrigin(requested);
  return url ? { file: url.pathname, url: url.href, sourceUrls: {}, requested: true } : seed;
}

/** Every basemap layer empty. */
function emptyBasemap(): BasemapData {
  const none = { type: 'FeatureCollection' as const, features: [] };
  return {
    countries: none,
    borders: none,
    disputed: none,
    coastline: none,
    labels: none,
    territories: {},
  };
}

/** A dataset address of this site, or null for anything else (another origin, "http://["). */
function sameOrigin(requested: string): URL | null {
  try {
    const url = new URL(requested, document.baseURI);
    return url.origin === window.location.origin ? url : null;
  } catch {
    return null;
  }
}

/** The `?data=` the address asks for when it is not a file of this site: said, never thrown. */
function refusedAddress(): string | null {
  const requested = new URLSearchParams(window.location.search).get('data');
  return requested && !sameOrigin(requested) ? requested : null;
}

/**
 * The dataset to show: one asked for in the address, else the imported one chosen last time (if
 * the browser still keeps it), else the seed.
 */
async function chooseDataset(
  storage: Storage | null,
  library: () => Promise<DatasetLibrary>,
): Promise<{ location: DatasetLocation; current: CurrentDataset; missing: boolean }> {
  const served = servedLocation();
  const seed = { location: served, current: { id: null, name: served.file }, missing: false };
  const id = served.requested ? null : readDatasetChoice(storage);
  if (id === null) return seed;
  // Only the list is read here: the data worker reads the dataset itself.
  const entry = await library()
    .then((opened) => opened.list())
    .then((list) => list.find((info) => info.id === id))
    .catch(() => undefined);
  if (entry) {
    return {
      location: { file: entry.name, stored: id },
      current: { id, name: entry.name },
      missing: false,
    };
  }
  writeDatasetChoice(storage, null);
  return { ...seed, missing: true };
}

// Briefing decks shipped with the atlas, fetched when one is chosen.
const builtInDecks = Object.entries(
  import.meta.glob<string>('@dataset/briefings/*.json', {
    query: '?url',
    import: 'default',
    eager: true,
  }),
).map(([path, url]) => ({
  file: path.replace(/^.*\/(briefings\/[^/]+)$/, 'data/$1'),
  title: path.replace(/^.*\//, ''),
  text: () =>
    fetch(url).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
      return response.text();
    }),
}));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

if (new URLSearchParams(window.location.search).has('presenter')) {
  startPresenterWindow(root, browserStorage());
} else {
  startAtlas(root);
}

/** `?embed=1`: the map alone, for a frame in another page (`EmbedApp`, a chunk of its own). */
const embedded = new URLSearchParams(window.location.search).get('embed') === '1';
const EmbedApp = lazy(() => import('./ui/EmbedApp'));

function startAtlas(root: HTMLElement) {
  const store = createAtlasStore();
  const storage = browserStorage();
  // The page's language and direction follow the interface language, and the choice is kept.
  // The first render waits for the language's messages (a page in Arabic never flashes English);
  // if they cannot be fetched the atlas opens in English.
  const languageReady = bindPageLanguage(store, storage, (language) => {
    showDocumentLanguage(language, translator(language).t('app.name'));
  });
  const client = createWorkerClient();
  let opening: Promise<DatasetLibrary> | null = null;
  const library = () => {
    opening ??= openDatasetLibrary();
    // A failed opening (IndexedDB refused) is tried again next time.
    opening.catch(() => {
      opening = null;
    });
    return opening;
  };
  let importer: ImportClient | null = null;
  const importClient = () => {
    importer ??= createImportWorkerClient({
      englishNames: absolute(englishNamesUrl),
      arabicNames: absolute(arabicNamesUrl),
      countries: absolute(countries50mUrl),
      ingestNames: absolute(ingestNamesUrl),
      ingestLexicon: absolute(ingestLexiconUrl),
      cowStates: absolute(cowStatesUrl),
    });
    return importer;
  };
  bindDetails(store, client);
  bindSearch(store, client);
  bindUrl(store, window);
  // Natural Earth at three scales, each fetched the first time it is asked for.
  const countriesUrls: Record<BasemapScale, string> = {
    '110m': countries110mUrl,
    '50m': countries50mUrl,
    '10m': countries10mUrl,
  };
  // `?basemap=none` draws no countries: the benchmark's variant that measures the basemap's share.
  const noBasemap = new URLSearchParams(window.location.search).get('basemap') === 'none';
  const loadBasemap = basemapCache((scale) =>
    noBasemap
      ? Promise.resolve(emptyBasemap())
      : client.basemap({
          countries: absolute(countriesUrls[scale]),
          arabicNames: absolute(arabicNamesUrl),
          key: scale,
        }),
  );
  const chosen = chooseDataset(storage, library).then((choice) => {
    if (choice.missing) store.getState().setDatasetNotice(phrase('datasets.missing'));
    const refused = refusedAddress();
    if (refused !== null)
      store.getState().setDatasetNotice(phrase('datasets.addressRefused', { value: refused }));
    bindDeck(
      store,
      client,
      storage,
      deckStorageKey(
        choice.current.id === null ? choice.location.file : `library:${choice.current.id}`,
      ),
      // Another tab's writes to the same storage (the event never fires for this tab's own).
      (listener) => {
        const onStorage = (event: StorageEvent) => {
          listener({ key: event.key, newValue: event.newValue });
        };
        window.addEventListener('storage', onStorage);
        return () => {
          window.removeEventListener('storage', onStorage);
        };
      },
    );
    void loadDataset(store, client, choice.location);
    const datasets = createDatasets({
      current: choice.current,
      library,
      storage,
      // A fresh start on the chosen dataset: the address's settings belonged to the previous one.
      // Missing where the browser offers no StorageManager (some privacy modes).
      storageManager: (navigator as { storage?: StorageManager }).storage ?? null,
      restart: (selected) => {
        const query = selected ? `?p=${encodeURIComponent(selected)}` : '';
        window.location.assign(window.location.pathname + query);
      },
      restartAt: (query) => {
        window.location.assign(window.location.pathname + query);
      },
      keepDeck: (id, deck) => {
        try {
          storage?.setItem(deckStorageKey(`library:${id}`), deck);
        } catch {
          // Not kept: the atlas builds its default deck.
        }
      },
    });
    // The dataset shown, which articles and edits change (a working copy of the one shipped).
    const target = () => ({
      ...choice.location,
      title: store.getState().summary?.title.en ?? choice.current.name,
    });
    const workbench: Workbench = {
      actors: () => importClient().articleActors(),
      read: (name, bytes, pasted, stated) =>
        importClient().readArticle(name, bytes, pasted, stated),
      add: (article, partnerships) => importClient().addArticle(target(), article, partnerships),
      openEdit: (partnership, source) => importClient().openEdit(target(), partnership, source),
      saveEdit: (partnership, source, facts, reviewed) =>
        importClient().saveEdit(target(), partnership, source, facts, reviewed),
      open: (id, selected) => {
        // A dataset made in the workbench: the browser is asked to keep what is stored.
        void datasets.persist().finally(() => {
          datasets.open(id, selected);
        });
      },
    };
    // `?open=` an atlas file of this site: opened (its own chunk), then the atlas starts on it.
    const opening = new URLSearchParams(window.location.search).get('open');
    if (opening !== null) {
      void import('./bindings/open-address').then(({ openFromAddress }) =>
        openFromAddress(opening, {
          resolve: sameOrigin,
          fetcher: (url) => fetch(url),
          importer: importClient,
          datasets,
          notice: (text) => {
            store.getState().setDatasetNotice(text);
          },
        }),
      );
    }
    const exportRepository = () => importClient().exportRepository(target());
    const exportAtlasFile = (deck: string | null, view: string) =>
      importClient().exportAtlasFile(target(), deck, view);
    return { datasets, workbench, exportRepository, exportAtlasFile };
  });
  if (typeof BroadcastChannel === 'function') {
    bindPresenter(store, new BroadcastChannel(PRESENTER_CHANNEL));
  }
  // After one visit the atlas opens offline (its own chunk, once the page has loaded).
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    window.addEventListener('load', () => {
      void import('./offline/offline-updates').then(({ registerOffline }) =>
        registerOffline({
          container: navigator.serviceWorker,
          base: import.meta.env.BASE_URL,
          store,
          reload: () => {
            window.location.reload();
          },
          host: document.body,
        }),
      );
    });
  }
  const decks: DeckSources = {
    builtIn: builtInDecks,
    read: (text, file) => client.readDeck(text, file, false),
    defaultDeck: () => client.defaultDeck(store.getState().language),
  };
  void Promise.all([languageReady, chosen]).then(
    ([, { datasets, workbench, exportRepository, exportAtlasFile }]) => {
      renderAtlas(root, store, () =>
        embedded ? (
          <Suspense fallback={null}>
            <EmbedApp basemap={loadBasemap} />
          </Suspense>
        ) : (
          <App
            basemap={loadBasemap}
            decks={decks}
            tools={atlasTools({
              exportData: (format, ids, options) => client.exportData(format, ids, options),
              datasets,
              importer: importClient,
              workbench,
              exportRepository,
              exportAtlasFile,
            })}
          />
        ),
      );
    },
  );
}
