/**
 * A standalone page's bootstrap: the atlas it carries (`core/standalone.ts`), read-only, from a
 * `file://` address with no server and no network. The dataset pipeline runs in the page (a
 * `file://` page starts a module worker only from a `data:` address, and the pipeline reads the
 * page's own data), the library is the page's one dataset, and the deck lives in memory: what is
 * changed here is not kept.
 */
import '../ui/app.css';
import '../core/share-messages';
import { basemapCache } from '../bindings/basemap-cache';
import { bindDetails, bindSearch, loadDataset } from '../bindings/bind-dataset';
import { bindDeck, deckStorageKey } from '../bindings/bind-deck';
import { bindPageLanguage, browserStorage, initialLanguage } from '../bindings/page-language';
import { bindPresenter } from '../bindings/bind-presenter';
import { bindUrl } from '../bindings/bind-url';
import type { BasemapScale } from '../core/basemap';
import { loadMessages, messagesLoaded, translator } from '../core/messages';
import { PRESENTER_CHANNEL } from '../core/protocol';
import { nearestScale, readStandaloneContents, STANDALONE_SLOT_ID } from '../core/standalone';
import { readAtlasFile } from '../data/atlas-file';
import { createInlineClient } from '../data/inline-client';
import { createAtlasStore } from '../store/atlas-store';
import { App } from '../ui/App';
import { showDocumentLanguage } from '../ui/document-language';
import { startPresenterWindow } from '../ui/presenter-window';
import { renderAtlas } from '../ui/render-atlas';
import { StandaloneNote } from '../ui/share/StandaloneNote';
import {
  ARABIC_NAMES_ADDRESS,
  countriesAddress,
  gunzipped,
  savedFiles,
  savedLibrary,
  savedScales,
} from './saved-atlas';

const root = document.getElementById('root');
if (!root) throw new Error('the standalone page has no #root element');

/** The id of the page's one dataset in its library. */
const SAVED = 'standalone';

/** What the page carries, or why it cannot be shown. */
async function readPage() {
  const read = readStandaloneContents(
    document.getElementById(STANDALONE_SLOT_ID)?.textContent ?? '',
  );
  if (!read.ok) return read;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await gunzipped(read.contents.atlasFile).arrayBuffer());
  } catch (error) {
    return { ok: false as const, why: `its atlas file is damaged (${String(error)})` };
  }
  const atlas = readAtlasFile(bytes);
  if (!atlas.ok) {
    const { problem } = atlas;
    const why = problem.kind === 'newer' ? `a newer version (${problem.version})` : problem.why;
    return { ok: false as const, why: `its atlas file: ${why}` };
  }
  return { ok: true as const, contents: read.contents, atlas };
}

async function startStandalone(root: HTMLElement) {
  const storage = browserStorage();
  const page = await readPage();
  if (!page.ok) {
    // Said in the page's language (its table is in the page), the reason as the reader found it.
    const language = initialLanguage(storage);
    await loadMessages(language).catch(() => undefined);
    const { t } = translator(messagesLoaded(language) ? language : 'en');
    showDocumentLanguage(language, t('app.name'));
    root.textContent = t('standalone.broken', { why: page.why });
    return;
  }
  const { contents, atlas } = page;
  const store = createAtlasStore();
  const languageReady = bindPageLanguage(store, storage, (language) => {
    showDocumentLanguage(language, translator(language).t('app.name'));
  });
  const title = (atlas.json as { title?: { en?: unknown } }).title?.en;
  const name = typeof title === 'string' && title !== '' ? title : 'atlas';
  const client = createInlineClient(savedFiles(contents), () =>
    Promise.resolve(
      savedLibrary({
        id: SAVED,
        name,
        origin: 'standalone page',
        created: contents.saved,
        updated: contents.saved,
        partnerships: 0,
        dataset: atlas.json,
        sources: atlas.sources,
      }),
    ),
  );
  // The view the page was saved with, unless its address already names one (after a reload).
  if (window.location.search === '' && atlas.view !== '') {
    window.history.replaceState(null, '', atlas.view);
  }
  bindDetails(store, client);
  bindSearch(store, client);
  bindUrl(store, window);
  // The saved deck, in memory: a standalone page keeps nothing between visits.
  const decks = new Map<string, string>();
  const key = deckStorageKey(`standalone:${name}`);
  if (atlas.deck !== null) decks.set(key, atlas.deck);
  bindDeck(
    store,
    client,
    {
      getItem: (item) => decks.get(item) ?? null,
      setItem: (item, value) => {
        decks.set(item, value);
      },
    },
    key,
  );
  void loadDataset(store, client, { file: name, stored: SAVED });
  if (typeof BroadcastChannel === 'function') {
    bindPresenter(store, new BroadcastChannel(PRESENTER_CHANNEL));
  }
  // Each scale the zoom asks for is the nearest saved one, converted once.
  const saved = savedScales(contents);
  const converted = basemapCache((scale) =>
    client.basemap({
      countries: countriesAddress(scale),
      arabicNames: ARABIC_NAMES_ADDRESS,
      key: scale,
    }),
  );
  const loadBasemap = (wanted: BasemapScale) => {
    const scale = nearestScale(wanted, saved);
    return scale === null
      ? Promise.reject(new Error('the page carries no basemap'))
      : converted(scale);
  };
  const deckSources = {
    builtIn: [],
    read: (text: string, file: string) => client.readDeck(text, file, false),
    defaultDeck: () => client.defaultDeck(store.getState().language),
  };
  void languageReady.then(() => {
    renderAtlas(root, store, () => (
      <App
        basemap={loadBasemap}
        decks={deckSources}
        note={<StandaloneNote saved={contents.saved} />}
      />
    ));
  });
}

if (new URLSearchParams(window.location.search).has('presenter')) {
  startPresenterWindow(root, browserStorage());
} else {
  void startStandalone(root);
}
