import type { StateCreator } from 'zustand';
import { indexDataset, type DatasetIndex } from '../core/dataset-index';
import type { DataIssue, Dataset } from '../core/types';
import type { AtlasState } from './atlas-store';

export type DataStatus = 'loading' | 'ready' | 'error';

export interface DataSlice {
  dataStatus: DataStatus;
  dataset: Dataset | null;
  index: DatasetIndex | null;
  dataIssues: DataIssue[];
  /** Installs a validated dataset and clears what referred to the previous one. */
  setDataset: (dataset: Dataset) => void;
  /** Reports why the data could not be used; the previous dataset, if any, is kept. */
  setDataIssues: (issues: DataIssue[]) => void;
}

export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set) => ({
  dataStatus: 'loading',
  dataset: null,
  index: null,
  dataIssues: [],
  setDataset: (dataset) =>
    set({
      dataStatus: 'ready',
      dataset,
      index: indexDataset(dataset),
      dataIssues: [],
      selectedId: null,
      hoveredId: null,
      hiddenDomains: [],
    }),
  setDataIssues: (dataIssues) => set({ dataStatus: 'error', dataIssues }),
});
