/**
 * Imported datasets kept in the browser (IndexedDB), so that they are there after a reload: listed,
 * opened, renamed and deleted. The seed dataset is not stored here: it ships with the atlas and is
 * always there to go back to. A list of small records is kept apart from the datasets themselves,
 * so that listing does not read every dataset.
 */
import type { StoredDatasetInfo } from '../core/protocol';

/** A stored dataset: its JSON and the texts of its sources, by the dataset's `file` fields. */
export interface StoredDataset extends StoredDatasetInfo {
  dataset: unknown;
  sources: Readonly<Record<string, string>>;
}

export interface DatasetLibrary {
  /** Most recently changed first. */
  list(): Promise<StoredDatasetInfo[]>;
  get(id: string): Promise<StoredDataset | null>;
  /** Stores a new dataset; its id and timestamps are made here. */
  add(entry: Omit<StoredDataset, 'id' | 'created' | 'updated'>): Promise<StoredDatasetInfo>;
  rename(id: string, name: string): Promise<StoredDatasetInfo>;
  /** Replaces a stored dataset's content (its name and origin stay). */
  replace(
    id: string,
    content: Pick<StoredDataset, 'dataset' | 'sources' | 'partnerships'>,
  ): Promise<StoredDatasetInfo>;
  remove(id: string): Promise<void>;
  close(): void;
}

const DATABASE = 'partnership-atlas';
const VERSION = 1;
const INFO = 'dataset-info';
const DATA = 'datasets';

/** A request as a promise; a transaction's error (a full disk, say) rejects it too. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB request failed'));
    };
  });
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => {
      resolve();
    };
    const fail = () => {
      reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    };
    transaction.onerror = fail;
    transaction.onabort = fail;
  });
}

/**
 * A failed write said with what was not saved; a full storage is said as such (IndexedDB's
 * QuotaExceededError), so that the user knows to free space or export.
 */
export function namingWhatWasNotSaved(name: string) {
  return (error: unknown): never => {
    const reason =
      error instanceof Error && /quota/i.test(`${error.name} ${error.message}`)
        ? 'the browser’s storage for this site is full'
        : error instanceof Error
          ? error.message
          : String(error);
    throw new Error(`“${name}” was not saved: ${reason}.`);
  };
}

/** Opens (and on first use creates) the library; rejects where the browser offers no IndexedDB. */
export async function openDatasetLibrary(
  options: { factory?: IDBFactory; name?: string; now?: () => Date } = {},
): Promise<DatasetLibrary> {
  // Missing in some privacy modes and old browsers, whatever the DOM types say.
  const factory = options.factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (factory === undefined) throw new Error('This browser offers no IndexedDB to this page.');
  const name = options.name ?? DATABASE;
  const now = options.now ?? (() => new Date());
  const opening = factory.open(name, VERSION);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    if (!db.objectStoreNames.contains(INFO)) db.createObjectStore(INFO, { keyPath: 'id' });
    if (!db.objectStoreNames.contains(DATA)) db.createObjectStore(DATA, { keyPath: 'id' });
  };
  const db = await done(opening);
  let counter = 0;
  const newId = () =>
    `${now().getTime().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

  const info = (entry: StoredDataset): StoredDatasetInfo => ({
    id: entry.id,
    name: entry.name,
    origin: entry.origin,
    created: entry.created,
    updated: entry.updated,
    partnerships: entry.partnerships,
  });

  /** Changes one stored dataset in one transaction; rejects when there is none. */
  const change = async (
    id: string,
    edit: (entry: StoredDataset) => StoredDataset,
  ): Promise<StoredDatasetInfo> => {
    const transaction = db.transaction([INFO, DATA], 'readwrite');
    const data = transaction.objectStore(DATA);
    const entry = await done(data.get(id) as IDBRequest<StoredDataset | undefined>);
    if (!entry) {
      transaction.abort();
      throw new Error(`No stored dataset "${id}".`);
    }
    const changed: StoredDataset = { ...edit(entry), updated: now().toISOString() };
    data.put(changed);
    transaction.objectStore(INFO).put(info(changed));
    await finished(transaction).catch(namingWhatWasNotSaved(changed.name));
    return info(changed);
  };
  return {
    async list() {
      const all = await done(
        db.transaction(INFO).objectStore(INFO).getAll() as IDBRequest<StoredDatasetInfo[]>,
      );
      return all.sort((a, b) => b.updated.localeCompare(a.updated));
    },
    async get(id) {
      const entry = await done(
        db.transaction(DATA).objectStore(DATA).get(id) as IDBRequest<StoredDataset | undefined>,
      );
      return entry ?? null;
    },
    async add(entry) {
      const at = now().toISOString();
      const stored: StoredDataset = { ...entry, id: newId(), created: at, updated: at };
      const transaction = db.transaction([INFO, DATA], 'readwrite');
      transaction.objectStore(DATA).add(stored);
      transaction.objectStore(INFO).add(info(stored));
      await finished(transaction).catch(namingWhatWasNotSaved(stored.name));
      return info(stored);
    },
    async rename(id, newName) {
      const trimmed = newName.trim();
      if (trimmed === '') throw new Error('A dataset needs a name.');
      return change(id, (entry) => ({ ...entry, name: trimmed }));
    },
    async replace(id, content) {
      return change(id, (entry) => ({ ...entry, ...content }));
    },
    async remove(id) {
      const transaction = db.transaction([INFO, DATA], 'readwrite');
      transaction.objectStore(DATA).delete(id);
      transaction.objectStore(INFO).delete(id);
      await finished(transaction);
    },
    close() {
      db.close();
    },
  };
}
