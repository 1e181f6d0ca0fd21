/**
 * What crosses a worker's boundary: the requests the page makes of the dataset and import workers
 * (`DataClient`, `ImportClient`) and the values they answer with. Types only (and the import's
 * cancellation error), so that the map, the store and the interface depend on this file and never
 * on a worker's own modules.
 */
import type { FeatureCollection, GeoJSON, Point } from 'geojson';
import type { Basemap } from './basemap';
import type { Deck } from './deck';
import type { CodeGuess, CodeSystem } from './import/code-systems';
import type { Delimiter } from './import/csv';
import type { Encoding } from './import/decode';
import type {
  Layout,
  LinkMapping,
  LinksImport,
  LocationMapping,
  RowIssue,
} from './import/links-table';
import type { PairInstances } from './pair-instances';
import type { Language, Text } from './messages';
import type { ArticleFacts, ArticleProblem, ReadArticle } from './ingest/article';
import type { SourceFacts } from './ingest/edit';
import type { ArticleProposal } from './ingest/propose';
import type { PairReview } from './ingest/review';
import type { ReviewedArticle, ReviewedPartnership } from './ingest/to-dataset';
import type { ActorPointProperties, DatasetSummary, DetailsBundle } from './summary';
import type { DataIssue, Excerpt, Source } from './types';

/** Where a dataset comes from: a file the atlas serves (curated), or one kept in the browser. */
export type DatasetLocation = ServedDataset | StoredDatasetLocation;

/**
 * A dataset imported earlier and kept in the browser's library: read there by the pipeline itself
 * (a large one never crosses the page), checked as imported data.
 */
export interface StoredDatasetLocation {
  /** The name shown in messages: the name the user gave it. */
  file: string;
  /** Its id in the library. */
  stored: string;
}

/** A dataset file the atlas serves, with its sources' texts: checked as curated data. */
export interface ServedDataset {
  /** The name shown in messages, e.g. "data/atlas.json". */
  file: string;
  /** Absolute URL of the dataset's JSON. */
  url: string;
  /**
   * Absolute URL of each source text, keyed by the dataset's `file` field ("sources/x.txt"). Sources
   * not listed are looked for next to the dataset, as `new URL(file, url)`.
   */
  sourceUrls: Readonly<Record<string, string>>;
}

export type LoadPhase = 'fetching' | 'validating' | 'indexing' | 'drawing';

/** The files the dataset can be exported as. */
export type ExportFormat = 'json' | 'links-csv' | 'passages-csv' | 'actors-csv' | 'geojson';

/** What an export writes beyond the format: whether the actors' files list more than the parties. */
export interface ExportOptions {
  /** The members and framework partners of party organizations too, not only the parties. */
  allActors: boolean;
}

export interface LoadedDataset {
  ok: true;
  summary: DatasetSummary;
  /** One ribbon per pair of parties, as the GPU draws them. */
  arcs: PairInstances;
  actorPoints: FeatureCollection<Point, ActorPointProperties>;
  /**
   * Excerpts still to be found in their sources (`DataClient.checkEvidence`, after the map is
   * drawn); 0 when they were checked with the load or there is nothing to check.
   */
  pendingExcerpts: number;
}

export type LoadResult = LoadedDataset | { ok: false; issues: DataIssue[] };

/** A deck read from a file or the browser: usable (with warnings) or not. */
export type DeckReadResult =
  { ok: true; deck: Deck; warnings: DataIssue[] } | { ok: false; issues: DataIssue[] };

/** An excerpt featured in a scene's caption, with its source. */
export interface CaptionExcerpt {
  excerpt: Excerpt;
  source: Source;
}

export type Fetch = (url: string) => Promise<Response>;

/**
 * Basemap layers for the map (GeoJSON, or URLs the map fetches it from), and each country's
 * largest polygon's bounds by ISO numeric code (west, south, east, north), which a fit to a
 * partnership keeps in view.
 */
export type BasemapData = Record<keyof Basemap, GeoJSON | string> & {
  territories: Record<string, [number, number, number, number]>;
};

/** Where a basemap's files are. */
export interface BasemapRequest {
  /** A world-atlas countries TopoJSON file (one Natural Earth scale). */
  countries: string;
  /** An `i18n-iso-countries` language file with the Arabic names of the countries. */
  arabicNames: string;
  /** Names the layers' packed files apart, so that scales can be held side by side. */
  key: string;
}

