/**
 * Connects the store to a data client: loads a dataset into the store, and fetches the full records
 * of whichever partnership is selected.
 */
import type { AtlasStore } from '../store/atlas-store';
import type { DataClient } from '../core/protocol';
import { failureText, type DatasetLocation } from '../core/protocol';
import { phrase } from '../core/messages';

/** Loads a dataset; never throws (problems end up in `dataIssues`). */
export async function loadDataset(
  store: AtlasStore,
  client: DataClient,
  location: DatasetLocation,
): Promise<void> {
  try {
    const result = await client.load(location, (phase) => {
      store.getState().setLoadPhase(phase);
    });
    if (result.ok) store.getState().setDataset(result);
    else store.getState().setDataIssues(result.issues);
  } catch (error) {
    store.getState().setDataIssues([
      {
        file: location.file,
        record: '',
        field: '',
        message: phrase('data.loadFailed', { reason: failureText(error) }),
      },
    ]);
  }
}

/** A request that failed in the worker: said on the notice line, in the interface's language. */
export const reportFailure = (store: AtlasStore) => (error: unknown) => {
  store.getState().setDatasetNotice(phrase('data.requestFailed', { reason: failureText(error) }));
};

/** Keeps `details` in step with `selectedId`. Returns a function that stops it. */
export function bindDetails(store: AtlasStore, client: DataClient): () => void {
  let wanted: string | null = null;
  return store.subscribe((state) => {
    const id = state.selectedId;
    if (id === wanted) return;
    wanted = id;
    if (id === null || state.details?.id === id) return;
    client.details(id).then((bundle) => {
      // A later selection may have overtaken this request.
      if (bundle && store.getState().selectedId === bundle.partnership.id) {
        store.getState().setDetails(bundle);
      }
    }, reportFailure(store));
  });
}

/** How long the search waits after the last keystroke before asking the worker. */
const SEARCH_DELAY_MS = 150;
/** Excerpts listed per search. */
const EXCERPT_HITS = 20;

/** Keeps `excerptHits` in step with `query`. Returns a function that stops it. */
export function bindSearch(store: AtlasStore, client: DataClient): () => void {
  let asked = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  return store.subscribe((state) => {
    const query = state.query.trim();
    if (query === asked) return;
    asked = query;
    clearTimeout(timer);
    if (query === '') {
      store.getState().setExcerptHits('', []);
      return;
    }
    timer = setTimeout(() => {
      client.searchExcerpts(query, EXCERPT_HITS).then((hits) => {
        // A later query may have overtaken this one.
        if (store.getState().query.trim() === query) store.getState().setExcerptHits(query, hits);
      }, reportFailure(store));
    }, SEARCH_DELAY_MS);
  });
}
