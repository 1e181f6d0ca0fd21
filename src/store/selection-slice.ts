import type { StateCreator } from 'zustand';
import type { AtlasState } from './atlas-store';
import { visibleLinksOnPair } from './selectors';

export interface SelectionSlice {
  /** The partnership whose details are open. */
  selectedId: string | null;
  /** The partnership under the pointer, on the map or in the list. */
  hoveredId: string | null;
  /**
   * The pair of parties whose ribbon or partnership is under the pointer on the map: its
   * partnerships are drawn one by one. Null when the pointer is elsewhere or on the list.
   */
  hoveredPair: number | null;
  /** A passage chosen in the search: shown, scrolled into view and marked in the details. */
  chosenPassage: string | null;
  select: (id: string | null) => void;
  /** Opens a partnership at one of its passages (a passage chosen in the search). */
  selectPassage: (partnership: string, excerpt: string) => void;
  /** Hovers a partnership (from the list, or one drawn on its own on the map). */
  hover: (id: string | null, pair?: number | null) => void;
  /** Hovers a pair's ribbon on the map: its first partnership that passes the filters. */
  hoverPair: (pair: number | null) => void;
  /**
   * Selects a partnership of a pair: the first that passes the filters, or the next one after the
   * current selection when it is on that pair, so repeated clicks go through them all.
   */
  selectOnPair: (pair: number) => void;
}

export const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (
  set,
  get,
) => ({
  selectedId: null,
  hoveredId: null,
  hoveredPair: null,
  chosenPassage: null,
  select: (id) => {
    if (id !== null && !get().linkRows.has(id)) return;
    set({ selectedId: id, chosenPassage: null });
  },
  selectPassage: (partnership, excerpt) => {
    if (!get().linkRows.has(partnership)) return;
    set({ selectedId: partnership, chosenPassage: excerpt });
  },
  hover: (id, pair = null) => {
    const state = get();
    if (state.hoveredId !== id || state.hoveredPair !== pair) {
      set({ hoveredId: id, hoveredPair: pair });
    }
  },
  hoverPair: (pair) => {
    const state = get();
    const link = pair === null ? undefined : visibleLinksOnPair(state, pair)[0];
    const id = link === undefined ? null : (state.summary?.links.ids[link] ?? null);
    state.hover(id, id === null ? null : pair);
  },
  selectOnPair: (pair) => {
    const state = get();
    const links = visibleLinksOnPair(state, pair);
    if (links.length === 0 || !state.summary) return;
    const current = state.selectedId === null ? -1 : (state.linkRows.get(state.selectedId) ?? -1);
    const next = links[(links.indexOf(current) + 1) % links.length] ?? links[0] ?? 0;
    set({ selectedId: state.summary.links.ids[next] ?? null, chosenPassage: null });
  },
});
