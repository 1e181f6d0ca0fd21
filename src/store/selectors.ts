/**
 * Derived data. Each selector caches its last result by the identity of its inputs, so components
 * re-render only when what they show changes, and the map is not sent the same change twice.
 */
import { linkVisibility, shownDomainMask, visibleLinkIndices, visiblePairs } from '../core/summary';
import type { DatasetSummary } from '../core/summary';
import type { AtlasState } from './atlas-store';

function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
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

const shownMask = memo((summary: DatasetSummary | null, hidden: readonly string[]) =>
  summary ? shownDomainMask(summary.domains, new Set(hidden)) : 0,
);

/** Bit i set when `summary.domains[i]` is shown. */
export const selectShownMask = (state: AtlasState): number =>
  shownMask(state.summary, state.hiddenDomains);

const visibleLinks = memo((summary: DatasetSummary | null, mask: number) =>
  summary ? visibleLinkIndices(summary.links, mask) : EMPTY,
);

/** Rows of the partnerships that pass the domain filter, in dataset order. */
export const selectVisibleLinks = (state: AtlasState): Uint32Array =>
  visibleLinks(state.summary, selectShownMask(state));

const linksShown = memo((summary: DatasetSummary | null, visible: Uint32Array) =>
  summary ? linkVisibility(summary, visible) : new Uint8Array(0),
);

/** For each partnership (by row), 1 when it passes the filter. */
export const selectLinkVisibility = (state: AtlasState): Uint8Array =>
  linksShown(state.summary, selectVisibleLinks(state));

const pairsShown = memo((summary: DatasetSummary | null, visible: Uint32Array) =>
  summary ? visiblePairs(summary, visible) : new Uint8Array(0),
);

/** For each pair of parties, 1 when at least one of its partnerships passes the filters. */
export const selectVisiblePairs = (state: AtlasState): Uint8Array =>
  pairsShown(state.summary, selectVisibleLinks(state));

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
  return row >= 0 && ((state.summary?.links.domainMask[row] ?? 0) & selectShownMask(state)) !== 0;
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
    details: AtlasState['details'],
    summary: DatasetSummary | null,
    actorRows: AtlasState['actorRows'],
  ) => {
    if (!details || !summary) return null;
    const isos = (ids: readonly string[]) =>
      ids.flatMap((id) => {
        const iso = summary.actors[actorRows.get(id) ?? -1]?.iso;
        return iso ? [iso] : [];
      });
    for (const party of details.bundle.partnership.parties) {
      const actor = details.index.actors.get(party);
      if (actor?.kind !== 'organization') continue;
      return {
        id: actor.id,
        name: actor.name.en,
        members:
          actor.members.length > 0
            ? {
                id: 'members',
                name: actor.name.en,
                isos: isos(actor.members),
                count: actor.members.length,
              }
            : null,
        frameworks: actor.frameworks.map((f) => ({
          id: f.id,
          name: f.name.en,
          isos: isos(f.members),
          count: f.members.length,
        })),
      } satisfies OrganizationFocus;
    }
    return null;
  },
);

/** The organization taking part in the selected partnership, with its members and frameworks. */
export const selectOrganizationFocus = (state: AtlasState): OrganizationFocus | null =>
  focus(
    state.selectedId === state.details?.id ? state.details : null,
    state.summary,
    state.actorRows,
  );
