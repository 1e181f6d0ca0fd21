import type { StateCreator } from 'zustand';
import { loadMessages, messagesLoaded, type Language } from '../core/messages';
import type { Camera, ViewState } from '../core/url-state';
import { normalFilters, splitFilters } from '../core/filters';
import type { AtlasState } from './atlas-store';
import type { PairInstances } from '../core/pair-instances';

/** Caps on the pairs drawn at once that the map offers; Infinity draws them all. */
export const LINK_CAPS = [500, 1500, 5000, Infinity] as const;
/** The cap a dataset opens with: the strongest 1,500 pairs in view. */
export const DEFAULT_LINK_CAP = 1500;

export interface ViewSlice {
  /**
   * The most pairs drawn at once, the strongest in view (Infinity: all). It does not apply while
   * the filters narrow the map or an actor is in focus: then every matching link is drawn.
   */
  linkCap: number;
  setLinkCap: (cap: number) => void;
  /** What the ribbons' width shows: the number of domains, or the pair's value. */
  widthBy: 'domains' | 'value';
  setWidthBy: (by: 'domains' | 'value') => void;
  /** The list's order: the dataset's, or the greatest value first (with values). */
  listOrder: 'file' | 'value';
  setListOrder: (order: 'file' | 'value') => void;
  /** How many pairs in view pass the filters and how many of them the map draws. */
  drawnLinks: { shown: number; drawn: number } | null;
  setDrawnLinks: (count: { shown: number; drawn: number }) => void;
  /** Whether a map is on the page, able to draw (WebGL 2). */
  mapPresent: boolean;
  /** The pairs the map last put on screen (`drawing.arcs` once the dataset is drawn). */
  drawnPairs: PairInstances | null;
  setMapPresent: (present: boolean) => void;
  setDrawnPairs: (pairs: PairInstances) => void;
  /**
   * Member groups the user has switched off on the map: "members" (the organization's own
   * members) or a partnership framework's id.
   */
  hiddenGroups: string[];
  toggleGroup: (id: string) => void;
  /** The interface language; the map's labels follow it. */
  language: Language;
  /**
   * Switches the interface language: at once when its messages are here, else once they have
   * been fetched (the returned promise settles then; a later switch wins over an earlier one).
   */
  setLanguage: (language: Language) => Promise<void>;
  /** Where the map's camera is, as it last reported. */
  camera: Camera | null;
  setCamera: (camera: Camera) => void;
  /**
   * Where the map is asked to move (a shared address, a briefing's scene); a new object each time.
   * A null camera asks for the selected partnership in view, or the overview when none is selected.
   */
  cameraRequest: { camera: Camera | null; animate: boolean } | null;
  /** The legend's state as the user chose it, or null while it follows the map's width. */
  legendOpen: boolean | null;
  setLegendOpen: (open: boolean | null) => void;
  /** Whether the status and date filters are unfolded. */
  filtersOpen: boolean;
  setFiltersOpen: (open: boolean) => void;
  /** Puts a whole view in place at once (a shared address, or back and forward). */
  applyView: (view: Partial<ViewState>) => void;
}

export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set, get) => {
  /** The language asked for last, so that a slow fetch does not undo a later switch. */
  let requested: Language | null = null;
  const setLanguage = (language: Language): Promise<void> => {
    requested = language;
    const apply = () => {
      if (requested !== language) return;
      // Only once its table is here: every translator made from the state can then speak it.
      set({ language });
    };
    if (messagesLoaded(language)) {
      apply();
      return Promise.resolve();
    }
    return loadMessages(language).then(apply);
  };
  return {
    hiddenGroups: [],
    language: 'en',
    setLanguage,
    camera: null,
    setCamera: (camera) => {
      set({ camera });
    },
    cameraRequest: null,
    linkCap: DEFAULT_LINK_CAP,
    setLinkCap: (linkCap) => {
      set({ linkCap });
    },
    widthBy: 'domains',
    setWidthBy: (widthBy) => {
      set({ widthBy });
    },
    listOrder: 'file',
    setListOrder: (listOrder) => {
      set({ listOrder });
    },
    drawnLinks: null,
    setDrawnLinks: (drawnLinks) => {
      set({ drawnLinks });
    },
    mapPresent: false,
    drawnPairs: null,
    setMapPresent: (mapPresent) => {
      set({ mapPresent });
    },
    setDrawnPairs: (drawnPairs) => {
      set({ drawnPairs });
    },
    legendOpen: null,
    setLegendOpen: (legendOpen) => {
      set({ legendOpen });
    },
    filtersOpen: false,
    setFiltersOpen: (filtersOpen) => {
      set({ filtersOpen });
    },
    applyView: (view) => {
      const { filters, rest: others } = splitFilters(view);
      const { selected, camera, language, ...rest } = others;
      if (language) void setLanguage(language);
      set({
        ...rest,
        filters: normalFilters({ ...get().filters, ...filters }),
        ...(selected === undefined ? {} : { selectedId: selected, chosenPassage: null }),
        ...(camera ? { cameraRequest: { camera, animate: false } } : {}),
      });
    },
    toggleGroup: (id) => {
      const hidden = get().hiddenGroups;
      set({ hiddenGroups: hidden.includes(id) ? hidden.filter((g) => g !== id) : [...hidden, id] });
    },
  };
};
