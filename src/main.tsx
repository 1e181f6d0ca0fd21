/** Bootstrap: create the store, start loading the data, mount the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import arabicNamesUrl from 'i18n-iso-countries/langs/ar.json?url';
import countries10mUrl from 'world-atlas/countries-10m.json?url';
import countries110mUrl from 'world-atlas/countries-110m.json?url';
import countries50mUrl from 'world-atlas/countries-50m.json?url';
import datasetUrl from '../data/atlas.json?url';
import type { BasemapScale } from './core/basemap';
import { t } from './core/messages';
import { createAtlasStore } from './store/atlas-store';
import { createWorkerClient } from './store/data-client';
import type { BasemapData } from './store/dataset-pipeline';
import { bindDetails, bindSearch, loadDataset } from './store/load-dataset';
import { bindUrl } from './store/url-sync';
import { App } from './ui/App';
import { AtlasStoreContext } from './ui/store-context';
import './ui/app.css';

// Each source article is a static asset; the dataset names it by its path under data/. URLs are
// made absolute because the worker that fetches them has its own base URL.
const absolute = (url: string) => new URL(url, document.baseURI).href;
const seedSources = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../data/sources/*.txt', {
      query: '?url',
      import: 'default',
      eager: true,
    }),
  ).map(([path, url]) => [path.replace('../data/', ''), absolute(url)]),
);

/**
 * `?data=/path/to/atlas.json` opens another dataset served by the same origin (benchmarks use it);
 * its sources are looked for next to it. Anything else opens the seed dataset.
 */
function datasetLocation() {
  const requested = new URLSearchParams(window.location.search).get('data');
  if (requested) {
    const url = new URL(requested, document.baseURI);
    if (url.origin === window.location.origin) {
      return { file: url.pathname, url: url.href, sourceUrls: {} };
    }
  }
  return { file: 'data/atlas.json', url: absolute(datasetUrl), sourceUrls: seedSources };
}

document.title = t('app.name');
const store = createAtlasStore();
const client = createWorkerClient();
bindDetails(store, client);
bindSearch(store, client);
bindUrl(store, window);
// Natural Earth at three scales, each fetched the first time the map's zoom asks for it.
const countriesUrls: Record<BasemapScale, string> = {
  '110m': countries110mUrl,
  '50m': countries50mUrl,
  '10m': countries10mUrl,
};
const basemaps = new Map<BasemapScale, Promise<BasemapData>>();
const loadBasemap = (scale: BasemapScale) => {
  let basemap = basemaps.get(scale);
  if (!basemap) {
    basemap = client.basemap({
      countries: absolute(countriesUrls[scale]),
      arabicNames: absolute(arabicNamesUrl),
      key: scale,
    });
    // A failed load is tried again the next time the zoom asks for that scale.
    basemap.catch(() => basemaps.delete(scale));
    basemaps.set(scale, basemap);
  }
  return basemap;
};
void loadDataset(store, client, datasetLocation());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AtlasStoreContext.Provider value={store}>
      <App basemap={loadBasemap} />
    </AtlasStoreContext.Provider>
  </StrictMode>,
);
