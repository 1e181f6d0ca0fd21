import type { StateCreator } from 'zustand';
import {
  addScene,
  moveScene,
  recordEdit,
  removeScene,
  sceneFromView,
  updateScene,
  viewOfScene,
  type Deck,
  type DeckHistory,
  type Scene,
} from '../core/deck';
import { phrase, translator, type Text } from '../core/messages';
import { linkTitle } from '../core/summary';
import { rowOf, viewOf } from './selectors';
import type { DataIssue } from '../core/types';
import type { CaptionExcerpt, Passage } from '../core/protocol';
import type { AtlasState } from './atlas-store';
import type { ViewState } from '../core/url-state';

/** The passage a scene features, once the data worker has sent it; null when it has none. */
export function featuredPassage(state: AtlasState, scene: Scene): Passage | null {
  const featured = scene.excerpt ? state.captionExcerpts.get(scene.excerpt) : undefined;
  return featured ? passageOf(featured) : null;
}

export function passageOf({ excerpt, source }: CaptionExcerpt): Passage {
  return {
    text: excerpt.text,
    translation: excerpt.translation,
    language: source.language,
    checked: source.file !== null,
  };
}

/** A line about the deck for the briefing panel: what just happened, or why an import failed. */
export interface DeckMessage {
  kind: 'info' | 'error';
  text: Text;
  /** The problems found in a file, each naming the scene and the field. */
  issues?: DataIssue[];
}

export interface BriefingSlice {
  /** The deck being edited and presented; null until the dataset and the saved deck are read. */
  deck: Deck | null;
  deckHistory: DeckHistory;
  /** The scene last shown, captured or presented (its index in the deck). */
  sceneIndex: number | null;
  /** Whether the presentation is on, and whether it fills the window instead of the screen. */
  presenting: boolean;
  presentWindowed: boolean;
  /** The view the user had before presenting, put back when the presentation ends. */
  viewBeforePresenting: ViewState | null;
  briefingOpen: boolean;
  deckMessage: DeckMessage | null;
  /**
   * The deck another tab saved for this dataset (its text), while this tab holds another: nothing
   * is saved over it until the user loads it or keeps this one.
   */
  deckElsewhere: string | null;
  /** Featured excerpts with their sources, by excerpt id, as the data worker gave them. */
  captionExcerpts: ReadonlyMap<string, CaptionExcerpt>;
  /** Puts a deck in place without recording an edit (the saved deck, read at start). */
  loadDeck: (deck: Deck) => void;
  /** Replaces the deck (an import, a built-in deck); undo brings the previous one back. */
  replaceDeck: (deck: Deck, message: Text) => void;
  editDeck: (edit: (deck: Deck) => Deck, message?: Text) => void;
  renameDeck: (title: string) => void;
  /** Saves the current view as a new scene after the current one (or at the end). */
  captureScene: () => void;
  /** Saves the current view into an existing scene, keeping its title and notes. */
  recaptureScene: (sceneId: string) => void;
  updateScene: (sceneId: string, change: Partial<Omit<Scene, 'id'>>) => void;
  deleteScene: (sceneId: string) => void;
  moveScene: (from: number, to: number) => void;
  undo: () => void;
  redo: () => void;
  /** Puts a scene's view in place; the camera flies there when `animate`. */
  showScene: (index: number, animate?: boolean) => void;
  startPresenting: (index?: number) => void;
  stopPresenting: () => void;
  setPresentWindowed: (windowed: boolean) => void;
  /** Moves through the deck while presenting: +1, -1, or to the first or last scene. */
  stepScene: (step: 1 | -1 | 'first' | 'last') => void;
  setBriefingOpen: (open: boolean) => void;
  setDeckMessage: (message: DeckMessage | null) => void;
  setDeckElsewhere: (text: string | null) => void;
  addCaptionExcerpts: (excerpts: readonly CaptionExcerpt[]) => void;
}

/**
 * A captured scene's title, from what it shows: the selected partnership ("Algeria – Spain"), else
 * the actor in focus ("NATO", "NATO and its members"), else the overview (with the one domain
 * shown, when the filter keeps only one).
 */
