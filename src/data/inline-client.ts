import type { DataClient, Fetch } from '../core/protocol';
import { DatasetPipeline } from './dataset-pipeline';
import { datasetHandlers } from './dataset-handlers';
import { extend, inline } from './rpc';

/** Runs the dataset worker's handlers in the calling thread (tests, and tools without workers). */
export function createInlineClient(fetcher: Fetch = (url) => fetch(url)): DataClient {
  return extend(
    inline('data', () => datasetHandlers(new DatasetPipeline(fetcher))),
    { dispose: () => undefined },
  );
}
