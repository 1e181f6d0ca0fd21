/** Bootstrap: create the store, start loading the data, mount the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import datasetUrl from '../data/atlas.json?url';
import { createAtlasStore } from './store/atlas-store';
import { loadDataset } from './store/load-dataset';
import { App } from './ui/App';
import { AtlasStoreContext } from './ui/store-context';
import './ui/app.css';

// Each source article is a static asset; the dataset names it by its path under data/.
const sourceUrls = new Map(
  Object.entries(
    import.meta.glob<string>('../data/sources/*.txt', {
      query: '?url',
      import: 'default',
      eager: true,
    }),
  ).map(([path, url]) => [path.replace('../data/', ''), url]),
);

const store = createAtlasStore();
void loadDataset(store, { file: 'data/atlas.json', url: datasetUrl, sourceUrls });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AtlasStoreContext.Provider value={store}>
      <App basemapUrl={countriesUrl} />
    </AtlasStoreContext.Provider>
  </StrictMode>,
);
