import type { StateCreator } from 'zustand';
import type { AtlasState } from './atlas-store';
import { visibleLinksOnPair } from './selectors';

export interface SelectionSlice {
  /** The partnership whose details are open. */
  selectedId: string | null;
  /** The partnership under the pointer, on the map or in the list. */
  hoveredId: string | null;
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
  /**
   * Selects a partnership drawn on the given arc: the first visible one, or the next one after the
   * current selection when it is already on that arc, so repeated clicks go through them all.
   */
  selectOnPair: (pair: number) => void;
  hoverPair: (pair: number | null) => void;
}

export const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (
  set,
  get,
) => ({
  selectedId: null,
  hoveredId: null,
  select: (id) => {
    if (id !== null && !get().linkRows.has(id)) return;
    set({ selectedId: id });
  },
  hover: (id) => {
    if (get().hoveredId !== id) set({ hoveredId: id });
  },
  selectOnPair: (pair) => {
    const state = get();
    const links = visibleLinksOnPair(state, pair);
    if (links.length === 0 || !state.summary) return;
    const current = state.selectedId === null ? -1 : (state.linkRows.get(state.selectedId) ?? -1);
    const at = links.indexOf(current);
    const next = links[(at + 1) % links.length] ?? links[0] ?? 0;
    set({ selectedId: state.summary.links.ids[next] ?? null });
  },
  hoverPair: (pair) => {
    const state = get();
    const link = pair === null ? undefined : visibleLinksOnPair(state, pair)[0];
    state.hover(link === undefined ? null : (state.summary?.links.ids[link] ?? null));
  },
});
