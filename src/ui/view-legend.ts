/**
 * The legend of a view of the map, for the presentation and an exported image (`FrameLegend`,
 * `imageText`): kept apart from the export's words so that the presentation's legend brings
 * nothing else with it.
 */
import { frameLegend, type FrameContents, type LegendItem } from '../core/legend';
import { partyIsos, shownDomainMask } from '../core/summary';
import type { Domain } from '../core/types';
import type { AtlasState } from '../store/atlas-store';
import {
  rowOf,
  selectDrawnLegend,
  selectLinkVisibility,
  selectOrganizationFocus,
  visibleLinksOnPair,
} from '../store/selectors';

/**
 * The legend of a view: with what the map holds (`frame`), only the marks and domains on screen
 * (`frameLegend`); without it, what the map draws anywhere and every domain.
 */
export function viewLegend(
  state: AtlasState,
  frame: FrameContents | null,
): { items: LegendItem[]; domains: Domain[] } {
  const summary = state.summary;
  if (!summary) return { items: [], domains: [] };
  if (!frame) return { items: selectDrawnLegend(state), domains: summary.domains };
  const links = frame.pairs.flatMap((pair) => visibleLinksOnPair(state, pair));
  const row = rowOf(state, state.selectedId);
  const selected = row >= 0 && selectLinkVisibility(state)[row] === 1 && links.includes(row);
  const focused = state.focus === null ? undefined : state.actorRows.get(state.focus);
  const parties = selected
    ? partyIsos(summary, [row]).length > 0
    : focused !== undefined && Boolean(summary.actors[focused]?.iso);
  const { items, domains } = frameLegend({
    summary,
    links,
    selected,
    parties,
    disputed: frame.disputed,
    focus: selectOrganizationFocus(state),
    hiddenGroups: state.hiddenGroups,
    ticked: shownDomainMask(summary.domains, new Set(state.filters.hiddenDomains)),
  });
  return { items, domains: domains.flatMap((d) => summary.domains[d] ?? []) };
}
