import type { StateCreator } from 'zustand';
import { DEFAULT_FILTERS, type DomainMode, type FilterSettings } from '../core/filters';
import type { PartnershipStatus } from '../core/types';
import type { AtlasState } from './atlas-store';

export interface FilterSlice extends FilterSettings {
  /** Domains the user has unticked, sorted so that equal filters compare equal. */
  hiddenDomains: string[];
  hiddenStatuses: PartnershipStatus[];
  /** The actor in focus: its partnerships are listed and drawn over the others, dimmed. */
  focus: string | null;
  /** Whether an organization in focus brings its member states' partnerships along. */
  focusMembers: boolean;
  /** The search box's text. */
  query: string;
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
  ...DEFAULT_FILTERS,
  hiddenDomains: [] as string[],
  hiddenStatuses: [] as PartnershipStatus[],
  focus: null,
  focusMembers: false,
  query: '',
};

const sorted = <T extends string>(items: Iterable<T>): T[] => [...items].sort();

export const createFilterSlice: StateCreator<AtlasState, [], [], FilterSlice> = (set, get) => ({
  ...CLEARED,
  toggleDomain: (id) => {
    const hidden = new Set(get().hiddenDomains);
    if (hidden.has(id)) hidden.delete(id);
    else hidden.add(id);
    set({ hiddenDomains: sorted(hidden) });
  },
  onlyDomain: (id) => {
    const domains = get().summary?.domains ?? [];
    set({ hiddenDomains: sorted(domains.map((d) => d.id).filter((d) => d !== id)) });
  },
  showAllDomains: () => {
    set({ hiddenDomains: [] });
  },
  setDomainMode: (domainMode) => {
    set({ domainMode });
  },
  toggleStatus: (status) => {
    const hidden = new Set(get().hiddenStatuses);
    if (hidden.has(status)) hidden.delete(status);
    else hidden.add(status);
    set({ hiddenStatuses: sorted(hidden) });
  },
  setDateRange: (dateFrom, dateTo) => {
    set({ dateFrom, dateTo });
  },
  setUnknownDates: (unknownDates) => {
    set({ unknownDates });
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
});
