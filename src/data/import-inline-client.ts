/**
 * The import pipeline in the calling thread, for tests: in a module of its own so that the app's
 * entry does not carry the pipeline (its readers, gazetteer and validator run in the worker).
 */
import type { Fetch } from '../core/protocol';
import type { DatasetLibrary } from './dataset-library';
import type { ImportClient } from '../core/protocol';
import { ImportPipeline } from './import-pipeline';
import { type ImportAssets } from '../core/protocol';

/** The same pipeline in the calling thread (tests); `cancel` drops its files. */
export function createImportInlineClient(
  fetcher: Fetch,
  assets: ImportAssets,
  library?: () => Promise<DatasetLibrary>,
): ImportClient {
  const create = () => new ImportPipeline(fetcher, assets, library);
  let pipeline = create();
  return {
    open: (name, bytes, encoding, onProgress) =>
      Promise.resolve(pipeline.open(name, bytes, encoding, onProgress)),
    read: (id, mapping, locations, onProgress) => pipeline.read(id, mapping, locations, onProgress),
    report: (id, language) => pipeline.report(id, language),
    save: (id, name, origin) => pipeline.save(id, name, origin),
    close: (id) => {
      pipeline.close(id);
    },
    cancel: () => {
      pipeline = create();
    },
  };
}
