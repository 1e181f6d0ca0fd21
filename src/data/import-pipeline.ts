/**
 * Reading a user's file for import, off the main thread (import.worker.ts) or inline (tests): the
 * bytes are decoded, parsed and previewed; once the user has confirmed the columns, the rows are
 * read into links with their problems. Files are kept here by id between those two steps, so a
 * 50 MB file crosses to the worker once. The gazetteer is built the first time a file needs it
 * (it fetches the country names and Natural Earth's 1:50m shapes).
 */
import { jsonTooDeep, LIMITS, megabytes } from '../core/limits';
import type {
  ImportAssets,
  OnImportProgress,
  FilePreview,
  OpenResult,
  ImportOutcome,
} from '../core/protocol';
import { countryLabelPoints, isCountriesTopology } from '../core/basemap';
import { parseCsv, type CsvProblem, type CsvTable } from '../core/import/csv';
import { decodeBytes, type Encoding } from '../core/import/decode';
import {
  createGazetteer,
  pointsFromLabels,
  type CountryNames,
  type Gazetteer,
} from '../core/import/gazetteer';
import { readGeoJson } from '../core/import/geojson';
import {
  guessLinkMapping,
  guessLocationMapping,
  readLinks,
  readLocations,
  type LinkMapping,
  issuesCsv,
  type LinksImport,
  type LocationMapping,
  type RowIssue,
} from '../core/import/links-table';
import { datasetFromLinks } from '../core/import/to-dataset';
import {
  guessCodeSystem,
  indexCow,
  readCode,
  isCowList,
  type CodeSystem,
  type CowIndex,
} from '../core/import/code-systems';
import { loadMessages, phrase, translator, type Language } from '../core/messages';
import { openDatasetLibrary, type DatasetLibrary } from './dataset-library';
import { type StoredDatasetInfo } from '../core/protocol';
import type { Dataset } from '../core/types';
import { validateDataset } from '../core/validate';
import { isZip, readRepositoryZip } from './repository-zip';
import type { DataIssue } from '../core/types';
import type { Fetch } from '../core/protocol';

/** Problems sent to the page with an outcome; the downloadable report has them all. */
export const SHOWN_ISSUES = 100;

interface ReadResult {
  issues: RowIssue[];
  unit: ImportOutcome['unit'];
  dataset: Dataset | null;
  /** The texts of its sources, kept with it (a repository zip's). */
  sources?: Record<string, string>;
}

const SAMPLE_ROWS = 8;
/** Rows whose values decide what a column of codes holds. */
const CODE_GUESS_ROWS = 2000;

interface OpenFile {
  name: string;
  kind: FilePreview['kind'];
  table?: CsvTable;
  problems?: CsvProblem[];
  json?: unknown;
  /** A repository zip's source texts: its excerpts are checked against them. */
  sources?: Record<string, string>;
}

/** The preview of a file read whole (a dataset of ours, GeoJSON): no columns to assign. */
function wholeFilePreview(
  base: Pick<FilePreview, 'id' | 'name' | 'encoding' | 'how'>,
  kind: 'dataset' | 'geojson',
): FilePreview {
  return {
    ...base,
    kind,
    delimiter: null,
    header: [],
    sample: [],
    rows: 0,
    linkMapping: {},
    layout: null,
    locationMapping: {},
  };
}

