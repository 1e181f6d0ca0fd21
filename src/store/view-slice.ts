import type { StateCreator } from 'zustand';
import type { Language } from '../core/messages';
import type { AtlasState } from './atlas-store';

export interface ViewSlice {
  /**
   * Member groups the user has switched off on the map: "members" (the organization's own
   * members) or a partnership framework's id.
   */
  hiddenGroups: string[];
  toggleGroup: (id: string) => void;
  /** The interface language; the map's labels follow it. */
  language: Language;
  setLanguage: (language: Language) => void;
}

export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set, get) => ({
  hiddenGroups: [],
  language: 'en',
  setLanguage: (language) => {
    set({ language });
  },
  toggleGroup: (id) => {
    const hidden = get().hiddenGroups;
    set({ hiddenGroups: hidden.includes(id) ? hidden.filter((g) => g !== id) : [...hidden, id] });
  },
});
