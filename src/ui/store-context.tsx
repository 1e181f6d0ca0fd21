import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AtlasState, AtlasStore } from '../store/atlas-store';

export const AtlasStoreContext = createContext<AtlasStore | null>(null);

/** The store the app was mounted with. */
export function useAtlasStore(): AtlasStore {
  const store = useContext(AtlasStoreContext);
  if (!store) throw new Error('useAtlasStore must be used inside <AtlasStoreContext.Provider>');
  return store;
}

/** Reads a slice of the store and re-renders when it changes. */
export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStore(useAtlasStore(), selector);
}
