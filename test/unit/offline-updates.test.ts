// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  registerOffline,
  type ServiceWorkerRegistrationLike,
  type WaitingWorker,
  type WorkerContainer,
} from '../../src/offline/offline-updates';
import { createAtlasStore } from '../../src/store/atlas-store';

/** A registration whose next version can be made to arrive, and a container that registers it. */
function fakeWorkers(controlled: boolean) {
  const listeners = new Map<string, (() => void)[]>();
  const on = (type: string, listener: () => void) => {
    listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  };
  const fire = (type: string) => {
    for (const listener of listeners.get(type) ?? []) listener();
  };
  const postMessage = vi.fn();
  const installing: WaitingWorker & { state: string } = {
    state: 'installing',
    postMessage,
    addEventListener: (_type, listener) => {
      on('statechange', listener);
    },
  };
  const registration: ServiceWorkerRegistrationLike = {
    waiting: null,
    get installing() {
      return installing;
    },
    addEventListener: (_type, listener) => {
      on('updatefound', listener);
    },
  };
  const register = vi.fn(() => Promise.resolve(registration));
  const container: WorkerContainer = {
    controller: controlled ? {} : null,
    register,
    addEventListener: (_type, listener) => {
      on('controllerchange', listener);
    },
  };
  const arrive = () => {
    fire('updatefound');
    installing.state = 'installed';
    fire('statechange');
  };
  return { container, register, postMessage, arrive, takeOver: () => fire('controllerchange') };
}

const offer = () => document.body.querySelector('.update-offer');
/** The offer's words are fetched when an update arrives: let that finish. */
const settle = async () => {
  await import('../../src/core/share-messages');
  await new Promise((resolve) => setTimeout(resolve, 0));
};
const button = (name: string) =>
  [...document.body.querySelectorAll('button')].find((b) => b.textContent === name);

describe('the offline copy’s updates', () => {
  it('registers the worker at the site’s base, and offers a new version only when asked, never while presenting', async () => {
    document.body.innerHTML = '';
    const store = createAtlasStore();
    const reload = vi.fn();
    const workers = fakeWorkers(true);
    await registerOffline({
      container: workers.container,
      base: '/atlas/',
      store,
      reload,
      host: document.body,
    });
    expect(workers.register).toHaveBeenCalledWith('/atlas/sw.js', { scope: '/atlas/' });
    expect(offer()).toBeNull();

    store.setState({ presenting: true });
    workers.arrive();
    await settle();
    // Not in the middle of a presentation: it waits for the presentation to end.
    expect(offer()).toBeNull();
    store.setState({ presenting: false });
    expect(offer()?.textContent).toContain('A new version of the atlas is ready.');
    // Nothing takes over on its own: another worker's takeover does not reload the page.
    workers.takeOver();
    expect(reload).not.toHaveBeenCalled();
    button('Update now')?.click();
    expect(workers.postMessage).toHaveBeenCalledWith('skip-waiting');
    workers.takeOver();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('puts it off with Later, and offers nothing on the first install', async () => {
    document.body.innerHTML = '';
    const store = createAtlasStore();
    const later = fakeWorkers(true);
    await registerOffline({
      container: later.container,
      base: '/',
      store,
      reload: vi.fn(),
      host: document.body,
    });
    later.arrive();
    await settle();
    expect(offer()).not.toBeNull();
    button('Later')?.click();
    expect(offer()).toBeNull();

    document.body.innerHTML = '';
    const first = fakeWorkers(false);
    await registerOffline({
      container: first.container,
      base: '/',
      store,
      reload: vi.fn(),
      host: document.body,
    });
    first.arrive();
    await settle();
    expect(offer()).toBeNull();
  });

  it('leaves the atlas online as it was where the browser refuses service workers', async () => {
    // Some answer with no registration at all (Playwright's blocked service workers do).
    const none = {
      controller: null,
      register: () => Promise.resolve(undefined),
      addEventListener: vi.fn(),
    } as unknown as WorkerContainer;
    await expect(
      registerOffline({
        container: none,
        base: '/',
        store: createAtlasStore(),
        reload: vi.fn(),
        host: document.body,
      }),
    ).resolves.toBeUndefined();
    const container: WorkerContainer = {
      controller: null,
      register: () => Promise.reject(new Error('SecurityError')),
      addEventListener: vi.fn(),
    };
    await expect(
      registerOffline({
        container,
        base: '/',
        store: createAtlasStore(),
        reload: vi.fn(),
        host: document.body,
      }),
    ).resolves.toBeUndefined();
  });
});
