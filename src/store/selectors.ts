/**
 * Derived data. Each selector caches its last result by the identity of its inputs, so components
 * re-render only when what they show changes, and the map is not sent the same change twice.
 */
import type { Language } from '../core/messages';
import {
  compileFilter,
  filterPass,
  focusActors,
  passes,
  type CompiledFilter,
  type FilterSettings,
} from '../core/filters';
import { legendItems, type LegendItem } from '../core/legend';
import { linkVisibility, STATUSES, visiblePairs } from '../core/summary';
import type { PartnershipStatus } from '../core/types';
import type { DatasetSummary } from '../core/summary';
import { isFiltered } from '../core/filters';
import type { ViewState } from '../core/url-state';
import type { AtlasState } from './atlas-store';

export function memo<A extends readonly unknown[], R>(
  compute: (...args: A) => R,
): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs === null || args.some((arg, i) => !Object.is(arg, lastArgs?.[i]))) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}

const EMPTY = new Uint32Array(0);

const focusRows = memo((summary: DatasetSummary | null, focus: string | null, members: boolean) =>
  summary && focus !== null ? focusActors(summary, focus, members) : null,
);

const compiled = memo(
  (
    summary: DatasetSummary | null,
    filters: FilterSettings,
    focus: Uint8Array | null,
  ): CompiledFilter | null => (summary ? compileFilter(summary, filters, focus) : null),
);

/** The filters compiled against the dataset, or null before it is loaded. */
export const selectFilter = (state: AtlasState): CompiledFilter | null =>
  compiled(state.summary, state.filters, focusRows(state.summary, state.focus, state.focusMembers));

/** Every filter's result, from one pass over the links each time the filters change. */
const pass = memo((summary: DatasetSummary | null, filter: CompiledFilter | null) =>
  summary && filter ? filterPass(summary, filter) : null,
);
const selectPass = (state: AtlasState) => pass(state.summary, selectFilter(state));

/** Rows of the partnerships that pass every filter, the focus included: the list. */
export const selectVisibleLinks = (state: AtlasState): Uint32Array =>
  selectPass(state)?.listed ?? EMPTY;

const sortedByValue = memo((summary: DatasetSummary | null, rows: Uint32Array) => {
  if (!summary) return rows;
  const value = summary.links.value;
  // Greatest first; a partnership without a value last, in the dataset's order.
  return Uint32Array.from(rows).sort((a, b) => {
    const va = value[a] ?? Number.NaN;
    const vb = value[b] ?? Number.NaN;
    if (Number.isNaN(va) || Number.isNaN(vb))
      return Number.isNaN(va) ? (Number.isNaN(vb) ? a - b : 1) : -1;
    return vb - va || a - b;
  });
});

/**
 * The most pairs the map draws at once: the user's cap on the overview, none (Infinity) while the
 * filters narrow the map or an actor is in focus, when every matching link is drawn.
 */
export const selectLinkCap = (state: AtlasState): number =>
  selectCapApplies(state) ? state.linkCap : Infinity;

/** Whether the user's cap applies: neither a filter nor a focus narrows the map. */
export const selectCapApplies = (state: AtlasState): boolean =>
  !isFiltered(state.filters) && state.focus === null;

/** The list's partnerships: those that pass the filters, in the order the user chose. */
export const selectListedLinks = (state: AtlasState): Uint32Array =>
  state.listOrder === 'value' && state.summary?.value
    ? sortedByValue(state.summary, selectVisibleLinks(state))
    : selectVisibleLinks(state);

/**
 * Rows of the partnerships the map draws: every filter but the focus, which dims the others on
 * the map rather than removing them.
 */
export const selectMapLinks = (state: AtlasState): Uint32Array =>
  selectPass(state)?.mapped ?? EMPTY;

const NO_COUNTS: number[] = [];

/** For each domain, the partnerships citing it among those the other filters let through. */
export const selectDomainCounts = (state: AtlasState): number[] =>
  selectPass(state)?.domainCounts ?? NO_COUNTS;

/** For each status, the partnerships with it among those the other filters let through. */
export const selectStatusCounts = (state: AtlasState): number[] =>
  selectPass(state)?.statusCounts ?? NO_COUNTS;

const linksShown = memo((summary: DatasetSummary | null, visible: Uint32Array) =>
  summary ? linkVisibility(summary, visible) : new Uint8Array(0),
);

/** For each partnership (by row), 1 when the map draws it. */
export const selectLinkVisibility = (state: AtlasState): Uint8Array =>
  linksShown(state.summary, selectMapLinks(state));

const pairsShown = memo((summary: DatasetSummary | null, visible: Uint32Array) =>
  summary ? visiblePairs(summary, visible) : new Uint8Array(0),
);

/** For each pair of parties, 1 when at least one of its partnerships passes the filters. */
export const selectVisiblePairs = (state: AtlasState): Uint8Array =>
  pairsShown(state.summary, selectMapLinks(state));

