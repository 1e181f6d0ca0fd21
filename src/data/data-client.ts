/**
 * The page's side of the dataset worker: the handlers of `dataset-handlers.ts`, called through
 * `rpc.ts`. `inline-client.ts` serves the same handlers in the calling thread, for tests, in a module
 * of its own so that the app's entry does not carry the pipeline and its validator.
 */
import { WorkerFailure, type DataClient } from '../core/protocol';
import type { DatasetHandlers } from './dataset-handlers';
import { connect, extend, type WorkerLike } from './rpc';

const spawnDatasetWorker = (): WorkerLike =>
  new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });

/**
 * Runs the pipeline in a module worker. Every request settles: with its answer, with a
 * `WorkerFailure` when it threw there, or, when the worker itself dies, every pending request
 * rejects and the next request starts a fresh worker.
 */
export function createWorkerClient(spawn: () => WorkerLike = spawnDatasetWorker): DataClient {
  const connection = connect<DatasetHandlers>('data', spawn);
  return extend(connection.api, {
    dispose: () => {
      connection.stop(new WorkerFailure('data', 'stopped', 'closed by the page'));
    },
  });
}
