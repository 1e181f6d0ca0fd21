/**
 * The atlas's service worker, as source: `vite.config.ts` (`offlinePlugin`) writes it to the
 * build's root as `sw.js`, with the list of the build's files and a version in place of the two
 * markers. Every file of the build (the app, its workers, fonts, the three basemap scales and the
 * shipped dataset with its texts and decks) is cached when the worker installs, so after one visit
 * the atlas opens with no network. Requests for those files are answered from the cache; pages are
 * fetched from the network first, the cached page standing in when there is none; nothing else is
 * touched. A new version waits until the page asks it to take over (`skip-waiting`): an update is
 * offered, never forced.
 */
// Compiled with the WebWorker library (tsconfig.sw.json): `self` is this service worker.
const sw = self as unknown as ServiceWorkerGlobalScope;

const VERSION = '__ATLAS_VERSION__';
/** The build's files, relative to this worker's folder (the site's base). */
const FILES: string[] = JSON.parse('__ATLAS_FILES__') as string[];
const CACHE = `partnership-atlas-${VERSION}`;
const scope = new URL('./', sw.location.href).href;
const precached = new Set(FILES.map((file) => new URL(file, scope).href));

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...precached])));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('partnership-atlas-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (request.mode === 'navigate' && url.href.startsWith(scope)) {
    // The page from the network when there is one (a new version shows at once); else the cached one.
    event.respondWith(
      fetch(request).catch(
        async () => (await caches.match(scope, { cacheName: CACHE })) ?? Response.error(),
      ),
    );
    return;
  }
  const key = `${url.origin}${url.pathname}`;
  if (!precached.has(key)) return;
  event.respondWith(caches.match(key, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
