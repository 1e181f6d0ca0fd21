import type { StateCreator } from 'zustand';
import type { AtlasState } from './atlas-store';

export interface FilterSlice {
  /** Domains the user has unticked, sorted so that equal filters compare equal. */
  hiddenDomains: string[];
  toggleDomain: (id: string) => void;
  showAllDomains: () => void;
}

export const createFilterSlice: StateCreator<AtlasState, [], [], FilterSlice> = (set, get) => ({
  hiddenDomains: [],
  toggleDomain: (id) => {
    const hidden = new Set(get().hiddenDomains);
    if (hidden.has(id)) hidden.delete(id);
    else hidden.add(id);
    set({ hiddenDomains: [...hidden].sort() });
  },
  showAllDomains: () => set({ hiddenDomains: [] }),
});
