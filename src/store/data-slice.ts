import type { StateCreator } from 'zustand';
import { indexDataset, type DatasetIndex } from '../core/dataset-index';
import type { DatasetSummary, DetailsBundle } from '../core/summary';
import type { Text } from '../core/messages';
import type { DataIssue } from '../core/types';
import type { AtlasState } from './atlas-store';
import type { ExcerptHit, LoadedDataset, LoadPhase } from '../core/protocol';

export type DataStatus = 'loading' | 'ready' | 'error';

/** The full records of the selected partnership, with an index over them for the panel. */
export interface SelectedDetails {
  id: string;
  bundle: DetailsBundle;
  index: DatasetIndex;
}

export interface DataSlice {
  dataStatus: DataStatus;
  loadPhase: LoadPhase | null;
  summary: DatasetSummary | null;
  /** What the map draws: arcs (GeoJSON or a URL to it) and actor markers. */
  drawing: Pick<LoadedDataset, 'arcs' | 'actorPoints'> | null;
  /** Row of each partnership id in `summary.links`. */
  linkRows: ReadonlyMap<string, number>;
  /** Index of each actor id in `summary.actors`. */
  actorRows: ReadonlyMap<string, number>;
  details: SelectedDetails | null;
  /** Excerpts found by the worker for `excerptQuery`. */
  excerptHits: ExcerptHit[];
  excerptQuery: string;
  /** Quiet notices about settings that were not used (a stale or garbled address). */
  notices: Text[];
  /** Why the atlas shows another dataset than the one chosen last time, if it does. */
  datasetNotice: Text | null;
  dataIssues: DataIssue[];
  /** How many excerpts are being looked for in their sources after the map was drawn, or null. */
  evidenceCheck: number | null;
  setEvidenceCheck: (excerpts: number | null) => void;
  setLoadPhase: (phase: LoadPhase) => void;
  /** Installs a loaded dataset and clears what referred to the previous one. */
  setDataset: (loaded: LoadedDataset) => void;
  /** Reports why the data could not be used; a dataset already shown is kept. */
  setDataIssues: (issues: DataIssue[]) => void;
  setDetails: (bundle: DetailsBundle) => void;
  setExcerptHits: (query: string, hits: ExcerptHit[]) => void;
  setNotices: (notices: Text[]) => void;
  setDatasetNotice: (notice: Text | null) => void;
}

export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set, get) => ({
  dataStatus: 'loading',
  loadPhase: null,
  summary: null,
  drawing: null,
  linkRows: new Map(),
  actorRows: new Map(),
  details: null,
  excerptHits: [],
  excerptQuery: '',
  notices: [],
  datasetNotice: null,
  dataIssues: [],
  evidenceCheck: null,
  setEvidenceCheck: (evidenceCheck) => {
    set({ evidenceCheck });
  },
  setDatasetNotice: (datasetNotice) => {
    set({ datasetNotice });
  },
  setExcerptHits: (excerptQuery, excerptHits) => {
    set({ excerptQuery, excerptHits });
  },
  setNotices: (notices) => {
    set({ notices });
  },
  setLoadPhase: (loadPhase) => {
    set({ loadPhase });
  },
  setDataset: ({ summary, arcs, actorPoints }) => {
    set({
      dataStatus: 'ready',
      loadPhase: null,
      summary,
      drawing: { arcs, actorPoints },
      linkRows: new Map(summary.links.ids.map((id, row) => [id, row])),
      actorRows: new Map(summary.actors.map((actor, row) => [actor.id, row])),
      details: null,
      dataIssues: [],
      evidenceCheck: null,
      selectedId: null,
      hoveredId: null,
      hoveredPair: null,
      // The domains are the new dataset's; the other filters stay.
      filters: { ...get().filters, hiddenDomains: [] },
      focus: null,
    });
  },
  setDataIssues: (dataIssues) => {
    set({ dataStatus: 'error', loadPhase: null, dataIssues, evidenceCheck: null });
  },
  setDetails: (bundle) => {
    set({
      details: {
        id: bundle.partnership.id,
        bundle,
        index: indexDataset({ ...bundle, partnerships: [bundle.partnership] }),
      },
    });
  },
});
