/**
 * Connects the briefing deck to the browser and the data worker: the deck saved in the browser is
 * read once the dataset is in (or the default deck is built), every change is saved again, and the
 * excerpts the scenes feature are fetched for their captions. A saved deck that cannot be read is
 * never thrown away: its text is kept under another key and the user is told where.
 */
import { deckExcerptIds, deckToJson, type Deck } from '../core/deck';
import { phrase, translator, type Text } from '../core/messages';
import type { AtlasStore } from '../store/atlas-store';
import type { DataClient } from '../core/protocol';
import { reportFailure } from './bind-dataset';

/** The part of `localStorage` used here, so that tests can pass their own. */
export interface DeckStorage {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
}

/** Where the deck of a dataset is saved; each dataset has its own. */
export function deckStorageKey(datasetFile: string): string {
  return `partnership-atlas:deck:${datasetFile}`;
}

/** Tells of changes another tab makes to the storage (the window's `storage` event). */
export type StorageChanges = (
  listener: (change: { key: string | null; newValue: string | null }) => void,
) => () => void;

export function bindDeck(
  store: AtlasStore,
  client: DataClient,
  storage: DeckStorage | null,
  key: string,
  changes: StorageChanges = () => () => undefined,
): () => void {
  let started = false;
  /** The text this tab last wrote (or read): another tab's write differs from it. */
  let written: string | null = null;
  /** Set when the saved deck could not be read nor set aside: nothing is saved over it. */
  let keepStored = false;
  /** The deck the excerpts were last fetched for, and the one last saved (or read). */
  let seen: Deck | null = null;
  let saved: Deck | null = null;
  const asked = new Set<string>();

  const start = async () => {
    const text = readStorage(storage, key);
    written = text;
    if (text !== null) {
      const result = await client.readDeck(
        text,
        translator(store.getState().language).t('deck.savedFile'),
        true,
      );
      if (result.ok) {
        saved = result.deck;
        store.getState().loadDeck(result.deck);
        if (result.warnings.length > 0) {
          store.getState().setDeckMessage({
            kind: 'info',
            text: phrase('deck.storedStale'),
            issues: result.warnings,
          });
        }
        return;
      }
      // Kept where it can be found again, then the default deck takes its place. A backup that
      // could not be written is never promised: the saved text then stays where it is, and
      // nothing is saved over it.
      const backup = `${key}:unreadable`;
      const failed = writeStorage(storage, backup, text);
      if (failed !== null) keepStored = true;
      store.getState().setDeckMessage({
        kind: 'error',
        text:
          failed === null
            ? phrase('deck.storedUnreadable', { key: backup })
            : phrase('deck.storedUnreadableKept', { key, reason: failed }),
        issues: result.issues,
      });
    }
    const deck = await client.defaultDeck(store.getState().language);
    if (deck) {
      saved = deck;
      store.getState().loadDeck(deck);
    }
  };

  const fetchExcerpts = (deck: Deck) => {
    const missing = deckExcerptIds(deck).filter((id) => !asked.has(id));
    if (missing.length === 0) return;
    for (const id of missing) asked.add(id);
    client.captionExcerpts(missing).then((excerpts) => {
      store.getState().addCaptionExcerpts(excerpts);
    }, reportFailure(store));
  };

  // Another tab saved this dataset's deck: said, and nothing is saved over it until the user
  // loads it or keeps this tab's deck (which clears `deckElsewhere`, and this deck is saved).
  const stopListening = changes((change) => {
    if (change.key !== key || change.newValue === null || change.newValue === written) return;
    store.getState().setDeckElsewhere(change.newValue);
  });

  const save = (deck: Deck) => {
    if (keepStored) return;
    const text = deckToJson(deck);
    const error = writeStorage(storage, key, text);
    if (error) {
      store.getState().setDeckMessage({
        kind: 'error',
        text: phrase('deck.storageFailed', { reason: error }),
      });
      return;
    }
    written = text;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (previous.deckElsewhere !== null && state.deckElsewhere === null && state.deck) {
      // The user chose: the deck now shown (theirs, or the other tab's loaded) is saved.
      saved = state.deck;
      save(state.deck);
      return;
    }
    if (!started) {
      if (state.dataStatus !== 'ready') return;
      started = true;
      start().catch(reportFailure(store));
      return;
    }
    const deck = state.deck;
    if (!deck || deck === seen) return;
    seen = deck;
    fetchExcerpts(deck);
    if (deck === saved) return;
    if (state.deckElsewhere !== null) return;
    saved = deck;
    save(deck);
  });
  return () => {
    unsubscribe();
    stopListening();
  };
}

function readStorage(storage: DeckStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Null when written; otherwise why not (storage full, or switched off by the browser). */
function writeStorage(
  storage: DeckStorage | null,
  key: string,
  value: string,
): string | Text | null {
  if (!storage) return phrase('deck.noStorage');
  try {
    storage.setItem(key, value);
    return null;
  } catch (error) {
    if (error instanceof Error && /quota/i.test(`${error.name} ${error.message}`))
      return phrase('deck.storageFull');
    return error instanceof Error ? error.message : String(error);
  }
}
