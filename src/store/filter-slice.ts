import type { StateCreator } from 'zustand';
import {
  DEFAULT_FILTERS,
  normalFilters,
  type DomainMode,
  type FilterSettings,
} from '../core/filters';
import type { PartnershipStatus } from '../core/types';
import type { AtlasState } from './atlas-store';

export interface FilterSlice {
  /** The filters, as one value (lists sorted, so that equal filters compare equal). */
  filters: FilterSettings;
  /** The actor in focus: its partnerships are listed and drawn over the others, dimmed. */
  focus: string | null;
  /** Whether an organization in focus brings its member states' partnerships along. */
  focusMembers: boolean;
  /** The search box's text. */
  query: string;
  /** Changes some filters, keeping the others. */
  setFilters: (change: Partial<FilterSettings>) => void;
  toggleDomain: (id: string) => void;
  /** Ticks one domain and unticks the others. */
  onlyDomain: (id: string) => void;
  showAllDomains: () => void;
  setDomainMode: (mode: DomainMode) => void;
  toggleStatus: (status: PartnershipStatus) => void;
  setDateRange: (from: string | null, to: string | null) => void;
  setUnknownDates: (included: boolean) => void;
  setFocus: (actor: string | null, members?: boolean) => void;
  setFocusMembers: (members: boolean) => void;
  setQuery: (query: string) => void;
  /** Every filter back to showing everything (the search text and the focus too). */
  clearFilters: () => void;
}

/** Nothing filtered, nothing in focus, no search: where the slice starts and `clearFilters` goes. */
const CLEARED = {
  filters: DEFAULT_FILTERS,
  focus: null,
  focusMembers: false,
  query: '',
};

/** A list with one item added or taken away. */
const toggled = <T extends string>(items: readonly T[], item: T): T[] =>
  items.includes(item) ? items.filter((i) => i !== item) : [...items, item];

export const createFilterSlice: StateCreator<AtlasState, [], [], FilterSlice> = (set, get) => {
  const setFilters = (change: Partial<FilterSettings>) => {
    set({ filters: normalFilters({ ...get().filters, ...change }) });
  };
  return {
    ...CLEARED,
    setFilters,
    toggleDomain: (id) => {
      setFilters({ hiddenDomains: toggled(get().filters.hiddenDomains, id) });
    },
    onlyDomain: (id) => {
      const domains = get().summary?.domains ?? [];
      setFilters({ hiddenDomains: domains.map((d) => d.id).filter((d) => d !== id) });
    },
    showAllDomains: () => {
      setFilters({ hiddenDomains: [] });
    },
    setDomainMode: (domainMode) => {
      setFilters({ domainMode });
    },
    toggleStatus: (status) => {
      setFilters({ hiddenStatuses: toggled(get().filters.hiddenStatuses, status) });
    },
    setDateRange: (dateFrom, dateTo) => {
      setFilters({ dateFrom, dateTo });
    },
    setUnknownDates: (unknownDates) => {
      setFilters({ unknownDates });
    },
    setFocus: (focus, members) => {
      if (focus !== null && !get().actorRows.has(focus)) return;
      set({ focus, focusMembers: members ?? (focus === null ? false : get().focusMembers) });
    },
    setFocusMembers: (focusMembers) => {
      set({ focusMembers });
    },
    setQuery: (query) => {
      set({ query });
    },
    clearFilters: () => {
      set(CLEARED);
    },
  };
};
