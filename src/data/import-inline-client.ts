/**
 * The import worker's handlers in the calling thread, for tests: in a module of its own so that the
 * app's entry does not carry the pipeline (its readers, gazetteer and validator run in the worker).
 */
// The import's and the workbench's words, which the atlas's entry does not carry.
import '../core/tool-messages';
import type { Fetch, ImportAssets, ImportClient } from '../core/protocol';
import type { DatasetLibrary } from './dataset-library';
import { ArticlePipeline } from './article-pipeline';
import { openDatasetLibrary } from './dataset-library';
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
    const libraryOf = library ?? (() => openDatasetLibrary());
    const handlers = importHandlers(() => {
      const tables = new ImportPipeline(fetcher, assets, libraryOf);
      const articles = new ArticlePipeline(
        fetcher,
        assets,
        () => tables.loadGazetteer(),
        libraryOf,
      );
      return { tables, articles };
    });
    handlers.configure(assets);
    return inline('import', () => handlers);
  };
  let api = start();
  return {
    open: (...args) => api.open(...args),
    read: (...args) => api.read(...args),
    report: (...args) => api.report(...args),
    save: (...args) => api.save(...args),
    readArticle: (...args) => api.readArticle(...args),
    addArticle: (...args) => api.addArticle(...args),
    openEdit: (...args) => api.openEdit(...args),
    saveEdit: (...args) => api.saveEdit(...args),
    articleActors: () => api.articleActors(),
    exportRepository: (...args) => api.exportRepository(...args),
    exportAtlasFile: (...args) => api.exportAtlasFile(...args),
    openAtlasFile: (...args) => api.openAtlasFile(...args),
    close: (id) => {
      void api.close(id);
    },
    cancel: () => {
      api = start();
    },
  };
}
