/**
 * The presenter view's link to the atlas window, over a BroadcastChannel: the atlas window tells
 * where the presentation stands (the current and next scenes, with their notes and featured
 * passages); the presenter window asks for that when it opens and sends "next" and "previous".
 */
import type { Deck } from '../core/deck';
import type { Language } from '../core/messages';
import type { AtlasState, AtlasStore } from './atlas-store';
import { featuredPassage, type Passage } from './briefing-slice';

export const PRESENTER_CHANNEL = 'partnership-atlas:presenter';

export type Step = 1 | -1 | 'first' | 'last';

/** Keys that move through a deck; presentation clickers send the page and arrow keys. */
export const STEP_KEYS: Readonly<Record<string, Step>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ' ': 1,
  PageDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
  Home: 'first',
  End: 'last',
};

/** A scene as the presenter view shows it. */
export interface SceneCard {
  position: number;
  title: string;
  notes: string;
  excerpt: Passage | null;
}

export type PresenterMessage =
  | {
      type: 'state';
      /** The atlas window's interface language, which the presenter window follows. */
      language: Language;
      presenting: boolean;
      deckTitle: string;
      count: number;
      current: SceneCard | null;
      next: SceneCard | null;
    }
  | { type: 'hello' }
  | { type: 'step'; step: Step };

/** The part of a BroadcastChannel used here, so that tests can pass their own. */
export interface Channel {
  postMessage: (message: PresenterMessage) => void;
  addEventListener: (type: 'message', listener: (event: { data: unknown }) => void) => void;
  removeEventListener: (type: 'message', listener: (event: { data: unknown }) => void) => void;
}

function card(state: AtlasState, deck: Deck, index: number): SceneCard | null {
  const scene = deck.scenes[index];
  if (!scene) return null;
  return {
    position: index + 1,
    title: scene.title,
    notes: scene.notes,
    excerpt: featuredPassage(state, scene),
  };
}

export function presenterState(state: AtlasState): PresenterMessage {
  const deck = state.deck;
  const index = state.sceneIndex;
  return {
    type: 'state',
    language: state.language,
    presenting: state.presenting,
    deckTitle: deck?.title ?? '',
    count: deck?.scenes.length ?? 0,
    current: deck && index !== null ? card(state, deck, index) : null,
    next: deck && index !== null ? card(state, deck, index + 1) : null,
  };
}

const isMessage = (data: unknown): data is PresenterMessage =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { type?: unknown }).type === 'string';

/** Keeps presenter windows in step with this one. Returns a function that stops it. */
export function bindPresenter(store: AtlasStore, channel: Channel): () => void {
  const post = () => {
    channel.postMessage(presenterState(store.getState()));
  };
  const onMessage = (event: { data: unknown }) => {
    const message = event.data;
    if (!isMessage(message)) return;
    if (message.type === 'hello') post();
    else if (message.type === 'step' && store.getState().presenting) {
      store.getState().stepScene(message.step);
    }
  };
  channel.addEventListener('message', onMessage);
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.presenting !== previous.presenting ||
      state.language !== previous.language ||
      state.sceneIndex !== previous.sceneIndex ||
      state.deck !== previous.deck ||
      state.captionExcerpts !== previous.captionExcerpts
    ) {
      post();
    }
  });
  return () => {
    unsubscribe();
    channel.removeEventListener('message', onMessage);
  };
}
