/**
 * The import pipeline in the calling thread, for tests: in a module of its own so that the app's
 * entry does not carry the pipeline (its readers, gazetteer and validator run in the worker).
 */
import type { Fetch } from './dataset-pipeline';
import type { ImportClient } from './import-client';
import { ImportPipeline, type ImportAssets } from './import-pipeline';

/** The same pipeline in the calling thread (tests); `cancel` drops its files. */
export function createImportInlineClient(fetcher: Fetch, assets: ImportAssets): ImportClient {
  let pipeline = new ImportPipeline(fetcher, assets);
  return {
    open: (name, bytes, encoding, onProgress) =>
      Promise.resolve(pipeline.open(name, bytes, encoding, onProgress)),
    read: (id, mapping, locations, onProgress) => pipeline.read(id, mapping, locations, onProgress),
    close: (id) => {
      pipeline.close(id);
    },
    cancel: () => {
      pipeline = new ImportPipeline(fetcher, assets);
    },
  };
}
