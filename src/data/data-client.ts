/**
 * Where the dataset pipeline runs, hidden behind one interface: a Web Worker in the app
 * (`createWorkerClient`), the calling thread in tests (`createInlineClient`, in its own module so
 * that the app's entry does not carry the pipeline and its validator).
 */
import type { DetailsBundle } from '../core/summary';
import type { Deck } from '../core/deck';
import type { Language } from '../core/messages';
import type {
  DataClient,
  BasemapData,
  BasemapRequest,
  CaptionExcerpt,
  DeckReadResult,
  DatasetLocation,
  ExcerptHit,
  ExportFormat,
  ExportOptions,
  LoadPhase,
  LoadResult,
} from '../core/protocol';

export type WorkerRequest =
  | { type: 'load'; requestId: number; location: DatasetLocation }
  | { type: 'details'; requestId: number; id: string }
  | { type: 'search'; requestId: number; query: string; limit: number }
  | { type: 'basemap'; requestId: number; request: BasemapRequest }
  | { type: 'readDeck'; requestId: number; text: string; file: string; lenient: boolean }
  | { type: 'defaultDeck'; requestId: number; language: Language }
  | { type: 'captionExcerpts'; requestId: number; ids: readonly string[] }
  | {
      type: 'exportData';
      requestId: number;
      format: ExportFormat;
      ids: readonly string[] | null;
      options: ExportOptions;
    };

export type WorkerResponse =
  | { type: 'progress'; requestId: number; phase: LoadPhase }
  | { type: 'loaded'; requestId: number; result: LoadResult }
  | { type: 'details'; requestId: number; bundle: DetailsBundle | null }
  | { type: 'search'; requestId: number; hits: ExcerptHit[] }
  | { type: 'basemap'; requestId: number; basemap?: BasemapData; error?: string }
  | { type: 'readDeck'; requestId: number; result: DeckReadResult }
  | { type: 'defaultDeck'; requestId: number; deck: Deck | null }
  | { type: 'captionExcerpts'; requestId: number; excerpts: CaptionExcerpt[] }
  | { type: 'exportData'; requestId: number; text: string | null };

/** A request without its id (each union member on its own). */
type RequestBody = WorkerRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'requestId'>
    : never
  : never;

/** Runs the pipeline in a module worker. */
export function createWorkerClient(): DataClient {
  const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
  let nextId = 1;
  const pending = new Map<number, (response: WorkerResponse) => void>();
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    pending.get(event.data.requestId)?.(event.data);
  };
  const request = (message: WorkerRequest, handle: (response: WorkerResponse) => boolean) => {
    pending.set(message.requestId, (response) => {
      if (handle(response)) pending.delete(message.requestId);
    });
    worker.postMessage(message);
  };
  /** A request answered by one reply of its own type; `pick` takes the answer out of it. */
  const ask = <K extends WorkerResponse['type'], T>(
    body: RequestBody,
    type: K,
    pick: (response: Extract<WorkerResponse, { type: K }>) => T,
  ) =>
    new Promise<T>((resolve) => {
      request({ ...body, requestId: nextId++ }, (response) => {
        if (response.type !== type) return false;
        resolve(pick(response as Extract<WorkerResponse, { type: K }>));
        return true;
      });
    });
  return {
    load: (location, onPhase) =>
      new Promise((resolve) => {
        request({ type: 'load', requestId: nextId++, location }, (response) => {
          if (response.type === 'progress') onPhase(response.phase);
          if (response.type !== 'loaded') return false;
          resolve(response.result);
          return true;
        });
      }),
    details: (id) => ask({ type: 'details', id }, 'details', (r) => r.bundle),
    searchExcerpts: (query, limit) =>
      ask({ type: 'search', query, limit }, 'search', (r) => r.hits),
    basemap: (basemapRequest) =>
      new Promise((resolve, reject) => {
        request({ type: 'basemap', requestId: nextId++, request: basemapRequest }, (response) => {
          if (response.type !== 'basemap') return false;
          if (response.basemap) resolve(response.basemap);
          else reject(new Error(response.error ?? 'the basemap could not be loaded'));
          return true;
        });
      }),
    readDeck: (text, file, lenient) =>
      ask({ type: 'readDeck', text, file, lenient }, 'readDeck', (r) => r.result),
    defaultDeck: (language) => ask({ type: 'defaultDeck', language }, 'defaultDeck', (r) => r.deck),
    exportData: (format, ids, options) =>
      ask({ type: 'exportData', format, ids, options }, 'exportData', (r) => r.text),
    captionExcerpts: (ids) =>
      ask({ type: 'captionExcerpts', ids }, 'captionExcerpts', (r) => r.excerpts),
    dispose: () => {
      worker.terminate();
    },
  };
}
