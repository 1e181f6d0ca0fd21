/**
 * The dataset pipeline: fetch, parse, validate, summarise, draw. It runs wherever its caller runs:
 * in a Web Worker for the app (see dataset.worker.ts), or in the calling thread for tests. It keeps
 * the full dataset so that the details of one partnership can be asked for later.
 */
import type {
  DatasetLocation,
  ServedDataset,
  LoadPhase,
  ExportFormat,
  ExportOptions,
  LoadResult,
  DeckReadResult,
  CaptionExcerpt,
  Fetch,
  BasemapData,
  BasemapRequest,
  ExcerptHit,
} from '../core/protocol';
import type { GeoJSON } from 'geojson';
import { basemapFromTopology, isCountriesTopology } from '../core/basemap';
import { alpha3ToNumeric, countryNamesFromLanguageFile } from '../core/iso-codes';
import { indexDataset, partnershipTitle, type DatasetIndex } from '../core/dataset-index';
import {
  detailsBundle,
  linkedActorPoints,
  summarizeDataset,
  type DatasetSummary,
  type DetailsBundle,
} from '../core/summary';
import { pairInstances } from '../core/pair-instances';
import type { DataIssue, Dataset, Excerpt } from '../core/types';
import {
  actorsCsv,
  datasetGeoJson,
  datasetJson,
  datasetSubset,
  linksCsv,
  passagesCsv,
  type ExportLabels,
} from '../core/export-data';
import {
  evidenceToCheck,
  excerptTextIssues,
  parseJson,
  validateDataset,
  type ValidationResult,
} from '../core/validate';
import { openDatasetLibrary, type DatasetLibrary, type StoredDataset } from './dataset-library';
import { matchesNormalized, normalizeText, queryTerms } from '../core/search-text';
import { DEFAULT_DECK_SCENES, defaultDeck, type Deck } from '../core/deck';
import { checkDeckReferences, parseDeck } from '../core/deck-schema';
import { loadMessages, phrase, translate, type Language, type Text } from '../core/messages';

/** Turns GeoJSON into what the map is given: the object itself, or (in a worker) a Blob URL. */
export type PackGeoJson = (name: string, data: GeoJSON) => GeoJSON | string;

async function fetchText(fetcher: Fetch, url: string): Promise<string> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
}

/** The dataset's own title when its English one is the name given, else the name in both. */
function keptTitle(dataset: object, name: string): unknown {
  const title = (dataset as { title?: unknown }).title;
  const english =
    typeof title === 'object' && title !== null ? (title as { en?: unknown }).en : undefined;
  return english === name ? title : { en: name, ar: name };
}

interface PendingEvidence {
  location: ServedDataset;
  files: string[];
  /** How many excerpts quote those files. */
  excerpts: number;
}

export class DatasetPipeline {
  private index: DatasetIndex | null = null;
  private dataset: Dataset | null = null;
  private title: DatasetSummary['title'] | null = null;
  /** The excerpts that partnerships cite, for search; built at the first search. */
  private searchIndex: SearchEntry[] | null = null;
  /** The source files the loaded dataset's excerpts are still to be checked against. */
  private pendingEvidence: PendingEvidence | null = null;
  /** The Arabic country names, fetched once for every scale. */
  private arabicNames: Promise<(iso: string) => string | undefined> | null = null;

  constructor(
    private readonly fetcher: Fetch,
    private readonly pack: PackGeoJson = (_, data) => data,
    private readonly library: () => Promise<DatasetLibrary> = () => openDatasetLibrary(),
  ) {}

