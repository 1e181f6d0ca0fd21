/**
 * Reading a user's file for import, off the main thread (import.worker.ts) or inline (tests): the
 * bytes are decoded, parsed and previewed; once the user has confirmed the columns, the rows are
 * read into links with their problems. Files are kept here by id between those two steps, so a
 * 50 MB file crosses to the worker once. The gazetteer is built the first time a file needs it
 * (it fetches the country names and Natural Earth's 1:50m shapes).
 */
import { countryLabelPoints, isCountriesTopology } from '../core/basemap';
import { parseCsv, type CsvProblem, type CsvTable, type Delimiter } from '../core/import/csv';
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
  type Layout,
  type LinkMapping,
  type LinksImport,
  type LocationMapping,
} from '../core/import/links-table';
import { phrase, type Text } from '../core/messages';
import type { Fetch } from './dataset-pipeline';

/** Where the gazetteer's reference files are. */
export interface ImportAssets {
  englishNames: string;
  arabicNames: string;
  /** A world-atlas countries TopoJSON file: the states' points come from its shapes. */
  countries: string;
}

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
}

export type OpenResult = { ok: true; preview: FilePreview } | { ok: false; message: Text };

const SAMPLE_ROWS = 8;

interface OpenFile {
  name: string;
  kind: FilePreview['kind'];
  table?: CsvTable;
  problems?: CsvProblem[];
  json?: unknown;
}

/** CSV unless the name or the first character says JSON. */
function kindOf(name: string, text: string): 'csv' | 'json' {
  if (/\.(geo)?json$/i.test(name)) return 'json';
  if (/\.(csv|tsv|txt)$/i.test(name)) return 'csv';
  return /^\s*[{[]/.test(text) ? 'json' : 'csv';
}

export class ImportPipeline {
  private readonly files = new Map<number, OpenFile>();
  private nextId = 1;
  private gazetteer: Promise<Gazetteer> | null = null;

  constructor(
    private readonly fetcher: Fetch,
    private readonly assets: ImportAssets,
  ) {}

  /** Decodes and parses a file; a CSV file is previewed with its columns guessed. */
  open(
    name: string,
    bytes: Uint8Array,
    encoding: Encoding | undefined,
    onProgress: OnImportProgress,
  ): OpenResult {
    onProgress('decoding', 0);
    const decoded = decodeBytes(bytes, encoding);
    onProgress('decoding', 1);
    const id = this.nextId++;
    const base = {
      id,
      name,
      encoding: decoded.encoding,
      how: decoded.how,
    };
    if (kindOf(name, decoded.text) === 'json') {
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
      return {
        ok: true,
        preview: {
          ...base,
          kind,
          delimiter: null,
          header: [],
          sample: [],
          rows: 0,
          linkMapping: {},
          layout: null,
          locationMapping: {},
        },
      };
    }
    const { table, problems } = parseCsv(decoded.text, {
      onProgress: (fraction) => {
        onProgress('parsing', fraction);
      },
    });
    if (table.header.length === 0) return { ok: false, message: phrase('import.empty') };
    this.files.set(id, { name, kind: 'csv', table, problems });
    const { mapping, layout } = guessLinkMapping(table.header);
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
      },
    };
  }

  /**
   * Reads an open file's rows into links: a CSV file with the columns as the user confirmed them
   * (and a locations file, when given), a GeoJSON file as it is.
   */
  async read(
    id: number,
    mapping: LinkMapping,
    locations: { id: number; mapping: LocationMapping } | null,
    onProgress: OnImportProgress,
  ): Promise<LinksImport | null> {
    const file = this.files.get(id);
    if (!file) return null;
    onProgress('checking', 0);
    if (file.kind === 'geojson') {
      const result = readGeoJson(file.json);
      onProgress('checking', 1);
      return result;
    }
    if (!file.table) return null;
    const placesFile = locations ? this.files.get(locations.id) : undefined;
    const places =
      placesFile?.table && locations ? readLocations(placesFile.table, locations.mapping) : null;
    const gazetteer = await this.loadGazetteer().catch(() => null);
    const result = readLinks(file.table, mapping, {
      gazetteer,
      locations: places?.places,
      csvProblems: file.problems,
    });
    onProgress('checking', 1);
    return places ? { ...result, issues: [...places.issues, ...result.issues] } : result;
  }

  /** Forgets a file. */
  close(id: number): void {
    this.files.delete(id);
  }

  private loadGazetteer(): Promise<Gazetteer> {
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
