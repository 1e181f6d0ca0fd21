/**
 * The dataset pipeline's home in the app: parsing and validating a large dataset here keeps the
 * page responsive. The arcs and the basemap go to MapLibre as Blob URLs, so their geometry never
 * crosses the main thread: MapLibre's own worker fetches it.
 */
import { DatasetPipeline } from './dataset-pipeline';
import { datasetHandlers, datasetTransfers } from './dataset-handlers';
import { serve, type WorkerScope } from './rpc';

/** The Blob URL last made for each layer, revoked when the layer is replaced. */
const blobUrls = new Map<string, string>();

const pipeline = new DatasetPipeline(
  (url) => fetch(url),
  (name, data) => {
    const previous = blobUrls.get(name);
    if (previous) URL.revokeObjectURL(previous);
    const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    blobUrls.set(name, url);
    return url;
  },
);

// The DOM lib types `self` as a Window; a worker's scope is what `serve` needs.
serve(self as unknown as WorkerScope, datasetHandlers(pipeline), datasetTransfers);
