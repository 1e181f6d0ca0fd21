/**
 * The import worker's handlers in the calling thread, for tests: in a module of its own so that the
 * app's entry does not carry the pipeline (its readers, gazetteer and validator run in the worker).
 */
import type { Fetch, ImportAssets, ImportClient } from '../core/protocol';
import type { DatasetLibrary } from './dataset-library';
import { ImportPipeline } from './import-pipeline';
import { importHandlers } from './import-handlers';
import { inline } from './rpc';

/** The same handlers in the calling thread (tests); `cancel` drops its files. */
export function createImportInlineClient(
  fetcher: Fetch,
  assets: ImportAssets,
  library?: () => Promise<DatasetLibrary>,
): ImportClient {
  const start = () => {
    const handlers = importHandlers(() => new ImportPipeline(fetcher, assets, library));
    handlers.configure(assets);
    return inline('import', () => handlers);
  };
  let api = start();
  return {
    open: (...args) => api.open(...args),
    read: (...args) => api.read(...args),
    report: (...args) => api.report(...args),
    save: (...args) => api.save(...args),
    close: (id) => {
      void api.close(id);
    },
    cancel: () => {
      api = start();
    },
  };
}
