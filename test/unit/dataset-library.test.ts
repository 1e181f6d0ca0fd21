import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { namingWhatWasNotSaved, openDatasetLibrary } from '../../src/data/dataset-library';
import { createDatasets } from '../../src/data/datasets';
import { seedJson } from './helpers';

/** A clock that moves one minute at each reading, so that the order by time is certain. */
function clock() {
  let minute = 0;
  return () => new Date(Date.UTC(2026, 10, 23, 12, minute++));
}

const entry = (name: string) => ({
  name,
  origin: `${name}.csv`,
  partnerships: 2,
  dataset: seedJson(),
  sources: { 'sources/a.txt': 'نص المقال' },
});

describe('the dataset library in IndexedDB', () => {
  it('keeps datasets across openings: add, list, get, rename, delete', async () => {
    const factory = new IDBFactory();
    const now = clock();
    const library = await openDatasetLibrary({ factory, now });
    const first = await library.add(entry('Sahel agreements'));
    const second = await library.add(entry('اتفاقيات المغرب العربي'));
    expect((await library.list()).map((d) => d.name)).toEqual([
      'اتفاقيات المغرب العربي',
      'Sahel agreements',
    ]);
    library.close();

    // A reload: a new connection to the same database finds them.
    const again = await openDatasetLibrary({ factory, now });
    const stored = await again.get(first.id);
    expect(stored?.dataset).toEqual(seedJson());
    expect(stored?.sources).toEqual({ 'sources/a.txt': 'نص المقال' });

    const renamed = await again.rename(first.id, '  Sahel, 2024  ');
    expect(renamed.name).toBe('Sahel, 2024');
    expect((await again.list()).map((d) => d.name)).toEqual([
      'Sahel, 2024',
      'اتفاقيات المغرب العربي',
    ]);
    await expect(again.rename(first.id, '   ')).rejects.toThrow(/needs a name/);
    await expect(again.rename('nope', 'x')).rejects.toThrow(/No stored dataset/);

    await again.remove(second.id);
    expect((await again.list()).map((d) => d.id)).toEqual([first.id]);
    expect(await again.get(second.id)).toBeNull();
    again.close();
  });

  it('names the dataset a failed write did not save, and a full storage as such', () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(() => namingWhatWasNotSaved('Sahel agreements')(full)).toThrow(
      '“Sahel agreements” was not saved: the browser’s storage for this site is full.',
    );
    expect(() => namingWhatWasNotSaved('Aid flows')(new Error('Disk I/O error'))).toThrow(
      '“Aid flows” was not saved: Disk I/O error.',
    );
  });

  it('says so where the browser offers no IndexedDB', async () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    await expect(openDatasetLibrary()).rejects.toThrow(/no IndexedDB/);
    expect(saved).toBeUndefined();
  });

  it('asks the browser to keep the stored datasets, and reports its answer', async () => {
    let kept = false;
    const datasets = (manager: Parameters<typeof createDatasets>[0]['storageManager']) =>
      createDatasets({
        current: { id: null, name: 'seed' },
        library: () => openDatasetLibrary({ factory: new IDBFactory() }),
        storage: null,
        restart: () => undefined,
        storageManager: manager,
      });
    const granting = datasets({
      persisted: () => Promise.resolve(kept),
      persist: () => {
        kept = true;
        return Promise.resolve(true);
      },
    });
    expect(await granting.persistence()).toBe('best-effort');
    expect(await granting.persist()).toBe('persistent');
    expect(await granting.persistence()).toBe('persistent');
    const refusing = datasets({
      persisted: () => Promise.resolve(false),
      persist: () => Promise.reject(new Error('denied')),
    });
    expect(await refusing.persist()).toBe('unknown');
    expect(await datasets(null).persistence()).toBe('unknown');
  });
});
