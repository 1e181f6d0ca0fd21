/**
 * The dataset worker's requests: the one table both the worker (`dataset.worker.ts`) and the
 * inline client (`inline-client.ts`) serve, and whose type the page's client (`data-client.ts`)
 * calls. A new request is one line here and one in `DataClient` (core/protocol.ts).
 */
import type { DatasetPipeline } from './dataset-pipeline';
import type { Transfers } from './rpc';

export function datasetHandlers(pipeline: DatasetPipeline) {
  return {
    load: pipeline.load.bind(pipeline),
    details: pipeline.details.bind(pipeline),
    checkEvidence: pipeline.checkEvidence.bind(pipeline),
    searchExcerpts: pipeline.searchExcerpts.bind(pipeline),
    basemap: pipeline.basemap.bind(pipeline),
    readDeck: pipeline.readDeck.bind(pipeline),
    defaultDeck: pipeline.defaultDeck.bind(pipeline),
    exportData: pipeline.exportData.bind(pipeline),
    captionExcerpts: pipeline.captionExcerpts.bind(pipeline),
  };
}

export type DatasetHandlers = ReturnType<typeof datasetHandlers>;

/** A loaded dataset's columns move to the page rather than being copied. */
export const datasetTransfers: Transfers<DatasetHandlers> = {
  load: (result) => {
    if (!result.ok) return [];
    const { links, pairs } = result.summary;
    const { arcs } = result;
    // Each buffer once (a buffer listed twice cannot be transferred).
    const columns = [
      links.partyA,
      links.partyB,
      links.status,
      links.domainMask,
      links.pair,
      links.firstDay,
      links.lastDay,
      links.value,
      pairs.pairStart,
      pairs.pairLinks,
      arcs.geometry,
      arcs.masks,
      arcs.order,
      arcs.boxes,
    ];
    return [...new Set(columns.map((column) => column.buffer))];
  },
};