/** CSV unless the name or the first character says JSON. */
function kindOf(name: string, text: string): 'csv' | 'json' {
  if (/\.(geo)?json$/i.test(name)) return 'json';
  if (/\.(csv|tsv|txt)$/i.test(name)) return 'csv';
  return /^\s*[{[]/.test(text) ? 'json' : 'csv';
}

export class ImportPipeline {
  private readonly files = new Map<number, OpenFile>();
  /** The last read of each open file. */
  private readonly results = new Map<number, ReadResult>();
  private nextId = 1;
  private gazetteer: Promise<Gazetteer> | null = null;
  private cow: Promise<CowIndex> | null = null;

  constructor(
    private readonly fetcher: Fetch,
    private readonly assets: ImportAssets,
    private readonly library: () => Promise<DatasetLibrary> = () => openDatasetLibrary(),
  ) {}

  /** Decodes and parses a file; a CSV file is previewed with its columns guessed. */
  async open(
    name: string,
    bytes: Uint8Array,
    encoding: Encoding | undefined,
    onProgress: OnImportProgress,
  ): Promise<OpenResult> {
    onProgress('decoding', 0);
    if (bytes.length > LIMITS.importBytes) {
      return {
        ok: false,
        message: phrase('limit.importBytes', {
          size: megabytes(bytes.length),
          limit: megabytes(LIMITS.importBytes),
        }),
      };
    }
    if (isZip(bytes)) return this.openZip(name, bytes, onProgress);
    let decoded: ReturnType<typeof decodeBytes>;
    try {
      decoded = decodeBytes(bytes, encoding, (fraction) => {
        onProgress('decoding', fraction);
      });
    } catch (error) {
      // Not "another encoding": the text is longer than the browser can hold in one string.
      if (error instanceof RangeError) return { ok: false, message: phrase('limit.textTooLong') };
      throw error;
    }
    onProgress('decoding', 1);
    const id = this.nextId++;
    const base = {
      id,
      name,
      encoding: decoded.encoding,
      how: decoded.how,
    };
    if (kindOf(name, decoded.text) === 'json') {
      const deep = jsonTooDeep(decoded.text);
      if (deep) {
        return {
          ok: false,
          message: phrase('issue.jsonDepth', { ...deep, limit: LIMITS.jsonDepth }),
        };
      }
      let json: unknown;
      try {
        json = JSON.parse(decoded.text);
      } catch (error) {
        return {
          ok: false,
          message: phrase('issue.json', {
            detail: error instanceof Error ? error.message : String(error),
          }),
        };
      }
      const isDataset =
        typeof json === 'object' && json !== null && 'partnerships' in json && 'version' in json;
      const kind = isDataset ? 'dataset' : 'geojson';
      this.files.set(id, { name, kind, json });
      return { ok: true, preview: wholeFilePreview(base, kind) };
    }
    const { table, problems } = parseCsv(decoded.text, {
      onProgress: (fraction) => {
        onProgress('parsing', fraction);
      },
    });
    if (table.header.length === 0) return { ok: false, message: phrase('import.empty') };
    if (table.header.length > LIMITS.columns) {
      return {
        ok: false,
        message: phrase('limit.columns', { found: table.header.length, limit: LIMITS.columns }),
      };
    }
    this.files.set(id, { name, kind: 'csv', table, problems });
    const { mapping, layout } = guessLinkMapping(table.header);
    // What each column holds, if codes: from the values of its first rows.
    const cow = await this.loadCow().catch(() => null);
    const guessRows = table.rows.slice(0, CODE_GUESS_ROWS);
    const codeGuesses = table.header.map((_, column) =>
      guessCodeSystem(
        guessRows.map((row) => row.cells[column] ?? ''),
        cow,
      ),
    );
    return {
      ok: true,
      preview: {
        ...base,
        kind: 'csv',
        delimiter: table.delimiter,
        header: table.header,
        sample: table.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
        rows: table.rows.length,
        linkMapping: mapping,
        layout,
        locationMapping: guessLocationMapping(table.header),
        codeGuesses,
      },
    };
  }

  /**
   * Reads an open file into a dataset: a CSV file's rows with the columns as the user confirmed
   * them (and a locations file, when given), a GeoJSON file's features, or a dataset file of ours
   * (whole, or not at all). Rows with problems are left out and reported.
   */
  async read(
    id: number,
    mapping: LinkMapping,
    locations: { id: number; mapping: LocationMapping } | null,
    onProgress: OnImportProgress,
    codes: Partial<Record<'origin' | 'dest', CodeSystem>> = {},
    valueUnit = '',
  ): Promise<ImportOutcome | null> {
    const file = this.files.get(id);
    if (!file) return null;
    onProgress('checking', 0);
    // The provenance of each row is written in both languages.
    await loadMessages('ar');
    if (file.kind === 'dataset') {
      // A repository zip brings its sources' texts; a dataset file alone does not.
      const result = file.sources
        ? validateDataset(file.json, {
            file: file.name,
            curated: false,
            sourceTexts: new Map(Object.entries(file.sources)),
          })
        : validateDataset(withoutSourceTexts(file.json), { file: file.name, curated: false });
      onProgress('checking', 1);
      const records = Array.isArray((file.json as { partnerships?: unknown }).partnerships)
        ? (file.json as { partnerships: unknown[] }).partnerships.length
        : 0;
      return this.keep(
        id,
        result.ok
          ? { rows: records, kept: records, rejected: 0, duplicates: 0 }
          : { rows: records, kept: 0, rejected: records, duplicates: 0 },
        {
          issues: result.ok ? [] : result.issues.map(recordIssue),
          unit: 'record',
          dataset: result.ok ? result.dataset : null,
          ...(file.sources ? { sources: file.sources } : {}),
        },
      );
    }
    let read: LinksImport;
    let domainsColumn = 'domains';
    if (file.kind === 'geojson') {
      read = readGeoJson(file.json);
    } else {
      if (!file.table) return null;
      const placesFile = locations ? this.files.get(locations.id) : undefined;
      const places =
        placesFile?.table && locations ? readLocations(placesFile.table, locations.mapping) : null;
      const gazetteer = await this.loadGazetteer().catch(() => null);
      const cow = await this.loadCow().catch(() => null);
      const result = readLinks(file.table, mapping, {
        gazetteer,
        locations: places?.places,
        csvProblems: file.problems,
        codes,
        readCode: (system, value) => readCode(system, value, cow),
        onProgress: (fraction) => {
          onProgress('checking', 0.4 * fraction);
        },
      });
      read = places ? { ...result, issues: [...places.issues, ...result.issues] } : result;
      domainsColumn =
        mapping.domains === undefined ? '' : (file.table.header[mapping.domains] ?? '');
    }
    const unit = file.kind === 'geojson' ? 'feature' : 'line';
    const made = datasetFromLinks(read.links, {
      file: file.name,
      unit,
      domainsColumn,
      valueColumn: read.valueColumn,
      valueUnit,
      onProgress: (fraction) => {
        onProgress('checking', 0.4 + 0.2 * fraction);
      },
    });
    const checked = validateDataset(made.dataset, {
      file: file.name,
      curated: false,
      onProgress: (fraction) => {
        onProgress('checking', 0.6 + 0.4 * fraction);
      },
    });
    onProgress('checking', 1);
    const rejected = read.counts.rejected + (read.counts.kept - made.kept);
    const issues = [...read.issues, ...made.issues].sort((a, b) => a.line - b.line);
    if (!checked.ok) {
      // A row the readers let through that the dataset's rules refuse: a defect of ours, reported
      // rather than hidden.
      issues.push(...checked.issues.map(recordIssue));
    }
    return this.keep(
      id,
      { ...read.counts, kept: checked.ok ? made.kept : 0, rejected },
      { issues, unit, dataset: checked.ok && made.kept > 0 ? checked.dataset : null },
    );
  }

  private keep(id: number, counts: ImportOutcome['counts'], result: ReadResult): ImportOutcome {
    this.results.set(id, result);
    return {
      counts,
      issues: result.issues.slice(0, SHOWN_ISSUES),
      issueCount: result.issues.length,
      unit: result.unit,
      partnerships: result.dataset?.partnerships.length ?? 0,
    };
  }

  /** The last read's full report as CSV, in the given language; null if the file was not read. */
  async report(id: number, language: Language): Promise<string | null> {
    const result = this.results.get(id);
    if (!result) return null;
    await loadMessages(language);
    return issuesCsv(
      result.issues,
      result.unit === 'feature' ? 'feature' : 'line',
      translator(language),
    );
  }

  /**
   * Keeps the last read's dataset in the browser's library under a name, so that the atlas can
   * show it; rejects when there is nothing to keep or the browser refuses.
   */
  async save(id: number, name: string, origin: string): Promise<StoredDatasetInfo> {
    const result = this.results.get(id);
    const dataset = result?.dataset;
    if (!dataset) throw new Error('nothing to import');
    const library = await this.library();
    return library.add({
      name,
      origin,
      dataset: { ...dataset, title: { en: name, ar: name } },
      sources: result.sources ?? {},
      partnerships: dataset.partnerships.length,
    });
  }

  /** A repository zip: its atlas.json and source texts, previewed as a dataset of ours. */
  private openZip(name: string, bytes: Uint8Array, onProgress: OnImportProgress): OpenResult {
    const read = readRepositoryZip(bytes);
    onProgress('decoding', 1);
    if (!read.ok)
      return { ok: false, message: phrase('import.notRepositoryZip', { why: read.why }) };
    const id = this.nextId++;
    this.files.set(id, { name, kind: 'dataset', json: read.json, sources: read.sources });
    return {
      ok: true,
      preview: wholeFilePreview({ id, name, encoding: 'utf-8', how: 'valid' }, 'dataset'),
    };
  }

  /** Forgets a file. */
  close(id: number): void {
    this.files.delete(id);
    this.results.delete(id);
  }

  /** The gazetteer, loaded once (a failed load is tried again next time). */
  /** The Correlates of War state list, for columns of COW codes (fetched once). */
  loadCow(): Promise<CowIndex> {
    this.cow ??= (async () => {
      const response = await this.fetcher(this.assets.cowStates);
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${this.assets.cowStates}`);
      const list: unknown = await response.json();
      if (!isCowList(list)) throw new Error('not the COW state list');
      return indexCow(list);
    })();
    this.cow.catch(() => {
      this.cow = null;
    });
    return this.cow;
  }

  loadGazetteer(): Promise<Gazetteer> {
    this.gazetteer ??= (async () => {
      const json = async (url: string): Promise<unknown> => {
        const response = await this.fetcher(url);
        if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
        return response.json();
      };
      const [english, arabic, countries] = await Promise.all([
        json(this.assets.englishNames),
        json(this.assets.arabicNames),
        json(this.assets.countries),
      ]);
      if (!isCountriesTopology(countries)) throw new Error('not a countries topology');
      const names = (file: unknown): CountryNames =>
        typeof file === 'object' && file !== null && 'countries' in file
          ? (file as { countries: CountryNames }).countries
          : {};
      return createGazetteer({
        english: names(english),
        arabic: names(arabic),
        pointOf: pointsFromLabels(countryLabelPoints(countries)),
      });
    })();
    // A failed load is tried again next time.
    this.gazetteer.catch(() => {
      this.gazetteer = null;
    });
    return this.gazetteer;
  }
}

/**
 * A dataset file of ours comes without its sources' texts, so its passages cannot be checked here:
 * its sources lose their `file`, and the interface shows their passages as given, not checked.
 */
function withoutSourceTexts(json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return json;
  const sources = (json as { sources?: unknown }).sources;
  if (!Array.isArray(sources)) return json;
  return {
    ...json,
    sources: sources.map((source: unknown) =>
      typeof source === 'object' && source !== null && 'file' in source
        ? { ...source, file: null }
        : source,
    ),
  };
}

/** A problem of a whole dataset file, located by its record and field. */
function recordIssue(issue: DataIssue): RowIssue {
  return {
    line: 0,
    column: [issue.record, issue.field].filter((part) => part !== '').join(' › '),
    value: '',
    message: issue.message,
  };
}
