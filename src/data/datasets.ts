/**
 * Which dataset the atlas shows: the seed it ships with, or one the user imported and the browser
 * keeps (`dataset-library.ts`). The choice is kept in the browser, so a reload shows the same
 * dataset; switching starts the atlas afresh on the chosen one, so that nothing of the previous
 * dataset (filters, selection, deck) is applied to the next.
 */
import type { DatasetLibrary } from './dataset-library';
import type { CurrentDataset, Datasets, Persistence } from '../core/protocol';

/** Where the chosen dataset's id is kept (absent: the seed). */
export const DATASET_KEY = 'partnership-atlas:dataset';

/** The part of `localStorage` used here. */
export interface ChoiceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function readDatasetChoice(storage: ChoiceStorage | null): string | null {
  try {
    return storage?.getItem(DATASET_KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeDatasetChoice(storage: ChoiceStorage | null, id: string | null): void {
  try {
    if (id === null) storage?.removeItem(DATASET_KEY);
    else storage?.setItem(DATASET_KEY, id);
  } catch {
    // Without storage the choice lasts until the page is left.
  }
}

export function createDatasets(options: {
  current: CurrentDataset;
  library: () => Promise<DatasetLibrary>;
  storage: ChoiceStorage | null;
  /** Starts the atlas afresh on the chosen dataset (in the app, a reload), a partnership selected if given. */
  restart: (selected?: string) => void;
  /** The browser's `navigator.storage`, where it has one. */
  storageManager?: Pick<StorageManager, 'persist' | 'persisted'> | null;
  /** Starts the atlas afresh on a view (the address's query, '' for the plain view). */
  restartAt?: (query: string) => void;
  /** Keeps a deck's text as the deck of a stored dataset. */
  keepDeck?: (id: string, deck: string) => void;
}): Datasets {
  const { current, library, storage, restart } = options;
  const manager = options.storageManager ?? null;
  const answer = async (ask: (() => Promise<boolean>) | undefined): Promise<Persistence> => {
    if (!ask) return 'unknown';
    try {
      return (await ask()) ? 'persistent' : 'best-effort';
    } catch {
      return 'unknown';
    }
  };
  const open = (id: string | null, selected?: string) => {
    writeDatasetChoice(storage, id);
    restart(selected);
  };
  return {
    current,
    list: async () => (await library()).list(),
    open,
    openAtlas: (id, deck, view) => {
      if (deck !== null) options.keepDeck?.(id, deck);
      writeDatasetChoice(storage, id);
      if (options.restartAt) options.restartAt(view);
      else restart();
    },
    rename: async (id, name) => (await library()).rename(id, name),
    remove: async (id) => {
      await (await library()).remove(id);
      if (current.id === id) open(null);
    },
    persistence: () => answer(manager?.persisted.bind(manager)),
    persist: () => answer(manager?.persist.bind(manager)),
  };
}
