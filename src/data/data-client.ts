/**
 * Where the dataset pipeline runs, hidden behind one interface: a Web Worker in the app
 * (`createWorkerClient`), the calling thread in tests (`createInlineClient`, in its own module so
 * that the app's entry does not carry the pipeline and its validator).
 */
import { onWorkerDeath } from './worker-death';
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
  | { type: 'exportData'; requestId: number; text: string | null }
  /** The request threw in the worker: its promise rejects with this message. */
  | { type: 'failed'; requestId: number; message: string };

/** The part of a `Worker` the client uses, so that tests can give their own. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  terminate(): void;
}

const spawnDatasetWorker = (): WorkerLike =>
  new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });

/** A request without its id (each union member on its own). */
type RequestBody = WorkerRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'requestId'>
    : never
  : never;

/**
 * Runs the pipeline in a module worker. Every request settles: with its answer, with the worker's
 * failure message when the request threw there, or, when the worker itself dies (an error it did
 * not catch, a message it could not read), every pending request rejects and the next request
 * starts a fresh worker.
 */
export function createWorkerClient(spawn: () => WorkerLike = spawnDatasetWorker): DataClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { handle: (response: WorkerResponse) => void; reject: (error: Error) => void }
  >();
  const stopped = (why: string) => {
    const error = new Error(`The data worker stopped: ${why}`);
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  const started = (): WorkerLike => {
    if (worker) return worker;
    const created = spawn();
    created.onmessage = (event) => {
      const response = event.data;
      const entry = pending.get(response.requestId);
      if (!entry) return;
      if (response.type === 'failed') {
        pending.delete(response.requestId);
        entry.reject(new Error(response.message));
      } else entry.handle(response);
    };
    onWorkerDeath(created, stopped);
    worker = created;
    return created;
  };
  const request = (
    message: WorkerRequest,
    handle: (response: WorkerResponse) => boolean,
    reject: (error: Error) => void,
  ) => {
    pending.set(message.requestId, {
      handle: (response) => {
        if (handle(response)) pending.delete(message.requestId);
      },
      reject,
    });
    started().postMessage(message);
  };
  /** A request answered by one reply of its own type; `pick` takes the answer out of it. */
  const ask = <K extends WorkerResponse['type'], T>(
    body: RequestBody,
    type: K,
    pick: (response: Extract<WorkerResponse, { type: K }>) => T,
  ) =>
    new Promise<T>((resolve, reject) => {
      request(
        { ...body, requestId: nextId++ },
        (response) => {
          if (response.type !== type) return false;
          resolve(pick(response as Extract<WorkerResponse, { type: K }>));
          return true;
        },
        reject,
      );
    });
  return {
    load: (location, onPhase) =>
      new Promise((resolve, reject) => {
        request(
          { type: 'load', requestId: nextId++, location },
          (response) => {
            if (response.type === 'progress') onPhase(response.phase);
            if (response.type !== 'loaded') return false;
            resolve(response.result);
            return true;
          },
          reject,
        );
      }),
    details: (id) => ask({ type: 'details', id }, 'details', (r) => r.bundle),
    searchExcerpts: (query, limit) =>
      ask({ type: 'search', query, limit }, 'search', (r) => r.hits),
    basemap: (basemapRequest) =>
      new Promise((resolve, reject) => {
        request(
          { type: 'basemap', requestId: nextId++, request: basemapRequest },
          (response) => {
            if (response.type !== 'basemap') return false;
            if (response.basemap) resolve(response.basemap);
            else reject(new Error(response.error ?? 'the basemap could not be loaded'));
            return true;
          },
          reject,
        );
      }),
    readDeck: (text, file, lenient) =>
      ask({ type: 'readDeck', text, file, lenient }, 'readDeck', (r) => r.result),
    defaultDeck: (language) => ask({ type: 'defaultDeck', language }, 'defaultDeck', (r) => r.deck),
    exportData: (format, ids, options) =>
      ask({ type: 'exportData', format, ids, options }, 'exportData', (r) => r.text),
    captionExcerpts: (ids) =>
      ask({ type: 'captionExcerpts', ids }, 'captionExcerpts', (r) => r.excerpts),
    dispose: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
