/**
 * Derived data. Each selector caches its last result by the identity of its inputs, so components
 * re-render only when what they show changes, and the map is not re-sent the same data.
 */
import { countPartnershipsByDomain, filterPartnerships } from '../core/filters';
import type { Partnership } from '../core/types';
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

const visible = memo(
  (partnerships: readonly Partnership[] | undefined, hidden: readonly string[]) =>
    partnerships ? filterPartnerships(partnerships, new Set(hidden)) : [],
);

/** Partnerships that pass the domain filter, in dataset order. */
export const selectVisiblePartnerships = (state: AtlasState): Partnership[] =>
  visible(state.dataset?.partnerships, state.hiddenDomains);

const visibleIds = memo((partnerships: readonly Partnership[]) => partnerships.map((p) => p.id));

/** Ids of the partnerships that pass the domain filter. */
export const selectVisibleIds = (state: AtlasState): string[] =>
  visibleIds(selectVisiblePartnerships(state));

const domainCounts = memo((dataset: AtlasState['dataset']) =>
  dataset
    ? countPartnershipsByDomain(dataset.partnerships, dataset.domains)
    : new Map<string, number>(),
);

/** How many partnerships of the dataset cite each domain. */
export const selectDomainCounts = (state: AtlasState): ReadonlyMap<string, number> =>
  domainCounts(state.dataset);

/** The selected partnership, or null. */
export const selectSelectedPartnership = (state: AtlasState): Partnership | null =>
  (state.selectedId !== null && state.index?.partnerships.get(state.selectedId)) || null;
