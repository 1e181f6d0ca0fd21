/**
 * Keeps the map in step with the store. Store changes become controller calls; map events only
 * dispatch store actions. Returns a function that undoes the binding.
 */
import { arcFeatures, linkedActorFeatures } from '../core/map-features';
import type { AtlasState, AtlasStore } from '../store/atlas-store';
import { selectVisibleIds } from '../store/selectors';
import type { MapController } from './map-controller';

export function bindMapToStore(controller: MapController, store: AtlasStore): () => void {
  let previous: AtlasState | null = null;
  let previousVisible: string[] | null = null;

  const sync = (state: AtlasState) => {
    const before = previous;
    previous = state;
    const datasetChanged = before === null || state.dataset !== before.dataset;
    if (datasetChanged && state.dataset && state.index) {
      void controller.setData(
        arcFeatures(state.dataset, state.index),
        linkedActorFeatures(state.dataset, state.index),
      );
    }
    const visible = selectVisibleIds(state);
    if (datasetChanged || visible !== previousVisible) {
      previousVisible = visible;
      void controller.setVisibleArcs(state.hiddenDomains.length === 0 ? null : visible);
    }
    if (
      datasetChanged ||
      state.selectedId !== before.selectedId ||
      state.hoveredId !== before.hoveredId
    ) {
      void controller.setHighlight(state.selectedId, state.hoveredId);
    }
    if (state.selectedId !== null && state.selectedId !== before?.selectedId) {
      void controller.fitArc(state.selectedId);
    }
  };

  sync(store.getState());
  return store.subscribe(sync);
}
