/**
 * The page's side of the service worker (`service-worker.ts`): registered once the page has
 * loaded, so that the atlas opens with no network after one visit. When a new version has been
 * fetched and waits, the atlas offers it ("A new version is ready", _Update now_, _Later_), never
 * while a presentation runs, and never on its own: only _Update now_ lets it take over, and the
 * page reloads on it. A chunk of its own, fetched after the page's load (`AFTER_LOAD`).
 */
// The offer's words (sharing's table): a chunk fetched with this one, after the page's load.
import '../core/share-messages';
import { translator } from '../core/messages';
import type { AtlasStore } from '../store/atlas-store';

/** What is used of `navigator.serviceWorker`, so that tests can pass their own. */
export interface WorkerContainer {
  readonly controller: unknown;
  register(url: string, options: { scope: string }): Promise<ServiceWorkerRegistrationLike>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface ServiceWorkerRegistrationLike {
  readonly waiting: WaitingWorker | null;
  readonly installing: WaitingWorker | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
}

export interface WaitingWorker {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

export interface OfflineDeps {
  container: WorkerContainer;
  /** The site's base path (`import.meta.env.BASE_URL`). */
  base: string;
  store: AtlasStore;
  reload: () => void;
  /** Where the offer is shown (the page's body). */
  host: HTMLElement;
}

export async function registerOffline(deps: OfflineDeps): Promise<void> {
  const { container, store } = deps;
  let registration: ServiceWorkerRegistrationLike | undefined;
  try {
    registration = await container.register(`${deps.base}sw.js`, { scope: deps.base });
  } catch {
    registration = undefined;
  }
  // No offline copy (a browser or a setting that refuses service workers, some answering with no
  // registration at all): the atlas works online as before.
  if (!registration) return;
  const registered = registration;
  let accepted = false;
  container.addEventListener('controllerchange', () => {
    if (accepted) deps.reload();
  });
  let offer: HTMLElement | null = null;
  let waiting: WaitingWorker | null = null;
  /** The offer shows while a version waits, was not put off, and nothing is being presented. */
  const render = () => {
    const shown = waiting !== null && !store.getState().presenting;
    if (!shown) {
      offer?.remove();
      offer = null;
      return;
    }
    if (offer) return;
    const { t } = translator(store.getState().language);
    offer = document.createElement('div');
    offer.className = 'update-offer';
    offer.setAttribute('role', 'status');
    const text = document.createElement('p');
    text.textContent = t('offline.updateReady');
    const now = document.createElement('button');
    now.type = 'button';
    now.textContent = t('offline.updateNow');
    now.addEventListener('click', () => {
      accepted = true;
      waiting?.postMessage('skip-waiting');
    });
    const later = document.createElement('button');
    later.type = 'button';
    later.textContent = t('offline.updateLater');
    later.addEventListener('click', () => {
      waiting = null;
      render();
    });
    offer.append(text, now, later);
    deps.host.append(offer);
  };
  store.subscribe((state, previous) => {
    if (state.presenting !== previous.presenting || state.language !== previous.language) {
      offer?.remove();
      offer = null;
      render();
    }
  });
  const wait = (worker: WaitingWorker) => {
    // The first install has nothing to replace: only a version after it is an update.
    if (container.controller === null || container.controller === undefined) return;
    waiting = worker;
    render();
  };
  if (registered.waiting) wait(registered.waiting);
  registered.addEventListener('updatefound', () => {
    const installing = registered.installing;
    if (!installing) return;
    installing.addEventListener('statechange', () => {
      if (installing.state === 'installed') wait(installing);
    });
  });
}
