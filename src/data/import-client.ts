/**
 * The page's side of the import worker: the handlers of `import-handlers.ts`, called through
 * `rpc.ts`. `cancel` stops a read at once by ending the worker (a parse cannot be interrupted from
 * outside otherwise), and the next call starts a fresh one. `import-inline-client.ts` serves the same
 * handlers in the calling thread, for tests.
 */
import { ImportCancelled, type ImportAssets, type ImportClient } from '../core/protocol';
import type { ImportHandlers } from './import-handlers';
import { connect, extend, transferring, type WorkerLike } from './rpc';

const spawnImportWorker = (): WorkerLike =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

/** Runs the import in a module worker of its own. */
export function createImportWorkerClient(
  assets: ImportAssets,
  spawn: () => WorkerLike = spawnImportWorker,
): ImportClient {
  const connection = connect<ImportHandlers>('import', spawn, {
    method: 'configure',
    args: [assets],
  });
  return extend(connection.api, {
    // The file's bytes move to the worker rather than being copied.
    open: (...[name, bytes, ...rest]: Parameters<ImportClient['open']>) =>
      connection.api.open(name, transferring(bytes, [bytes.buffer]), ...rest),
    openAtlasFile: (...[name, bytes]: Parameters<ImportClient['openAtlasFile']>) =>
      connection.api.openAtlasFile(name, transferring(bytes, [bytes.buffer])),
    // The worker does not answer a close: nothing is left waiting for one.
    close: (id: number) => {
      connection.notify('close', id);
    },
    cancel: () => {
      connection.stop(new ImportCancelled());
    },
  });
}
