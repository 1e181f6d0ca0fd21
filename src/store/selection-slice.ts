import type { StateCreator } from 'zustand';
import type { AtlasState } from './atlas-store';

export interface SelectionSlice {
  /** The partnership whose details are open. */
  selectedId: string | null;
  /** The partnership under the pointer, on the map or in the list. */
  hoveredId: string | null;
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
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
});