/** Rows of the partnerships of a pair that pass the filters, in dataset order. */
export function visibleLinksOnPair(state: AtlasState, pair: number): number[] {
  const summary = state.summary;
  if (!summary) return [];
  const visible = selectLinkVisibility(state);
  const { pairStart, pairLinks } = summary.pairs;
  const out: number[] = [];
  for (let k = pairStart[pair] ?? 0; k < (pairStart[pair + 1] ?? 0); k++) {
    const row = pairLinks[k] ?? 0;
    if (visible[row] === 1) out.push(row);
  }
  return out;
}

/** The pair of parties a partnership belongs to, or null. */
export const pairOf = (state: AtlasState, id: string | null): number | null => {
  const row = rowOf(state, id);
  return row < 0 || !state.summary ? null : (state.summary.links.pair[row] ?? null);
};

/** The row of a partnership id, or -1. */
export const rowOf = (state: AtlasState, id: string | null): number =>
  id === null ? -1 : (state.linkRows.get(id) ?? -1);

/** Whether the selected partnership passes the domain filter. */
export const selectSelectedIsVisible = (state: AtlasState): boolean => {
  const row = rowOf(state, state.selectedId);
  const filter = selectFilter(state);
  return (
    row >= 0 && state.summary !== null && filter !== null && passes(state.summary, filter, row)
  );
};

/** A group of states to show on the map for the organization in focus. */
export interface MemberGroup {
  /** "members" for the organization's own members, else the framework's id. */
  id: string;
  name: string;
  /** ISO numeric codes of the states, as the basemap's countries carry them. */
  isos: string[];
  /** How many states the group has, including any the basemap cannot show. */
  count: number;
}

export interface OrganizationFocus {
  id: string;
  name: string;
  members: MemberGroup | null;
  frameworks: MemberGroup[];
}

const focus = memo(
  (
    summary: DatasetSummary | null,
    organization: number,
    language: Language,
  ): OrganizationFocus | null => {
    const actor = summary?.actors[organization];
    if (!summary || actor?.kind !== 'organization') return null;
    const isos = (rows: readonly number[]) =>
      rows.flatMap((row) => {
        const iso = summary.actors[row]?.iso;
        return iso ? [iso] : [];
      });
    return {
      id: actor.id,
      name: actor.name[language],
      members:
        actor.members.length > 0
          ? {
              id: 'members',
              name: actor.name[language],
              isos: isos(actor.members),
              count: actor.members.length,
            }
          : null,
      frameworks: actor.frameworks.map((f) => ({
        id: f.id,
        name: f.name[language],
        isos: isos(f.members),
        count: f.members.length,
      })),
    };
  },
);

/**
 * The organization whose members the map shades: the actor in focus when it is an organization
 * (chosen on the map, in the details or in the search), else the organization taking part in the
 * selected partnership.
 */
export const selectOrganizationFocus = (state: AtlasState): OrganizationFocus | null => {
  const summary = state.summary;
  if (!summary) return null;
  const focused = state.focus === null ? -1 : (state.actorRows.get(state.focus) ?? -1);
  if (summary.actors[focused]?.kind === 'organization')
    return focus(summary, focused, state.language);
  const row = rowOf(state, state.selectedId);
  if (row < 0) return null;
  for (const party of [summary.links.partyA[row] ?? -1, summary.links.partyB[row] ?? -1]) {
    if (summary.actors[party]?.kind === 'organization')
      return focus(summary, party, state.language);
  }
  return null;
};

const legendMemo = memo(
  (
    summary: DatasetSummary | null,
    focus: OrganizationFocus | null,
    hiddenGroups: readonly string[],
    selected: boolean | null,
  ): LegendItem[] => {
    if (!summary) return [];
    const statuses = new Set<PartnershipStatus>();
    for (const index of summary.links.status) {
      const status = STATUSES[index];
      if (status) statuses.add(status);
    }
    return legendItems({
      actors: summary.actors,
      statuses,
      focus,
      hiddenGroups,
      drawnOnly: selected === null ? undefined : { selected },
    });
  },
);

/** The legend on screen: every entry, the groups with their switches. */
export const selectLegend = (state: AtlasState): LegendItem[] =>
  legendMemo(state.summary, selectOrganizationFocus(state), state.hiddenGroups, null);

/** The legend of an exported image: only what the map draws now. */
export const selectDrawnLegend = (state: AtlasState): LegendItem[] =>
  legendMemo(
    state.summary,
    selectOrganizationFocus(state),
    state.hiddenGroups,
    rowOf(state, state.selectedId) >= 0,
  );

/** The view the atlas shows, as the address (and a briefing's "before") keeps it. */
export function viewOf(state: AtlasState): ViewState {
  return {
    ...state.filters,
    selected: state.selectedId,
    focus: state.focus,
    focusMembers: state.focusMembers,
    query: state.query,
    camera: state.camera,
    language: state.language,
    legendOpen: state.legendOpen,
    filtersOpen: state.filtersOpen,
  };
}
