/**
 * The dataset pipeline's home in the app: parsing and validating a large dataset here keeps the
 * page responsive. The arcs go to MapLibre as a Blob URL, so their geometry never crosses the main
 * thread: MapLibre's own worker fetches it.
 */
import { DatasetPipeline } from './dataset-pipeline';
import type { WorkerRequest, WorkerResponse } from './data-client';

// The DOM lib types `self` as a Window; this is the part of a worker's scope that is used here.
const scope = self as unknown as {
  postMessage: (message: WorkerResponse, transfer: Transferable[]) => void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};
let arcsUrl: string | null = null;

const pipeline = new DatasetPipeline(
  (url) => fetch(url),
  (arcs) => {
    if (arcsUrl) URL.revokeObjectURL(arcsUrl);
    arcsUrl = URL.createObjectURL(new Blob([JSON.stringify(arcs)], { type: 'application/json' }));
    return arcsUrl;
  },
);

const post = (message: WorkerResponse, transfer: Transferable[] = []) => {
  scope.postMessage(message, transfer);
};

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'load') {
    void pipeline
      .load(request.location, (phase) => {
        post({ type: 'progress', requestId: request.requestId, phase });
      })
      .then((result) => {
        const transfer: Transferable[] = [];
        if (result.ok) {
          const { links, pairs } = result.summary;
          for (const column of [
            links.partyA,
            links.partyB,
            links.status,
            links.domainMask,
            links.pair,
          ]) {
            transfer.push(column.buffer);
          }
          transfer.push(pairs.pairStart.buffer, pairs.pairLinks.buffer);
        }
        post({ type: 'loaded', requestId: request.requestId, result }, transfer);
      });
  } else {
    post({ type: 'details', requestId: request.requestId, bundle: pipeline.details(request.id) });
  }
};