/** An excerpt found by a search. */
export interface ExcerptHit {
  id: string;
  text: string;
  translation: string | null;
  /** The language of its source (and so of the passage). */
  language: 'ar' | 'en';
  /** Ids of the partnerships that cite it. */
  partnerships: string[];
}

/** Where the gazetteer's reference files are, and the article workbench's name lists and lexicon. */
export interface ImportAssets {
  englishNames: string;
  arabicNames: string;
  /** A world-atlas countries TopoJSON file: the states' points come from its shapes. */
  countries: string;
  /** `data/ingest/actors.json` and `data/ingest/lexicon.json`. */
  ingestNames: string;
  ingestLexicon: string;
  /** `data/import/cow-states.json`: the Correlates of War state list. */
  cowStates: string;
}

/** An article read and its proposals, or why it cannot be read. */
export type ArticleReading =
  | { ok: true; name: string; article: ReadArticle; proposal: ArticleProposal }
  | { ok: false; problem: ArticleProblem };

/** A partnership's citations of one of its sources, opened for editing, or why they cannot be. */
export type EditReading =
  | {
      ok: true;
      /** The source's text, exactly as kept. */
      text: string;
      facts: SourceFacts;
      proposal: ArticleProposal;
      review: PairReview;
    }
  | { ok: false; issues: DataIssue[] };

/** The dataset an article is added to: the one shown (served: a working copy is made; stored: it changes). */
export type ArticleTarget = DatasetLocation & { title: string };

/** A state or organization the workbench's name lists know. */
export interface KnownActor {
  id: string;
  kind: 'state' | 'organization';
  name: { en: string; ar: string };
}

/** The article workbench's way to the import worker, bound to the dataset shown. */
export interface Workbench {
  /** Every actor the name lists know: for a party the proposals missed. */
  actors(): Promise<KnownActor[]>;
  read(
    name: string,
    bytes: Uint8Array | null,
    pasted: string | null,
    stated?: ArticleFacts | null,
  ): Promise<ArticleReading>;
  /** Adds the article to the dataset shown (a working copy of it, when it is the one shipped). */
  add(
    article: ReviewedArticle,
    partnerships: readonly ReviewedPartnership[],
  ): Promise<ArticleAdded>;
  /** Opens a partnership's citations of one of its sources as a review. */
  openEdit(partnership: string, source: string): Promise<EditReading>;
  /** Writes an edited review back (into a working copy, when the dataset is the one shipped). */
  saveEdit(
    partnership: string,
    source: string,
    facts: SourceFacts,
    reviewed: ReviewedPartnership,
  ): Promise<ArticleAdded>;
  /** Shows a stored dataset: the atlas starts afresh on it, with a partnership selected if given. */
  open(id: string, selected?: string): void;
}

/**
 * An atlas file opened: its dataset kept in the browser, with the deck (the deck file's text, or
 * null) and the view (the address's query) to show it with; or why not, nothing changed.
 */
export type AtlasFileOpened =
  | { ok: true; info: StoredDatasetInfo; deck: string | null; view: string }
  | { ok: false; message: Text; issues: DataIssue[] };

/** The article added, or the located problems that kept it out (the datasets unchanged). */
export type ArticleAdded =
  | { ok: true; info: StoredDatasetInfo; partnerships: string[] }
  | { ok: false; issues: DataIssue[] };

export type ImportPhase = 'decoding' | 'parsing' | 'checking';

export type OnImportProgress = (phase: ImportPhase, fraction: number) => void;

/** What the user sees of a file before confirming its columns. */
export interface FilePreview {
  id: number;
  name: string;
  kind: 'csv' | 'geojson' | 'dataset';
  encoding: Encoding;
  /** How the encoding was chosen (so that the interface can say "guessed" and offer others). */
  how: 'bom' | 'valid' | 'guessed' | 'chosen';
  delimiter: Delimiter | null;
  header: string[];
  /** The first rows, for the live preview of the column mapping. */
  sample: string[][];
  rows: number;
  linkMapping: LinkMapping;
  layout: Layout | null;
  locationMapping: LocationMapping;
  /** Per column, what it holds if its values are codes (ISO or COW), or null when empty. */
  codeGuesses?: (CodeGuess | null)[];
}

export type OpenResult = { ok: true; preview: FilePreview } | { ok: false; message: Text };

/**
 * What a read gives the page: the counts and the first problems. The dataset and the full report
 * stay here (a 50 MB file's would take the page seconds to receive), to be kept (`save`) or written
 * as a CSV report (`report`).
 */
