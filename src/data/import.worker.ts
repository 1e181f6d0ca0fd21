/**
 * The import's own worker: decoding, parsing and checking a large file here keeps the page
 * responsive, and ending this worker is how a read is cancelled.
 */
import { ImportPipeline } from './import-pipeline';
import { type ImportPhase } from '../core/protocol';
import type { ImportRequest, ImportResponse } from './import-client';

const scope = self as unknown as {
  postMessage: (message: ImportResponse) => void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

let pipeline: ImportPipeline | null = null;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  pipeline ??= new ImportPipeline((url) => fetch(url), request.assets);
  const progress = (phase: ImportPhase, fraction: number) => {
    scope.postMessage({ type: 'progress', requestId: request.requestId, phase, fraction });
  };
  const fail = (error: unknown) => {
    scope.postMessage({
      type: 'failed',
      requestId: request.requestId,
      error: error instanceof Error ? error.message : String(error),
    });
  };
  try {
    if (request.type === 'open') {
      const result = pipeline.open(request.name, request.bytes, request.encoding, progress);
      scope.postMessage({ type: 'opened', requestId: request.requestId, result });
    } else if (request.type === 'read') {
      pipeline.read(request.id, request.mapping, request.locations, progress).then((result) => {
        scope.postMessage({ type: 'read', requestId: request.requestId, result });
      }, fail);
    } else if (request.type === 'report') {
      pipeline.report(request.id, request.language).then((csv) => {
        scope.postMessage({ type: 'report', requestId: request.requestId, csv });
      }, fail);
    } else if (request.type === 'save') {
      pipeline.save(request.id, request.name, request.origin).then((info) => {
        scope.postMessage({ type: 'saved', requestId: request.requestId, info });
      }, fail);
    } else {
      pipeline.close(request.id);
    }
  } catch (error) {
    fail(error);
  }
};
