import type { DataClient, Fetch } from '../core/protocol';
import type { DatasetLibrary } from './dataset-library';
import { DatasetPipeline } from './dataset-pipeline';
import { datasetHandlers } from './dataset-handlers';
import { extend, inline } from './rpc';

/**
 * Runs the dataset worker's handlers in the calling thread: for tests, for tools without workers,
 * and for a standalone page, whose `file://` address starts a module worker only from a `data:`
 * address (its library is the one atlas it carries).
 */
export function createInlineClient(
  fetcher: Fetch = (url) => fetch(url),
  library?: () => Promise<DatasetLibrary>,
): DataClient {
  return extend(
    inline('data', () => datasetHandlers(new DatasetPipeline(fetcher, undefined, library))),
    { dispose: () => undefined },
  );
}