export interface ImportOutcome {
  /** Rows read, kept, and left out (with a problem, or duplicates of a row above). */
  counts: LinksImport['counts'];
  /** The first problems, for the dialog. */
  issues: RowIssue[];
  /** How many problems the full report has. */
  issueCount: number;
  /** What the report's first column counts: CSV lines, GeoJSON features, or a dataset's records. */
  unit: 'line' | 'feature' | 'record';
  /** Partnerships that can be imported (0: nothing can). */
  partnerships: number;
}

/** What the library lists about a dataset. */
export interface StoredDatasetInfo {
  id: string;
  name: string;
  /** The file (or files) it was imported from. */
  origin: string;
  /** ISO 8601 timestamps. */
  created: string;
  updated: string;
  partnerships: number;
}

export interface ImportClient {
  open(
    name: string,
    bytes: Uint8Array,
    encoding: Encoding | undefined,
    onProgress: OnImportProgress,
  ): Promise<OpenResult>;
  read(
    id: number,
    mapping: LinkMapping,
    locations: { id: number; mapping: LocationMapping } | null,
    onProgress: OnImportProgress,
    /** What the party columns hold, as the user confirmed it (names when not said). */
    codes?: Partial<Record<'origin' | 'dest', CodeSystem>>,
    /** The value column's unit as the user wrote it ("USD", "troops"); guessed when not given. */
    valueUnit?: string,
  ): Promise<ImportOutcome | null>;
  /** The last read's full report as CSV, in the given language. */
  report(id: number, language: Language): Promise<string | null>;
  /** Keeps the last read's dataset in the browser under a name (in the worker: no page stall). */
  save(id: number, name: string, origin: string): Promise<StoredDatasetInfo>;
  close(id: number): void;
  /**
   * Reads an article (a file's bytes, or text: pasted, or taken from an HTML page on the page, with
   * the facts the page states) and proposes its partnerships.
   */
  readArticle(
    name: string,
    bytes: Uint8Array | null,
    pasted: string | null,
    stated?: ArticleFacts | null,
  ): Promise<ArticleReading>;
  /** Every actor the workbench's name lists know. */
  articleActors(): Promise<KnownActor[]>;
  /** A dataset in the repository's layout (atlas.json and sources/*.txt) as a zip; null if it cannot be read. */
  exportRepository(target: ArticleTarget): Promise<Uint8Array | null>;
  /** The dataset shown, its deck (the deck file's text) and view (the address's query) as an atlas file. */
  exportAtlasFile(
    target: ArticleTarget,
    deck: string | null,
    view: string,
  ): Promise<Uint8Array | null>;
  /** Opens an atlas file: its dataset checked and kept in the browser; its deck and view to show. */
  openAtlasFile(name: string, bytes: Uint8Array): Promise<AtlasFileOpened>;
  /** Adds a reviewed article to a dataset kept in the browser (a working copy of a served one). */
  addArticle(
    target: ArticleTarget,
    article: ReviewedArticle,
    partnerships: readonly ReviewedPartnership[],
  ): Promise<ArticleAdded>;
  /** A partnership's citations of one of its sources, as a review. */
  openEdit(target: ArticleTarget, partnership: string, source: string): Promise<EditReading>;
  /** An edited review written back to a dataset kept in the browser (a working copy of a served one). */
  saveEdit(
    target: ArticleTarget,
    partnership: string,
    source: string,
    facts: SourceFacts,
    reviewed: ReviewedPartnership,
  ): Promise<ArticleAdded>;
  /** Stops what is running; its promise rejects with `ImportCancelled`, and open files are dropped. */
  cancel(): void;
}

/** The app's two workers, as their failures name them. */
export type WorkerName = 'data' | 'import';

/**
 * A worker's request did not finish: the request threw there (`failed`), or the worker itself died
 * (`stopped`). `detail` is the engine's own words; the interface puts the rest into the reader's
 * language (`describeError` in the UI).
 */
export class WorkerFailure extends Error {
  constructor(
    readonly worker: WorkerName,
    readonly reason: 'failed' | 'stopped',
    readonly detail: string,
  ) {
    super(reason === 'stopped' ? `The ${worker} worker stopped: ${detail}` : detail);
    this.name = 'WorkerFailure';
  }
}

