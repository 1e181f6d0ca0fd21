/**
 * The presentation's keys, owned by the page from the moment a presentation starts (the caption's
 * chunk may still be on its way): arrows, Space, Page keys, Home and End step the deck, Esc leaves,
 * and leaving full screen by the browser's own means leaves the presentation.
 */
import { useEffect } from 'react';
import { STEP_KEYS } from '../core/protocol';
import type { AtlasStore } from '../store/atlas-store';
import { leavePresentation } from './presentation-control';

export function usePresentationKeys(store: AtlasStore, presenting: boolean): void {
  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        leavePresentation(store);
        return;
      }
      const step = Object.hasOwn(STEP_KEYS, event.key) ? STEP_KEYS[event.key] : undefined;
      if (step === undefined) return;
      // Before the map's own keys (arrows pan it) and before a focused button takes Space.
      event.preventDefault();
      event.stopPropagation();
      store.getState().stepScene(step);
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement && !store.getState().presentWindowed)
        leavePresentation(store);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [presenting, store]);
}
