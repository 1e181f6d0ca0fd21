/**
 * Entering and leaving the presentation: the store's state, and full screen where the browser
 * grants it. Kept apart from the briefing's other actions so that the page's entry stays small.
 */
import type { AtlasStore } from '../store/atlas-store';

/**
 * Starts the presentation full screen. Called from the click itself: browsers grant full screen
 * only to a user's gesture. Where it is refused the presentation fills the window instead.
 */
export function enterPresentation(store: AtlasStore, index?: number): void {
  const state = store.getState();
  if (!state.deck || state.deck.scenes.length === 0) return;
  state.startPresenting(index);
  const root = document.documentElement;
  if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') {
    store.getState().setPresentWindowed(true);
    return;
  }
  root.requestFullscreen().catch(() => {
    store.getState().setPresentWindowed(true);
  });
}

export function leavePresentation(store: AtlasStore): void {
  store.getState().stopPresenting();
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