export function titleOfView(state: AtlasState): string {
  const { t, localized } = translator(state.language);
  const summary = state.summary;
  if (!summary) return t('deck.titleOverview');
  const row = rowOf(state, state.selectedId);
  if (row >= 0) return linkTitle(summary, row, state.language);
  const focused = state.focus === null ? undefined : state.actorRows.get(state.focus);
  const actor = focused === undefined ? undefined : summary.actors[focused];
  if (actor) {
    const name = localized(actor.name);
    return state.focusMembers ? t('deck.titleFocusMembers', { actor: name }) : name;
  }
  const shown = summary.domains.filter((d) => !state.filters.hiddenDomains.includes(d.id));
  const only = shown.length === 1 ? shown[0] : undefined;
  return only
    ? t('deck.titleOverviewOf', { domain: localized(only.label) })
    : t('deck.titleOverview');
}

/** The excerpt a new scene features: the first the selected partnership cites for its status. */
function excerptToFeature(state: AtlasState): string | null {
  const details = state.details;
  if (state.selectedId === null || details?.id !== state.selectedId) return null;
  return details.bundle.partnership.statusExcerpts[0] ?? null;
}

export const createBriefingSlice: StateCreator<AtlasState, [], [], BriefingSlice> = (set, get) => {
  /** Applies an edit, recording the deck before it so that undo can bring it back. */
  const edit = (next: Deck, extra: Partial<AtlasState> = {}) => {
    const { deck, deckHistory } = get();
    if (!deck || next === deck) return;
    set({ deck: next, deckHistory: recordEdit(deckHistory, deck), ...extra });
  };
  const clampIndex = (deck: Deck, index: number | null) =>
    index === null || deck.scenes.length === 0
      ? null
      : Math.max(0, Math.min(index, deck.scenes.length - 1));

  return {
    deck: null,
    deckHistory: { past: [], future: [] },
    sceneIndex: null,
    presenting: false,
    presentWindowed: false,
    viewBeforePresenting: null,
    briefingOpen: false,
    deckMessage: null,
    deckElsewhere: null,
    captionExcerpts: new Map(),
    loadDeck: (deck) => {
      set({ deck, deckHistory: { past: [], future: [] }, sceneIndex: null });
    },
    replaceDeck: (deck, message) => {
      edit(deck, { sceneIndex: null, deckMessage: { kind: 'info', text: message } });
    },
    editDeck: (change, message) => {
      const deck = get().deck;
      if (!deck) return;
      edit(
        change(deck),
        message === undefined ? {} : { deckMessage: { kind: 'info', text: message } },
      );
    },
    renameDeck: (title) => {
      get().editDeck((deck) => ({ ...deck, title }));
    },
    captureScene: () => {
      const state = get();
      const deck = state.deck;
      if (!deck) return;
      const at = state.sceneIndex === null ? deck.scenes.length : state.sceneIndex + 1;
      const scene = sceneFromView(
        deck,
        { ...state, selected: state.selectedId },
        titleOfView(state),
        excerptToFeature(state),
      );
      edit(addScene(deck, scene, at), {
        sceneIndex: at,
        deckMessage: { kind: 'info', text: phrase('deck.captured', { number: at + 1 }) },
      });
    },
    recaptureScene: (sceneId) => {
      const state = get();
      const deck = state.deck;
      const scene = deck?.scenes.find((s) => s.id === sceneId);
      if (!deck || !scene) return;
      const fresh = sceneFromView(
        deck,
        { ...state, selected: state.selectedId },
        scene.title,
        state.selectedId === scene.selected ? scene.excerpt : excerptToFeature(state),
      );
      edit(
        updateScene(deck, sceneId, {
          camera: fresh.camera,
          selected: fresh.selected,
          focus: fresh.focus,
          focusMembers: fresh.focusMembers,
          excerpt: fresh.excerpt,
          filters: fresh.filters,
        }),
      );
    },
    updateScene: (sceneId, change) => {
      get().editDeck((deck) => updateScene(deck, sceneId, change));
    },
    deleteScene: (sceneId) => {
      const { deck, sceneIndex } = get();
      const scene = deck?.scenes.find((s) => s.id === sceneId);
      if (!deck || !scene) return;
      const next = removeScene(deck, sceneId);
      edit(next, {
        sceneIndex: clampIndex(next, sceneIndex),
        deckMessage: { kind: 'info', text: phrase('deck.deleted', { title: scene.title }) },
      });
    },
    moveScene: (from, to) => {
      const { deck, sceneIndex } = get();
      if (!deck || from === to || to < 0 || to >= deck.scenes.length) return;
      const movedCurrent = sceneIndex === from;
      edit(moveScene(deck, from, to), {
        sceneIndex: movedCurrent ? to : sceneIndex,
        deckMessage: {
          kind: 'info',
          text: phrase('deck.moved', { position: to + 1, count: deck.scenes.length }),
        },
      });
    },
    undo: () => {
      const { deck, deckHistory, sceneIndex } = get();
      const previous = deckHistory.past.at(-1);
      if (!deck || !previous) return;
      set({
        deck: previous,
        deckHistory: { past: deckHistory.past.slice(0, -1), future: [deck, ...deckHistory.future] },
        sceneIndex: clampIndex(previous, sceneIndex),
        deckMessage: null,
      });
    },
    redo: () => {
      const { deck, deckHistory, sceneIndex } = get();
      const next = deckHistory.future[0];
      if (!deck || !next) return;
      set({
        deck: next,
        deckHistory: { past: [...deckHistory.past, deck], future: deckHistory.future.slice(1) },
        sceneIndex: clampIndex(next, sceneIndex),
        deckMessage: null,
      });
    },
    showScene: (index, animate = true) => {
      const state = get();
      const scene = state.deck?.scenes[index];
      if (!scene) return;
      const view = viewOfScene(scene);
      // What names nothing in the dataset is left as it was cleared to, never half applied.
      const selected =
        view.selected !== null && state.linkRows.has(view.selected) ? view.selected : null;
      const focus = view.focus !== null && state.actorRows.has(view.focus) ? view.focus : null;
      set({
        sceneIndex: index,
        filters: view.filters,
        focus,
        focusMembers: focus === null ? false : view.focusMembers,
        query: '',
        selectedId: selected,
        chosenPassage: null,
        hoveredId: null,
        hoveredPair: null,
        cameraRequest: { camera: view.camera, animate },
      });
    },
    startPresenting: (index) => {
      const state = get();
      const deck = state.deck;
      if (!deck || deck.scenes.length === 0) return;
      const start = clampIndex(deck, index ?? 0) ?? 0;
      set({
        presenting: true,
        presentWindowed: false,
        viewBeforePresenting: state.presenting ? state.viewBeforePresenting : viewOf(state),
      });
      get().showScene(start, false);
    },
    stopPresenting: () => {
      const view = get().viewBeforePresenting;
      set({ presenting: false, presentWindowed: false, viewBeforePresenting: null });
      // Back to what the user was looking at: the filters, the selection and the camera (the
      // language stays as it is now).
      if (!view) return;
      get().applyView({ ...view, language: undefined });
      if (view.camera === null) set({ cameraRequest: { camera: null, animate: false } });
    },
    setPresentWindowed: (presentWindowed) => {
      set({ presentWindowed });
    },
    stepScene: (step) => {
      const { deck, sceneIndex } = get();
      if (!deck || deck.scenes.length === 0) return;
      const last = deck.scenes.length - 1;
      const target =
        step === 'first'
          ? 0
          : step === 'last'
            ? last
            : Math.max(0, Math.min(last, (sceneIndex ?? -1) + step));
      if (target !== sceneIndex) get().showScene(target, true);
    },
    setBriefingOpen: (briefingOpen) => {
      set({ briefingOpen });
    },
    setDeckMessage: (deckMessage) => {
      set({ deckMessage });
    },
    setDeckElsewhere: (deckElsewhere) => {
      set({ deckElsewhere });
    },
    addCaptionExcerpts: (excerpts) => {
      if (excerpts.length === 0) return;
      const next = new Map(get().captionExcerpts);
      for (const item of excerpts) next.set(item.excerpt.id, item);
      set({ captionExcerpts: next });
    },
  };
};
