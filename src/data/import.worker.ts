/**
 * The import's own worker: decoding, parsing and checking a large file here keeps the page
 * responsive, and ending this worker is how a read is cancelled.
 */
// The import's and the workbench's words, which the atlas's entry does not carry.
import '../core/tool-messages';
import { ArticlePipeline } from './article-pipeline';
import { openDatasetLibrary } from './dataset-library';
import { ImportPipeline } from './import-pipeline';
import { importHandlers } from './import-handlers';
import { serve, type WorkerScope } from './rpc';

// The DOM lib types `self` as a Window; a worker's scope is what `serve` needs.
serve(
  self as unknown as WorkerScope,
  importHandlers((assets) => {
    const fetcher = (url: string) => fetch(url);
    const tables = new ImportPipeline(fetcher, assets);
    const articles = new ArticlePipeline(
      fetcher,
      assets,
      () => tables.loadGazetteer(),
      () => openDatasetLibrary(),
    );
    return { tables, articles };
  }),
);
