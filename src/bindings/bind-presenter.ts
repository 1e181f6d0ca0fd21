/**
 * The presenter view's link to the atlas window, over a BroadcastChannel: the atlas window tells
 * where the presentation stands (the current and next scenes, with their notes and featured
 * passages); the presenter window asks for that when it opens and sends "next" and "previous".
 */
import type { Deck } from '../core/deck';
import type { Channel, PresenterMessage, SceneCard } from '../core/protocol';
import type { AtlasState, AtlasStore } from '../store/atlas-store';
import { featuredPassage } from '../store/briefing-slice';
import { readPresenterMessage } from '../core/presenter-message';

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

/** Keeps presenter windows in step with this one. Returns a function that stops it. */
export function bindPresenter(store: AtlasStore, channel: Channel): () => void {
  const post = () => {
    channel.postMessage(presenterState(store.getState()));
  };
  const onMessage = (event: { data: unknown }) => {
    // Only our own messages, checked field by field; anything else is dropped.
    const message = readPresenterMessage(event.data);
    if (!message) return;
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
