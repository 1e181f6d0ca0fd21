/**
 * The dataset pipeline's home in the app: parsing and validating a large dataset here keeps the
 * page responsive. The arcs and the basemap go to MapLibre as Blob URLs, so their geometry never
 * crosses the main thread: MapLibre's own worker fetches it.
 */
import { DatasetPipeline } from './dataset-pipeline';
import type { WorkerRequest, WorkerResponse } from './data-client';

// The DOM lib types `self` as a Window; this is the part of a worker's scope that is used here.
const scope = self as unknown as {
  postMessage: (message: WorkerResponse, transfer: Transferable[]) => void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};
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

const post = (message: WorkerResponse, transfer: Transferable[] = []) => {
  scope.postMessage(message, transfer);
};

/** A request that threw (or rejected): its caller's promise rejects with the message. */
const failed = (requestId: number) => (error: unknown) => {
  post({
    type: 'failed',
    requestId,
    message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
};

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  try {
    answer(event.data);
  } catch (error) {
    failed(event.data.requestId)(error);
  }
};

/** Answers one request; what it starts asynchronously reports its own failure. */
function answer(request: WorkerRequest): void {
  if (request.type === 'load') {
    pipeline
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
      }, failed(request.requestId));
  } else if (request.type === 'basemap') {
    pipeline.basemap(request.request).then(
      (basemap) => {
        post({ type: 'basemap', requestId: request.requestId, basemap });
      },
      (error: unknown) => {
        post({ type: 'basemap', requestId: request.requestId, error: String(error) });
      },
    );
  } else if (request.type === 'search') {
    post({
      type: 'search',
      requestId: request.requestId,
      hits: pipeline.searchExcerpts(request.query, request.limit),
    });
  } else if (request.type === 'readDeck') {
    post({
      type: 'readDeck',
      requestId: request.requestId,
      result: pipeline.readDeck(request.text, request.file, request.lenient),
    });
  } else if (request.type === 'defaultDeck') {
    pipeline.defaultDeck(request.language).then((deck) => {
      post({ type: 'defaultDeck', requestId: request.requestId, deck });
    }, failed(request.requestId));
  } else if (request.type === 'exportData') {
    pipeline.exportData(request.format, request.ids, request.options).then((text) => {
      post({ type: 'exportData', requestId: request.requestId, text });
    }, failed(request.requestId));
  } else if (request.type === 'captionExcerpts') {
    post({
      type: 'captionExcerpts',
      requestId: request.requestId,
      excerpts: pipeline.captionExcerpts(request.ids),
    });
  } else {
    post({ type: 'details', requestId: request.requestId, bundle: pipeline.details(request.id) });
  }
}
