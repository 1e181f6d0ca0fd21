import type { DataClient } from '../core/protocol';
import { DatasetPipeline } from './dataset-pipeline';
import { type Fetch } from '../core/protocol';

/** Runs the dataset pipeline in the calling thread (tests, and tools without workers). */
export function createInlineClient(fetcher: Fetch = (url) => fetch(url)): DataClient {
  const pipeline = new DatasetPipeline(fetcher);
  return {
    load: (location, onPhase) => pipeline.load(location, onPhase),
    details: (id) => Promise.resolve(pipeline.details(id)),
    searchExcerpts: (query, limit) => Promise.resolve(pipeline.searchExcerpts(query, limit)),
    basemap: (request) => pipeline.basemap(request),
    readDeck: (text, file, lenient) => Promise.resolve(pipeline.readDeck(text, file, lenient)),
    defaultDeck: (language) => pipeline.defaultDeck(language),
    exportData: (format, ids, options) => pipeline.exportData(format, ids, options),
    captionExcerpts: (ids) => Promise.resolve(pipeline.captionExcerpts(ids)),
    dispose: () => undefined,
  };
}