/** Why a request failed, as a message the interface puts into the reader's language. */
export function failureText(error: unknown): Text | string {
  if (error instanceof WorkerFailure) {
    return { key: `worker.${error.reason}.${error.worker}`, params: { detail: error.detail } };
  }
  return error instanceof Error ? error.message : String(error);
}

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

export interface DataClient {
  load(location: DatasetLocation, onPhase: (phase: LoadPhase) => void): Promise<LoadResult>;
  details(id: string): Promise<DetailsBundle | null>;
  /** The loaded dataset's excerpts looked for in their sources: the issues, none if all found. */
  checkEvidence(): Promise<DataIssue[]>;
  /** Excerpts matching a search, with the partnerships citing them. */
  searchExcerpts(query: string, limit: number): Promise<ExcerptHit[]>;
  /** The basemap's layers from a world-atlas countries file; rejects on failure. */
  basemap(request: BasemapRequest): Promise<BasemapData>;
  /** A deck file's text, checked (see `DatasetPipeline.readDeck`). */
  readDeck(text: string, file: string, lenient: boolean): Promise<DeckReadResult>;
  /** The deck built from the loaded dataset, its titles and notes in the given language. */
  defaultDeck(language: Language): Promise<Deck | null>;
  /** The dataset (or the partnerships with the given ids) as an export file's text. */
  exportData(
    format: ExportFormat,
    ids: readonly string[] | null,
    options: ExportOptions,
  ): Promise<string | null>;
  /** Excerpts with their sources, for captions. */
  captionExcerpts(ids: readonly string[]): Promise<CaptionExcerpt[]>;
  dispose(): void;
}

/** A featured passage as captions, the presenter view and the handout show it. */
export interface Passage {
  text: string;
  /** Null where an imported file gives none. */
  translation: string | null;
  /** False for a passage quoted as an imported file gives it, not checked against its article. */
  checked: boolean;
  /** The source's language: the passage keeps its direction whatever the interface's. */
  language: 'ar' | 'en';
}

/** The dataset shown now: the seed (`id` null) or a stored one. */
export interface CurrentDataset {
  id: string | null;
  name: string;
}

export interface Datasets {
  readonly current: CurrentDataset;
  /** The stored datasets, most recently changed first; rejects where the browser keeps none. */
  list(): Promise<StoredDatasetInfo[]>;
  /** Shows a stored dataset, or the seed (null), with a partnership selected if given. */
  open(id: string | null, selected?: string): void;
  /** Shows a stored dataset opened from an atlas file: its deck kept for it, on its view (a query). */
  openAtlas(id: string, deck: string | null, view: string): void;
  rename(id: string, name: string): Promise<StoredDatasetInfo>;
  /** Deletes a stored dataset; deleting the one shown goes back to the seed. */
  remove(id: string): Promise<void>;
  /** Whether the browser keeps the stored datasets until they are deleted, or may clear them. */
  persistence(): Promise<Persistence>;
  /** Asks the browser to keep them (`navigator.storage.persist()`); its answer. */
  persist(): Promise<Persistence>;
}

/** `persistent`: kept until deleted; `best-effort`: may be cleared when space runs low. */
export type Persistence = 'persistent' | 'best-effort' | 'unknown';

// The presenter window's channel (a BroadcastChannel between the atlas window and the presenter view).

export const PRESENTER_CHANNEL = 'partnership-atlas:presenter';

export type Step = 1 | -1 | 'first' | 'last';

/** Keys that move through a deck; presentation clickers send the page and arrow keys. */
export const STEP_KEYS: Readonly<Record<string, Step>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ' ': 1,
  PageDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
  Home: 'first',
  End: 'last',
};

/** A scene as the presenter view shows it. */
export interface SceneCard {
  position: number;
  title: string;
  notes: string;
  excerpt: Passage | null;
}

export type PresenterMessage =
  | {
      type: 'state';
      /** The atlas window's interface language, which the presenter window follows. */
      language: Language;
      presenting: boolean;
      deckTitle: string;
      count: number;
      current: SceneCard | null;
      next: SceneCard | null;
    }
  | { type: 'hello' }
  | { type: 'step'; step: Step };

/** The part of a BroadcastChannel used here, so that tests can pass their own. */
export interface Channel {
  postMessage: (message: PresenterMessage) => void;
  addEventListener: (type: 'message', listener: (event: { data: unknown }) => void) => void;
  removeEventListener: (type: 'message', listener: (event: { data: unknown }) => void) => void;
}
