/**
 * The one store of the app, assembled from slices. It is a vanilla zustand store so that the map
 * controller can subscribe to it outside React; components read it through `useAtlas`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createBriefingSlice, type BriefingSlice } from './briefing-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createFilterSlice, type FilterSlice } from './filter-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AtlasState = DataSlice & SelectionSlice & FilterSlice & ViewSlice & BriefingSlice;
export type AtlasStore = StoreApi<AtlasState>;

export function createAtlasStore(): AtlasStore {
  return createStore<AtlasState>()((...a) => ({
    ...createDataSlice(...a),
    ...createSelectionSlice(...a),
    ...createFilterSlice(...a),
    ...createViewSlice(...a),
    ...createBriefingSlice(...a),
  }));
}
