/**
 * Keeps the map in step with the store. Store changes become controller calls; map events only
 * dispatch store actions. Returns a function that undoes the binding.
 */
import { highlightFeatures, linkLine } from '../core/link-drawing';
import type { AtlasState, AtlasStore } from '../store/atlas-store';
import {
  rowOf,
  selectLinkCap,
  selectLinkVisibility,
  selectOrganizationFocus,
  selectVisibleLinks,
  selectVisiblePairs,
  visibleLinksOnPair,
} from '../store/selectors';
import { translator } from '../core/messages';
import { partyIsos, shownDomainMask } from '../core/summary';
import type { MapController } from '../map/map-controller';

/** The most partnerships of an actor in focus drawn one by one over the dimmed map. */
const MAX_FOCUS_LINKS = 2000;
const EMPTY = new Uint32Array(0);

/** The ticked domains, as a mask of the taxonomy: ribbons show their strands only. */
function tickedMask(state: AtlasState): number {
  if (!state.summary) return 0xffffffff;
  return shownDomainMask(state.summary.domains, new Set(state.filters.hiddenDomains));
}

export function bindMapToStore(controller: MapController, store: AtlasStore): () => void {
  let previous: AtlasState | null = null;
  let previousVisibility: Uint8Array | null = null;
  let previousPairs: Uint8Array | null = null;
  let previousListed: Uint32Array | null = null;
  let previousCap = Number.NaN;
  let previousByValue = false;
  // The inputs of the membership layers last sent; both are stable references between changes.
  let previousFocus: ReturnType<typeof selectOrganizationFocus> | undefined;
  let previousHiddenGroups: string[] | undefined;

  const sync = (state: AtlasState) => {
    const before = previous;
    previous = state;
    const datasetChanged = before === null || state.drawing !== before.drawing;
    let frameData = false;
    if (datasetChanged && state.drawing) {
      previousVisibility = null;
      previousPairs = null;
      void controller.setData(state.drawing.arcs, state.drawing.actorPoints);
      controller.setHome(state.summary?.frame ?? null);
      // A dataset opens on its own frame, unless the address the atlas opened with names a view
      // or a selection (which the selection's fit serves).
      const opening = before === null || before.drawing === null;
      frameData = state.selectedId === null && !(opening && state.cameraRequest !== null);
    }
    const cap = selectLinkCap(state);
    if (datasetChanged || cap !== previousCap) {
      previousCap = cap;
      void controller.setLinkCap(cap);
    }
    const byValue = state.widthBy === 'value' && state.summary?.value != null;
    if (datasetChanged || byValue !== previousByValue) {
      previousByValue = byValue;
      void controller.setWidthByValue(byValue);
    }
    if (datasetChanged || state.filters.hiddenDomains !== before.filters.hiddenDomains) {
      void controller.setTickedDomains(tickedMask(state));
    }
    const pairs = selectVisiblePairs(state);
    if (pairs !== previousPairs) {
      void controller.setPairVisibility(pairs);
      previousPairs = pairs;
    }
    const visibility = selectLinkVisibility(state);
    // The list's partnerships: those of the actor in focus are drawn over the dimmed map.
    const listed = selectVisibleLinks(state);
    if (
      datasetChanged ||
      visibility !== previousVisibility ||
      listed !== previousListed ||
      state.selectedId !== before.selectedId ||
      state.hoveredId !== before.hoveredId ||
      state.hoveredPair !== before.hoveredPair
    ) {
      // Only links that pass the filters are highlighted: a hidden selection stays hidden. Under
      // the pointer on the map, all the partnerships of the pair are drawn, bowed apart.
      const shown = (id: string | null) => {
        const row = rowOf(state, id);
        return row >= 0 && visibility[row] === 1 ? row : null;
      };
      const selected = shown(state.selectedId);
      const hoveredRow = shown(state.hoveredId);
      const hovered =
        state.hoveredPair !== null
          ? visibleLinksOnPair(state, state.hoveredPair)
          : hoveredRow === null
            ? []
            : [hoveredRow];
      // With an actor in focus, its partnerships are drawn over the others, which dim; a very
      // large focus is drawn only in the list, not link by link.
      const focus = state.focus === null ? EMPTY : listed.subarray(0, MAX_FOCUS_LINKS);
      if (state.summary) {
        const summary = state.summary;
        const ticked = tickedMask(state);
        void controller.setHighlight(
          (scale) => highlightFeatures(summary, selected, hovered, focus, scale, undefined, ticked),
          state.focus !== null || hovered.some((row) => row !== selected),
        );
        // The parties' own territories: the selection's, else the state in focus.
        const focusRow = state.focus === null ? -1 : (state.actorRows.get(state.focus) ?? -1);
        const focusIso = summary.actors[focusRow]?.iso;
        void controller.setParties(
          selected !== null ? partyIsos(summary, [selected]) : focusIso ? [focusIso] : [],
          partyIsos(summary, hovered),
        );
      }
    }
    previousVisibility = visibility;
    previousListed = listed;
    if (before === null || state.presenting !== before.presenting) {
      void controller.setProjectorLabels(state.presenting);
    }
    if (before === null || state.language !== before.language) {
      void controller.setLanguage(state.language);
      if (before !== null) {
        const { t } = translator(state.language);
        controller.setTexts({
          label: t('map.label'),
          resetLabel: t('map.resetView'),
          attribution: t('map.attribution'),
        });
      }
    }
    const focus = selectOrganizationFocus(state);
    if (focus !== previousFocus || state.hiddenGroups !== previousHiddenGroups) {
      previousFocus = focus;
      previousHiddenGroups = state.hiddenGroups;
      const shown = (id: string) => !state.hiddenGroups.includes(id);
      const members = focus?.members && shown(focus.members.id) ? focus.members.isos : null;
      const partners = focus
        ? focus.frameworks.filter((f) => shown(f.id)).flatMap((f) => f.isos)
        : null;
      void controller.setMembership(members, partners);
    }
    const move = state.cameraRequest !== before?.cameraRequest ? state.cameraRequest : null;
    const fitSelection = (animate: boolean) => {
      const row = rowOf(state, state.selectedId);
      if (row < 0 || !state.summary) return false;
      // The parties' whole territories stay in view (a scene without a camera frames the same way
      // on the screen it is shown on).
      void controller.fitLine(
        linkLine(state.summary, row),
        animate,
        partyIsos(state.summary, [row]),
      );
      return true;
    };
    // A camera asked for (a shared address, a scene) wins over the fit to a new selection.
    if (move?.camera) void controller.moveTo(move.camera, move.animate);
    else if (move) {
      if (!fitSelection(move.animate)) controller.resetView(move.animate);
    } else if (state.selectedId !== null && state.selectedId !== before?.selectedId) {
      fitSelection(true);
    } else if (state.selectedId === null && before?.selectedId != null) {
      controller.releaseFit();
    } else if (frameData) {
      controller.resetView(false);
    }
  };

  sync(store.getState());
  return store.subscribe(sync);
}
