/**
 * The page's side of the import worker. Files are read there with progress; `cancel` stops a read
 * at once by ending the worker (a parse cannot be interrupted from outside otherwise), and the
 * next call starts a fresh one. `import-inline-client.ts` runs the same pipeline in the calling
 * thread, for tests.
 */
import { onWorkerDeath } from './worker-death';
import type { Encoding } from '../core/import/decode';
import type { LinkMapping, LocationMapping } from '../core/import/links-table';
import type { Language } from '../core/messages';
import {
  ImportCancelled,
  type ImportAssets,
  type ImportClient,
  type ImportOutcome,
  type ImportPhase,
  type OnImportProgress,
  type OpenResult,
  type StoredDatasetInfo,
} from '../core/protocol';

export type ImportRequest =
  | {
      type: 'open';
      requestId: number;
      assets: ImportAssets;
      name: string;
      bytes: Uint8Array;
      encoding: Encoding | undefined;
    }
  | {
      type: 'read';
      requestId: number;
      assets: ImportAssets;
      id: number;
      mapping: LinkMapping;
      locations: { id: number; mapping: LocationMapping } | null;
    }
  | { type: 'report'; requestId: number; assets: ImportAssets; id: number; language: Language }
  | {
      type: 'save';
      requestId: number;
      assets: ImportAssets;
      id: number;
      name: string;
      origin: string;
    }
  | { type: 'close'; requestId: number; assets: ImportAssets; id: number };

export type ImportResponse =
  | { type: 'progress'; requestId: number; phase: ImportPhase; fraction: number }
  | { type: 'opened'; requestId: number; result: OpenResult }
  | { type: 'read'; requestId: number; result: ImportOutcome | null }
  | { type: 'report'; requestId: number; csv: string | null }
  | { type: 'saved'; requestId: number; info: StoredDatasetInfo }
  | { type: 'failed'; requestId: number; error: string };

/** The part of a `Worker` the client uses, so that tests can give their own. */
export interface ImportWorkerLike {
  postMessage(message: ImportRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  terminate(): void;
}

const spawnImportWorker = (): ImportWorkerLike =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

/** Runs the import in a module worker of its own. */
export function createImportWorkerClient(
  assets: ImportAssets,
  spawn: () => ImportWorkerLike = spawnImportWorker,
): ImportClient {
  let worker: ImportWorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    {
      onProgress: OnImportProgress;
      resolve: (r: ImportResponse) => void;
      reject: (e: Error) => void;
    }
  >();
  const start = (): ImportWorkerLike => {
    if (worker) return worker;
    const created = spawn();
    created.onmessage = (event: MessageEvent<ImportResponse>) => {
      const response = event.data;
      const waiting = pending.get(response.requestId);
      if (!waiting) return;
      if (response.type === 'progress') {
        waiting.onProgress(response.phase, response.fraction);
        return;
      }
      pending.delete(response.requestId);
      if (response.type === 'failed') waiting.reject(new Error(response.error));
      else waiting.resolve(response);
    };
    // A worker that dies (an error it did not catch, a message it could not read) settles every
    // pending request; the next one starts a fresh worker.
    const stopped = (why: string) => {
      const error = new Error(`The import worker stopped: ${why}`);
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      created.terminate();
      if (worker === created) worker = null;
    };
    onWorkerDeath(created, stopped);
    worker = created;
    return created;
  };
  const send = (
    body: ImportRequest extends infer R
      ? R extends unknown
        ? Omit<R, 'requestId' | 'assets'>
        : never
      : never,
    onProgress: OnImportProgress,
    transfer: Transferable[] = [],
  ) =>
    new Promise<ImportResponse>((resolve, reject) => {
      const requestId = nextId++;
      pending.set(requestId, { onProgress, resolve, reject });
      start().postMessage({ ...body, requestId, assets }, transfer);
    });
  return {
    open: async (name, bytes, encoding, onProgress) => {
      const response = await send({ type: 'open', name, bytes, encoding }, onProgress, [
        bytes.buffer,
      ]);
      if (response.type !== 'opened') throw new Error(`unexpected ${response.type}`);
      return response.result;
    },
    read: async (id, mapping, locations, onProgress) => {
      const response = await send({ type: 'read', id, mapping, locations }, onProgress);
      if (response.type !== 'read') throw new Error(`unexpected ${response.type}`);
      return response.result;
    },
    report: async (id, language) => {
      const response = await send({ type: 'report', id, language }, () => undefined);
      if (response.type !== 'report') throw new Error(`unexpected ${response.type}`);
      return response.csv;
    },
    save: async (id, name, origin) => {
      const response = await send({ type: 'save', id, name, origin }, () => undefined);
      if (response.type !== 'saved') throw new Error(`unexpected ${response.type}`);
      return response.info;
    },
    close: (id) => {
      // The worker does not answer a close: nothing is left waiting for one.
      worker?.postMessage({ type: 'close', id, requestId: nextId++, assets });
    },
    cancel: () => {
      worker?.terminate();
      worker = null;
      for (const waiting of pending.values()) waiting.reject(new ImportCancelled());
      pending.clear();
    },
  };
}
