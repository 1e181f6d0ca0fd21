/**
 * Connects the store to a data client: loads a dataset into the store, and fetches the full records
 * of whichever partnership is selected.
 */
import type { AtlasState, AtlasStore } from '../store/atlas-store';
import type { PairInstances } from '../core/pair-instances';
import type { DataClient } from '../core/protocol';
import { failureText, type DatasetLocation, type LoadedDataset } from '../core/protocol';
import type { DataIssue } from '../core/types';
import { phrase } from '../core/messages';

/**
 * Loads a dataset, then checks its excerpts against their sources; never throws (problems end up
 * in `dataIssues`).
 */
export async function loadDataset(
  store: AtlasStore,
  client: DataClient,
  location: DatasetLocation,
): Promise<void> {
  try {
    const result = await client.load(location, (phase) => {
      // Benchmarks read these marks to itemise a load: `atlas:phase-validating` and so on.
      performance.mark(`atlas:phase-${phase}`);
      store.getState().setLoadPhase(phase);
    });
    performance.mark('atlas:data-received');
    if (!result.ok) {
      store.getState().setDataIssues(result.issues);
      return;
    }
    store.getState().setDataset(result);
    // The dataset is in the store (and drawn) while its excerpts are checked; the promise this
    // returns settles once they are.
    if (result.pendingExcerpts > 0) await checkEvidence(store, client, result, location.file);
    // The load's last step: benchmarks wait for it before they measure a filter.
    performance.mark('atlas:evidence-checked');
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

/** The longest the evidence check waits for the map to draw the data (a page in the background). */
const EVIDENCE_WAIT_MS = 15_000;

/**
 * Resolves once the map has drawn these pairs, at once where there is no map (no WebGL), when
 * another dataset replaces them, or after `ms`.
 */
function drawnOrLater(store: AtlasStore, pairs: PairInstances, ms: number): Promise<void> {
  const settled = (s: AtlasState) =>
    !s.mapPresent || s.drawnPairs === pairs || s.drawing?.arcs !== pairs;
  if (settled(store.getState())) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const unsubscribe = store.subscribe((s) => {
      if (settled(s)) done();
    });
  });
}

/**
 * The load's second pass, once the dataset is on the map: its excerpts looked for in their sources.
 * An excerpt that is not found refuses the dataset, as a failure of the load itself would; a
 * dataset loaded meanwhile is left alone.
 */
async function checkEvidence(
  store: AtlasStore,
  client: DataClient,
  loaded: LoadedDataset,
  file: string,
): Promise<void> {
  const current = () => store.getState().summary === loaded.summary;
  store.getState().setEvidenceCheck(loaded.pendingExcerpts);
  // Fetching thousands of source files would compete with the map's first drawing.
  await drawnOrLater(store, loaded.arcs, EVIDENCE_WAIT_MS);
  if (!current()) return;
  let issues: DataIssue[];
  try {
    issues = await client.checkEvidence();
  } catch (error) {
    issues = [
      {
        file,
        record: '',
        field: '',
        message: phrase('data.loadFailed', { reason: failureText(error) }),
      },
    ];
  }
  if (!current()) return;
  if (issues.length > 0) store.getState().setDataIssues(issues);
  else store.getState().setEvidenceCheck(null);
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
