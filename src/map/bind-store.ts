/**
 * Keeps the map in step with the store. Store changes become controller calls; map events only
 * dispatch store actions. Returns a function that undoes the binding.
 */
import { greatCircleArc } from '../core/geometry';
import type { AtlasState, AtlasStore } from '../store/atlas-store';
import { pairOf, rowOf, selectOrganizationFocus, selectVisiblePairs } from '../store/selectors';
import type { MapController } from './map-controller';

export function bindMapToStore(controller: MapController, store: AtlasStore): () => void {
  let previous: AtlasState | null = null;
  let previousPairs: Uint8Array | null = null;
  // The inputs of the membership layers last sent; both are stable references between changes.
  let previousFocus: ReturnType<typeof selectOrganizationFocus> | undefined;
  let previousHiddenGroups: string[] | undefined;

  const sync = (state: AtlasState) => {
    const before = previous;
    previous = state;
    const datasetChanged = before === null || state.drawing !== before.drawing;
    if (datasetChanged && state.drawing) {
      previousPairs = null;
      void controller.setData(state.drawing.arcs, state.drawing.actorPoints);
    }
    const pairs = selectVisiblePairs(state);
    if (pairs !== previousPairs) {
      void controller.setPairVisibility(pairs, previousPairs);
      previousPairs = pairs;
    }
    if (
      datasetChanged ||
      state.selectedId !== before.selectedId ||
      state.hoveredId !== before.hoveredId
    ) {
      void controller.setHighlight(pairOf(state, state.selectedId), pairOf(state, state.hoveredId));
    }
    const focus = selectOrganizationFocus(state);
    if (focus !== previousFocus || state.hiddenGroups !== previousHiddenGroups) {
      previousFocus = focus;
      previousHiddenGroups = state.hiddenGroups;
      const shown = (id: string) => !state.hiddenGroups.includes(id);
      const members = focus?.members && shown(focus.members.id) ? focus.members.isos : null;
      const partners = focus
        ? focus.frameworks.filter((f) => shown(f.id)).flatMap((f) => f.isos)
        : null;
      void controller.setMembership(members, partners);
    }
    if (state.selectedId !== null && state.selectedId !== before?.selectedId && state.summary) {
      const row = rowOf(state, state.selectedId);
      const a = state.summary.actors[state.summary.links.partyA[row] ?? 0];
      const b = state.summary.actors[state.summary.links.partyB[row] ?? 0];
      if (a && b) void controller.fitLine(greatCircleArc(a.anchor, b.anchor));
    }
  };

  sync(store.getState());
  return store.subscribe(sync);
}