  /** Fetches Natural Earth's countries (world-atlas TopoJSON) and converts them to map layers. */
  async basemap(request: BasemapRequest): Promise<BasemapData> {
    const { countries: url, key } = request;
    this.arabicNames ??= this.fetcher(request.arabicNames)
      .then((response) => (response.ok ? response.json() : null))
      .then(countryNamesFromLanguageFile);
    const response = await this.fetcher(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    const value: unknown = await response.json();
    if (!isCountriesTopology(value))
      throw new Error(`${url} is not a world-atlas countries topology`);
    // Labels in Arabic are a nicety: without the name file they fall back to English.
    const arabicName = await this.arabicNames.catch(() => () => undefined);
    const basemap = basemapFromTopology(value, arabicName);
    return {
      countries: this.pack(`countries-${key}`, basemap.countries),
      borders: this.pack(`borders-${key}`, basemap.borders),
      disputed: this.pack(`disputed-${key}`, basemap.disputed),
      coastline: this.pack(`coastline-${key}`, basemap.coastline),
      labels: this.pack(`labels-${key}`, basemap.labels),
      territories: Object.fromEntries(
        basemap.labels.features.flatMap(({ properties: { iso, bounds } }) =>
          iso === null ? [] : [[iso, bounds]],
        ),
      ),
    };
  }

  /** Never throws: every failure becomes an issue naming the file. */
  async load(location: DatasetLocation, onPhase: (phase: LoadPhase) => void): Promise<LoadResult> {
    let result: ValidationResult;
    let pending: PendingEvidence | null = null;
    this.pendingEvidence = null;
    if ('stored' in location) {
      onPhase('fetching');
      let entry: StoredDataset | null;
      try {
        entry = await (await this.library()).get(location.stored);
      } catch (error) {
        return {
          ok: false,
          issues: [fileIssue(location.file, phrase('issue.notLoaded', { detail: String(error) }))],
        };
      }
      if (!entry) {
        return {
          ok: false,
          issues: [fileIssue(location.file, phrase('datasets.missing'))],
        };
      }
      onPhase('validating');
      // Titled with the name the user gave it (and may have changed since), as the library lists it;
      // a name that is still the dataset's English title keeps its title in both languages.
      const titled =
        typeof entry.dataset === 'object' && entry.dataset !== null
          ? { ...entry.dataset, title: keptTitle(entry.dataset, entry.name) }
          : entry.dataset;
      // The texts kept with it (an article added in the workbench): its excerpts are checked.
      result = validateDataset(titled, {
        file: location.file,
        curated: false,
        sourceTexts: new Map(Object.entries(entry.sources)),
      });
    } else {
      onPhase('fetching');
      let text: string;
      try {
        text = await fetchText(this.fetcher, location.url);
      } catch (error) {
        return {
          ok: false,
          issues: [fileIssue(location.file, phrase('issue.notLoaded', { detail: String(error) }))],
        };
      }
      const parsed = parseJson(text, location.file);
      if (!parsed.ok) return parsed;
      onPhase('validating');
      // The excerpts are checked against their sources once the map is drawn (`checkEvidence`):
      // fetching thousands of source files would otherwise hold the map back.
      result = validateDataset(parsed.value, { file: location.file });
      if (result.ok) {
        const { files, excerpts } = evidenceToCheck(result.dataset);
        if (excerpts > 0) pending = { location, files, excerpts };
      }
    }
    if (!result.ok) return result;
    onPhase('indexing');
    this.dataset = result.dataset;
    this.pendingEvidence = pending;
    this.index = indexDataset(result.dataset);
    this.title = result.dataset.title;
    this.searchIndex = null;
    const summary = summarizeDataset(result.dataset, { isoNumeric: alpha3ToNumeric });
    onPhase('drawing');
    return {
      ok: true,
      summary,
      arcs: pairInstances(summary),
      actorPoints: linkedActorPoints(summary),
      pendingExcerpts: pending?.excerpts ?? 0,
    };
  }

  /**
   * The second pass of a load: the loaded dataset's source files fetched and every excerpt looked
   * for in its source, character for character. The issues found (none when every excerpt is
   * found, or when nothing was left to check); each load is checked once.
   */
  async checkEvidence(): Promise<DataIssue[]> {
    const pending = this.pendingEvidence;
    const dataset = this.dataset;
    this.pendingEvidence = null;
    if (!pending || !dataset) return [];
    const { location, files } = pending;
    const sourceTexts = new Map<string, string | undefined>();
    // A few at a time: thousands of parallel requests exhaust the browser's sockets
    // (net::ERR_INSUFFICIENT_RESOURCES) and every source would fail.
    await forEachLimited(files, SOURCE_FETCH_CONCURRENCY, async (file) => {
      const url = location.sourceUrls[file] ?? new URL(file, location.url).href;
      sourceTexts.set(file, await fetchText(this.fetcher, url).catch(() => undefined));
    });
    return excerptTextIssues(dataset, sourceTexts, location.file);
  }

  /**
   * Excerpts whose text or translation matches the query (see `core/search-text.ts`), with the
   * partnerships that cite them, at most `limit`.
   */
  searchExcerpts(query: string, limit: number): ExcerptHit[] {
    const index = this.index;
    const terms = queryTerms(query);
    if (!index || terms.length === 0) return [];
    // Indexed at the first search, so that each keystroke does not normalize the corpus again.
    this.searchIndex ??= buildSearchIndex(index);
    const hits: ExcerptHit[] = [];
    for (const { excerpt, partnerships, normalized } of this.searchIndex) {
      if (!matchesNormalized(normalized, terms)) continue;
      hits.push({
        id: excerpt.id,
        text: excerpt.text,
        translation: excerpt.translation,
        language: index.sources.get(excerpt.source)?.language ?? 'en',
        partnerships,
      });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  details(id: string): DetailsBundle | null {
    return this.index ? detailsBundle(this.index, id) : null;
  }

  /**
   * A deck file's text, checked like the data and then against this dataset's ids. With
   * `lenient` (a deck saved in the browser before the dataset changed) references to what the
   * dataset lacks are kept, so nothing the user made is lost, and reported as warnings (showing a
   * scene skips them); otherwise they make the deck unusable.
   */
  readDeck(text: string, file: string, lenient: boolean): DeckReadResult {
    const result = parseDeck(text, file);
    if (!result.ok) return result;
    const index = this.index;
    if (!index) return { ok: true, deck: result.deck, warnings: [] };
    const issues = checkDeckReferences(
      result.deck,
      {
        partnerships: index.partnerships,
        actors: index.actors,
        domains: index.domains,
        excerpts: index.excerpts,
      },
      file,
    );
    if (issues.length === 0) return { ok: true, deck: result.deck, warnings: [] };
    return lenient ? { ok: true, deck: result.deck, warnings: issues } : { ok: false, issues };
  }

  /**
   * An overview, then a scene per partnership featuring the first passage cited for its status;
   * titles and notes in the given language (they are the user's to edit from then on).
   */
  async defaultDeck(language: Language): Promise<Deck | null> {
    await loadMessages(language);
    const index = this.index;
    if (!index || !this.title) return null;
    const partnerships = [...index.partnerships.values()];
    return defaultDeck(
      translate(language, 'deck.defaultTitle', { title: this.title[language] }),
      {
        title: this.title[language],
        notes: [
          translate(language, 'deck.overviewNotes', {
            partnerships: partnerships.length,
            sources: index.sources.size,
          }),
          ...(partnerships.length > DEFAULT_DECK_SCENES
            ? [translate(language, 'deck.overviewStrongest', { count: DEFAULT_DECK_SCENES })]
            : []),
        ].join(' '),
      },
      partnerships.map((p) => ({
        id: p.id,
        title: partnershipTitle(p, index, language),
        excerpt: p.statusExcerpts[0] ?? null,
        notes: p.summary[language],
        pair: [...p.parties].sort().join('\n'),
        value: p.value ?? null,
      })),
    );
  }

  /**
   * The dataset as a file in one of the export formats: all of it, or only the partnerships
   * whose ids are given (what the filters show) with what they need.
   */
  async exportData(
    format: ExportFormat,
    ids: readonly string[] | null,
    options: ExportOptions = { allActors: false },
  ): Promise<string | null> {
    const dataset = this.dataset;
    if (!dataset) return null;
    const subset = ids === null ? dataset : datasetSubset(dataset, new Set(ids));
    // The label columns are written in both languages, whatever the interface's.
    await loadMessages('ar');
    const labels: ExportLabels = {
      status: (status) => ({
        en: translate('en', `status.${status}`),
        ar: translate('ar', `status.${status}`),
      }),
    };
    switch (format) {
      case 'json':
        return datasetJson(subset);
      case 'links-csv':
        return linksCsv(subset, labels);
      case 'passages-csv':
        return passagesCsv(subset);
      case 'actors-csv':
        return actorsCsv(subset, options.allActors);
      case 'geojson':
        return `${JSON.stringify(datasetGeoJson(subset, labels, options.allActors))}\n`;
    }
  }

  /** The excerpts asked for, with their sources; ids the dataset lacks are left out. */
  captionExcerpts(ids: readonly string[]): CaptionExcerpt[] {
    const index = this.index;
    if (!index) return [];
    return ids.flatMap((id) => {
      const excerpt = index.excerpts.get(id);
      const source = excerpt && index.sources.get(excerpt.source);
      return excerpt && source ? [{ excerpt, source }] : [];
    });
  }
}

interface SearchEntry {
  excerpt: Excerpt;
  /** Ids of the partnerships that cite it. */
  partnerships: string[];
  /** Its text and our translation, through `normalizeText`. */
  normalized: string;
}

/** The cited excerpts, with who cites them and their normalized text: one pass over the data. */
function buildSearchIndex(index: DatasetIndex): SearchEntry[] {
  const citedBy = new Map<string, string[]>();
  for (const p of index.partnerships.values()) {
    for (const e of new Set([...p.statusExcerpts, ...p.domains.flatMap((c) => c.excerpts)])) {
      const list = citedBy.get(e);
      if (list) list.push(p.id);
      else citedBy.set(e, [p.id]);
    }
  }
  return [...index.excerpts.values()].flatMap((excerpt) => {
    const partnerships = citedBy.get(excerpt.id);
    return partnerships
      ? [
          {
            excerpt,
            partnerships,
            normalized: normalizeText(`${excerpt.text} ${excerpt.translation ?? ''}`),
          },
        ]
      : [];
  });
}

/** Source texts fetched at once. */
const SOURCE_FETCH_CONCURRENCY = 24;

/** Runs `task` over `items` with at most `limit` tasks in flight. */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function fileIssue(file: string, message: Text): DataIssue {
  return { file, record: '', field: '', message };
}
