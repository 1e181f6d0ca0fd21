/**
 * Partnerships from spreadsheet rows. Two layouts are recognised from their headers:
 *
 * - a links table, as Flourish's arc maps and flowmap.blue use (`origin,dest,…`), whose actors
 *   are found in a locations table (`id,name,lat,lon`) or else in the built-in gazetteer;
 * - an origin–destination table with coordinates on every row, as kepler.gl uses
 *   (`source_lat,source_lng,target_lat,target_lng`, names optional).
 *
 * Both may carry domains (separated by `;` or `|`), status, date, source and excerpt. Each row is
 * checked on its own: a row with a problem is reported (line, column, value, why) and left out;
 * the others are kept. Nothing is guessed: an actor that cannot be placed is reported, not put
 * somewhere plausible, and coordinates that look swapped are reported, not swapped.
 */
import { isPartialDate, spanReversed } from '../dates';
import { EVENT_KINDS } from '../statuses';
import { phrase, type Text, type Translator } from '../messages';
import { normalizeText } from '../search-text';
import { writeCsv, type CsvProblem, type CsvTable } from './csv';
import { readQuantity } from './number';
import type { CodeSystem } from './code-systems';
import { LATER_COLUMNS, LINK_COLUMNS } from '../link-columns';
import type { Gazetteer, GazetteerEntry } from './gazetteer';

export const LINK_FIELDS = [
  'origin',
  'dest',
  'originLat',
  'originLon',
  'destLat',
  'destLon',
  'domains',
  'status',
  'date',
  'start',
  'end',
  'source',
  'excerpt',
  'value',
] as const;
export type LinkField = (typeof LINK_FIELDS)[number];
/** Which column (by index) holds each field; a field left out is not in the file. */
export type LinkMapping = Partial<Record<LinkField, number>>;

export const LOCATION_FIELDS = ['id', 'name', 'nameAr', 'lat', 'lon'] as const;
export type LocationField = (typeof LOCATION_FIELDS)[number];
export type LocationMapping = Partial<Record<LocationField, number>>;

/** Header names each field is recognised by, compared without case, spaces, `_` or `-`. */
const LINK_HEADERS: Readonly<Record<LinkField, readonly string[]>> = {
  origin: [
    'origin',
    'from',
    'orig',
    'party1',
    'partya',
    'actor1',
    'actora',
    'sourcename',
    'originname',
    'statea',
    'state1',
    'countrya',
    'country1',
    'ccode1',
    'donor',
    'exporter',
    'sender',
    'الطرفالأول',
    'المانح',
  ],
  dest: [
    'dest',
    'destination',
    'to',
    'party2',
    'partyb',
    'actor2',
    'actorb',
    'targetname',
    'destname',
    'stateb',
    'state2',
    'countryb',
    'country2',
    'ccode2',
    'recipient',
    'importer',
    'receiver',
    'الطرفالثاني',
    'المستفيد',
  ],
  originLat: [
    'sourcelat',
    'sourcelatitude',
    'originlat',
    'originlatitude',
    'fromlat',
    'startlat',
    'lat1',
  ],
  originLon: [
    'sourcelng',
    'sourcelon',
    'sourcelong',
    'sourcelongitude',
    'originlng',
    'originlon',
    'originlongitude',
    'fromlng',
    'fromlon',
    'startlng',
    'startlon',
    'lng1',
    'lon1',
  ],
  destLat: ['targetlat', 'targetlatitude', 'destlat', 'destlatitude', 'tolat', 'endlat', 'lat2'],
  destLon: [
    'targetlng',
    'targetlon',
    'targetlong',
    'targetlongitude',
    'destlng',
    'destlon',
    'destlongitude',
    'tolng',
    'tolon',
    'endlng',
    'endlon',
    'lng2',
    'lon2',
  ],
  domains: ['domains', 'domain', 'cooperation', 'areas', 'sectors', 'مجالات', 'المجالات', 'المجال'],
  status: ['status', 'الحالة'],
  date: ['date', 'التاريخ'],
  // Alliance and agreement tables: ATOP's yrent/yrexit, COW's dyad_st_year/dyad_end_year. "from"
  // and "to" name the parties first (origin and dest take them when no other column does).
  start: [
    'start',
    'startdate',
    'startyear',
    'yearstart',
    'begin',
    'since',
    'yrent',
    'dyadstyear',
    'allstyear',
    'infrom',
    'from',
    'بداية',
    'البداية',
    'تاريخالبدء',
    'منذ',
  ],
  end: [
    'end',
    'enddate',
    'endyear',
    'yearend',
    'until',
    'yrexit',
    'dyadendyear',
    'allendyear',
    'to',
    'نهاية',
    'النهاية',
    'تاريخالانتهاء',
    'حتى',
  ],
  source: ['source', 'sourceurl', 'url', 'reference', 'article', 'المصدر'],
  excerpt: ['excerpt', 'quote', 'passage', 'text', 'المقتطف', 'النص'],
  value: [
    'value',
    'count',
    'amount',
    'weight',
    'flow',
    'flows',
    'magnitude',
    'volume',
    'troops',
    'usd',
    'amountusd',
    'valueusd',
    'القيمة',
    'العدد',
    'المبلغ',
    'الكمية',
    'الوزن',
    'عددالقوات',
  ],
};

const LOCATION_HEADERS: Readonly<Record<LocationField, readonly string[]>> = {
  id: ['id', 'code', 'iso', 'iso3', 'key'],
  name: ['name', 'nameen', 'label', 'الاسم'],
  nameAr: ['namear', 'arabicname', 'الاسمبالعربية'],
  lat: ['lat', 'latitude', 'y', 'خطالعرض'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x', 'خطالطول'],
};

const headerKey = (name: string) => name.toLowerCase().replace(/[\s_\-.]+/g, '');

function guess<F extends string>(
  header: readonly string[],
  table: Readonly<Record<F, readonly string[]>>,
): Partial<Record<F, number>> {
  const mapping: Partial<Record<F, number>> = {};
  const keys = header.map(headerKey);
  for (const field of Object.keys(table) as F[]) {
    const index = keys.findIndex((key) => table[field].includes(key));
    if (index >= 0 && !Object.values(mapping).includes(index)) mapping[field] = index;
  }
  return mapping;
}

export type Layout = 'links' | 'od';

/**
 * The columns recognised in a links file's header, and its layout; null when neither layout's
 * required columns are all there (then the user maps the columns by hand).
 */
export function guessLinkMapping(header: readonly string[]): {
  mapping: LinkMapping;
  layout: Layout | null;
} {
  const keys = header.map(headerKey);
  const mapping = guess(header, LINK_HEADERS);
  // "source,target" without "origin,dest" are the two parties (a common export of graph tools);
  // beside them, "source" is the article.
  if (mapping.origin === undefined && mapping.dest === undefined) {
    const source = keys.indexOf('source');
    const target = keys.indexOf('target');
    if (source >= 0 && target >= 0) {
      mapping.origin = source;
      mapping.dest = target;
      if (mapping.source === source) delete mapping.source;
    }
  }
  return { mapping, layout: layoutOf(mapping) };
}

/** The layout a mapping describes, or null when a required column is missing. */
export function layoutOf(mapping: LinkMapping): Layout | null {
  const has = (field: LinkField) => mapping[field] !== undefined;
  if (has('originLat') && has('originLon') && has('destLat') && has('destLon')) return 'od';
  if (has('origin') && has('dest')) return 'links';
  return null;
}

export function guessLocationMapping(header: readonly string[]): LocationMapping {
  return guess(header, LOCATION_HEADERS);
}

/** An actor as a row names it, placed by the file or by the gazetteer. */
export interface ImportedActor {
  /** What tells it apart: the gazetteer's id, the locations table's id, or the name as written. */
  key: string;
  name: string;
  /** Its Arabic name, when the file or the gazetteer gives one. */
  nameAr: string | null;
  point: [number, number];
  placedBy: 'file' | 'locations' | 'gazetteer';
  entry: GazetteerEntry | null;
}

export const STATUS_VALUES = EVENT_KINDS;
export type ImportedStatus = (typeof STATUS_VALUES)[number];

export interface ImportedLink {
  line: number;
  parties: [ImportedActor, ImportedActor];
  domains: string[];
  status: ImportedStatus | null;
  date: string | null;
  /** When it came into force and ended (null: not given; an end of null is still in force). */
  start: string | null;
  end: string | null;
  source: string | null;
  excerpt: string | null;
  /** The row's number in the value column (a count, an amount); null where it gives none. */
  value: number | null;
  /** The row's other columns, which no field was mapped to, in the file's order (empty ones left out). */
  fields: { name: string; value: string }[];
}

/** One problem of one row, located by line and column, with the value found. */
export interface RowIssue {
  /** The CSV line the row starts on, or the GeoJSON feature's number (from 1); 0: the whole file. */
  line: number;
  /** The column's header as the file writes it, or "" for the row as a whole. */
  column: string;
  value: string;
  message: Text;
}

export interface LinksImport {
  links: ImportedLink[];
  issues: RowIssue[];
  /**
   * Rows read, kept, and left out (with a problem, or duplicates of a row above). With a value
   * column, the rows kept that give no value and those whose value is negative.
   */
  counts: ImportCounts;
  /** The header of the value column (a GeoJSON property's name), or null without one. */
  valueColumn: string | null;
}

export interface ImportCounts {
  rows: number;
  kept: number;
  rejected: number;
  duplicates: number;
  noValue?: number;
  negativeValue?: number;
}

const STATUS_WORDS: Readonly<Record<string, ImportedStatus>> = {
  talksheld: 'talks-held',
  talks: 'talks-held',
  مباحثات: 'talks-held',
  intentexpressed: 'intent-expressed',
  intent: 'intent-expressed',
  agreementsigned: 'agreement-signed',
  agreement: 'agreement-signed',
  signed: 'agreement-signed',
  اتفاق: 'agreement-signed',
  اتفاقية: 'agreement-signed',
  renewed: 'renewed',
  renewal: 'renewed',
  تجديد: 'renewed',
  suspended: 'suspended',
  suspension: 'suspended',
  تعليق: 'suspended',
  ended: 'ended',
  terminated: 'ended',
  expired: 'ended',
  انتهاء: 'ended',
  انهاء: 'ended',
};

/** What an export of ours (or a careful analyst) writes where the status is not known. */
const NOT_GIVEN_WORDS = new Set(
  ['not given', 'unknown', 'غير مذكورة', 'غير معروفة'].map((word) =>
    headerKey(normalizeText(word)),
  ),
);

/**
 * A status as written (our ids, or plain words in English or Arabic); null when the cell is empty
 * or says the status is not known; undefined when it says something we cannot read.
 */
export function readStatus(value: string): ImportedStatus | null | undefined {
  if (value.trim() === '') return null;
  const key = headerKey(normalizeText(value));
  if (NOT_GIVEN_WORDS.has(key)) return null;
  // Own keys only: "constructor" is not a status.
  return Object.hasOwn(STATUS_WORDS, key) ? STATUS_WORDS[key] : undefined;
}

/** A date as ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, checked to exist; null when it is not one. */
export function readDate(value: string): string | null {
  return isPartialDate(value) ? value : null;
}

/** Cells that say a date is not given. */
const NO_DATE = new Set(['', 'na', 'nan', 'n/a', 'null', 'none', '-', '—']);

/**
 * A span's start or end: a date as `readDate` reads it, a year written as a number ("1995.0", as
 * spreadsheets and pandas write them), null when the cell is empty or says nothing is given, and
 * undefined when it is not a date. An end of 0 is ATOP's code for an alliance still in force: no
 * end, as an empty cell.
 */
export function readSpanDate(value: string, side: 'start' | 'end'): string | null | undefined {
  const text = value.trim();
  if (NO_DATE.has(text.toLowerCase())) return null;
  if (side === 'end' && /^0+(\.0+)?$/.test(text)) return null;
  const year = /^(\d{4})(?:\.0+)?$/.exec(text);
  if (year) return year[1];
  return readDate(text) ?? undefined;
}

/** A coordinate: a dot or a comma as the decimal mark; null when the cell is not a number. */
export function readNumber(value: string): number | null {
  const text = value.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  return Number(text);
}

/** Domains written in one cell, separated by `;` or `|` (commas stay inside a label). */
export function splitDomains(value: string): string[] {
  const seen = new Set<string>();
  return value
    .split(/[;|]/)
    .map((part) => part.trim())
    .filter((part) => {
      const key = normalizeText(part);
      if (key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

interface Place {
  name: string;
  nameAr: string | null;
  point: [number, number];
}

/** The cell (or header) a mapping points at; "" for a field the file does not have. */
const at = (cells: readonly string[], index: number | undefined) =>
  index === undefined ? '' : (cells[index] ?? '');

/** The places of a locations table by id and by name; rows with problems are reported. */
export function readLocations(
  table: CsvTable,
  mapping: LocationMapping,
): { places: Map<string, Place & { id: string }>; issues: RowIssue[] } {
  const places = new Map<string, Place & { id: string }>();
  const issues: RowIssue[] = [];
  const column = (field: LocationField) => at(table.header, mapping[field]);
  for (const row of table.rows) {
    const cell = (field: LocationField) => at(row.cells, mapping[field]);
    const id = cell('id') || cell('name');
    const problem = (field: LocationField, message: Text) =>
      issues.push({ line: row.line, column: column(field), value: cell(field), message });
    if (id === '') {
      problem('id', phrase('import.locationNoId'));
      continue;
    }
    const point = readPoint(cell('lat'), cell('lon'));
    if ('error' in point) {
      problem(point.field === 'lat' ? 'lat' : 'lon', point.error);
      continue;
    }
    const place = {
      id,
      name: cell('name') || id,
      nameAr: cell('nameAr') || null,
      point: point.point,
    };
    const key = normalizeText(id);
    if (places.has(key)) {
      problem('id', phrase('import.locationDuplicate', { id }));
      continue;
    }
    places.set(key, place);
    if (cell('name') !== '' && !places.has(normalizeText(cell('name')))) {
      places.set(normalizeText(cell('name')), place);
    }
  }
  return { places, issues };
}

function readPoint(
  latText: string,
  lonText: string,
): { point: [number, number] } | { field: 'lat' | 'lon'; error: Text } {
  const lat = readNumber(latText);
  const lon = readNumber(lonText);
  if (lat !== null && lon !== null) return checkPoint(lat, lon);
  if (lat === null) {
    return {
      field: 'lat',
      error: phrase(latText === '' ? 'import.noLatitude' : 'import.notNumber'),
    };
  }
  return {
    field: 'lon',
    error: phrase(lonText === '' ? 'import.noLongitude' : 'import.notNumber'),
  };
}

/** A latitude and longitude checked for range; swapped ones are reported as such, not swapped. */
export function checkPoint(
  lat: number,
  lon: number,
): { point: [number, number] } | { field: 'lat' | 'lon'; error: Text } {
  if (lat < -90 || lat > 90) {
    // Swapped columns are common; say so, but do not swap them.
    const swapped = lon >= -90 && lon <= 90 && lat >= -180 && lat <= 180;
    return {
      field: 'lat',
      error: phrase(swapped ? 'import.latitudeSwapped' : 'import.latitudeRange'),
    };
  }
  if (lon < -180 || lon > 180) return { field: 'lon', error: phrase('import.longitudeRange') };
  return { point: [lon, lat] };
}

/** Why an actor could not be placed, as a message. */
function unresolved(value: string, gazetteer: Gazetteer | null): Text | ImportedActor {
  if (!gazetteer) return phrase('import.actorUnknown', { value });
  const found = gazetteer.resolve(value);
  if (found.ok) {
    const entry = found.entry;
    return {
      key: entry.id,
      name: entry.name.en,
      nameAr: entry.name.ar,
      point: found.point,
      placedBy: 'gazetteer',
      entry,
    };
  }
  if (found.reason === 'ambiguous') {
    return phrase('import.actorAmbiguous', {
      value,
      candidates: found.candidates
        .map((c) => `${c.name.en} (${c.id})`)
        .sort()
        .join(', '),
    });
  }
  if (found.reason === 'unplaced') return phrase('import.actorUnplaced', { value });
  return phrase('import.actorUnknown', { value });
}

/**
 * Reads a links table: every row becomes a link or one or more issues. Rows that repeat an earlier
 * row exactly (after trimming) are reported and left out.
 */
export function readLinks(
  table: CsvTable,
  mapping: LinkMapping,
  options: {
    locations?: Map<string, Place & { id: string }>;
    gazetteer: Gazetteer | null;
    csvProblems?: readonly CsvProblem[];
    /** What the party columns hold, as the user confirmed it (names when not said). */
    codes?: Partial<Record<'origin' | 'dest', CodeSystem>>;
    /**
     * A code in a column of that system as what the gazetteer reads (a COW code as the ISO code of
     * its present-day state), or why it cannot be placed (see `code-systems.ts`).
     */
    readCode?: (system: CodeSystem, value: string) => { lookup: string } | { error: Text };
    /** Called with the share of the rows read (0–1), every 1 % of them. */
    onProgress?: (fraction: number) => void;
  },
): LinksImport {
  const layout = layoutOf(mapping);
  const collected = new LinkCollector(
    mapping.value === undefined ? null : (table.header[mapping.value] ?? null),
  );
  const mapped = new Set(Object.values(mapping));
  // A links file the atlas exported carries names and labels it derives again: those columns are
  // not the row's own fields.
  const ours = LINK_COLUMNS.every((c) => LATER_COLUMNS.includes(c) || table.header.includes(c));
  const derived = new Set<string>(ours ? [...LINK_COLUMNS, 'value_unit'] : []);
  const others = table.header.flatMap((name, index) =>
    mapped.has(index) || derived.has(name) ? [] : [{ name: name.replace(/ \(file\)$/, ''), index }],
  );
  const byLine = new Map<number, CsvProblem[]>();
  for (const problem of options.csvProblems ?? []) {
    byLine.set(problem.line, [...(byLine.get(problem.line) ?? []), problem]);
  }
  const column = (field: LinkField) => at(table.header, mapping[field]);

  const every = Math.max(1, Math.floor(table.rows.length / 100));
  let done = 0;
  for (const row of table.rows) {
    if (options.onProgress && ++done % every === 0) options.onProgress(done / table.rows.length);
    const cell = (field: LinkField) => at(row.cells, mapping[field]);
    const rowIssues: RowIssue[] = [];
    const problem = (field: LinkField | '', message: Text) =>
      rowIssues.push({
        line: row.line,
        column: field === '' ? '' : column(field),
        value: field === '' ? '' : cell(field),
        message,
      });
    for (const csv of byLine.get(row.line) ?? []) {
      if (csv.kind === 'cellCount') {
        problem(
          '',
          phrase('import.cellCount', { found: csv.found ?? 0, expected: csv.expected ?? 0 }),
        );
      } else if (csv.kind === 'unclosedQuote') {
        problem('', phrase('import.unclosedQuote'));
      } else {
        problem('', phrase('import.quoteInField'));
      }
    }

    const actor = (side: 'origin' | 'dest'): ImportedActor | null => {
      const nameField = side;
      const name = cell(nameField);
      if (layout === 'od') {
        const latField = side === 'origin' ? 'originLat' : 'destLat';
        const lonField = side === 'origin' ? 'originLon' : 'destLon';
        const point = readPoint(cell(latField), cell(lonField));
        if ('error' in point) {
          problem(point.field === 'lat' ? latField : lonField, point.error);
          return null;
        }
        const [lon, lat] = point.point;
        const label = name || `${lat.toFixed(2)}, ${lon.toFixed(2)}`;
        return {
          key: name ? normalizeText(name) : `${lat},${lon}`,
          name: label,
          nameAr: null,
          point: point.point,
          placedBy: 'file',
          entry: null,
        };
      }
      if (name === '') {
        problem(nameField, phrase('import.actorMissing'));
        return null;
      }
      const place = options.locations?.get(normalizeText(name));
      if (place) {
        return {
          key: place.id,
          name: place.name,
          nameAr: place.nameAr,
          point: place.point,
          placedBy: 'locations',
          entry: null,
        };
      }
      const system = options.codes?.[side] ?? 'names';
      const code =
        system === 'names' || !options.readCode ? { lookup: name } : options.readCode(system, name);
      if ('error' in code) {
        problem(nameField, code.error);
        return null;
      }
      const found = unresolved(code.lookup, options.gazetteer);
      if ('point' in found) return found;
      problem(nameField, found);
      return null;
    };

    const origin = actor('origin');
    const dest = actor('dest');
    if (origin && dest && origin.key === dest.key) problem('dest', phrase('import.sameActor'));

    const statusText = cell('status');
    const status = readStatus(statusText);
    if (status === undefined) {
      problem('status', phrase('import.statusUnknown', { values: STATUS_VALUES.join(', ') }));
    }
    const dateText = cell('date');
    const date = dateText === '' ? null : readDate(dateText);
    if (dateText !== '' && date === null) problem('date', phrase('import.dateInvalid'));
    const value = readQuantity(cell('value'));
    if ('error' in value) problem('value', value.error);
    const start = readSpanDate(cell('start'), 'start');
    const end = readSpanDate(cell('end'), 'end');
    if (start === undefined) problem('start', phrase('import.dateInvalid'));
    if (end === undefined) problem('end', phrase('import.dateInvalid'));
    if (start && end && spanReversed(start, end)) {
      problem('end', phrase('import.spanReversed', { start, end }));
    }

    collected.add(
      rowIssues,
      rowIssues.length > 0 || !origin || !dest || status === undefined
        ? null
        : {
            line: row.line,
            parties: [origin, dest],
            domains: splitDomains(cell('domains')),
            status,
            date,
            start: start ?? null,
            end: end ?? null,
            source: cell('source') || null,
            excerpt: cell('excerpt') || null,
            value: 'value' in value ? value.value : null,
            fields: others.flatMap(({ name, index }) => {
              const found = (row.cells[index] ?? '').trim();
              return found === '' ? [] : [{ name, value: found }];
            }),
          },
      // A repeat is a row whose every cell is the same, not just the fields the atlas reads.
      JSON.stringify(row.cells.map((c) => c.trim())),
    );
  }
  return collected.result();
}

/**
 * Gathers the rows of a file as they are read: a row with problems is left out with its issues;
 * a row that repeats an earlier one exactly (every cell) is left out and said to repeat it. Rows
 * that differ in anything, even a column the atlas does not read, are all kept.
 */
export class LinkCollector {
  private readonly links: ImportedLink[] = [];
  private readonly issues: RowIssue[] = [];
  private readonly seen = new Map<string, number>();
  private rows = 0;
  private rejected = 0;
  private duplicates = 0;
  private noValue = 0;
  private negativeValue = 0;

  /** `valueColumn`: the file's value column, if it has one (rows without a value are counted). */
  constructor(private valueColumn: string | null = null) {}

  /** A feature's value property was found (GeoJSON names it feature by feature). */
  sawValueColumn(name: string): void {
    this.valueColumn ??= name;
  }

  /** `rowKey`: the row's cells as written; without it, what was read of the row. */
  add(rowIssues: readonly RowIssue[], link: ImportedLink | null, rowKey?: string): void {
    this.rows++;
    if (!link) {
      this.issues.push(...rowIssues);
      this.rejected++;
      return;
    }
    const key =
      rowKey ??
      JSON.stringify([
        link.parties[0].key,
        link.parties[1].key,
        link.domains.map(normalizeText),
        link.status,
        link.date,
        link.source,
        link.excerpt,
        link.value,
        link.fields,
      ]);
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.issues.push({
        line: link.line,
        column: '',
        value: '',
        message: phrase('import.duplicateRow', { line: first }),
      });
      this.duplicates++;
      return;
    }
    this.seen.set(key, link.line);
    this.links.push(link);
    if (link.value === null) this.noValue++;
    else if (link.value < 0) this.negativeValue++;
  }

  result(): LinksImport {
    return {
      links: this.links,
      issues: this.issues,
      counts: {
        rows: this.rows,
        kept: this.links.length,
        rejected: this.rejected,
        duplicates: this.duplicates,
        ...(this.valueColumn === null
          ? {}
          : { noValue: this.noValue, negativeValue: this.negativeValue }),
      },
      valueColumn: this.valueColumn,
    };
  }
}

/**
 * The validation report as a CSV file, one row per problem, in the interface language: what the
 * user opens beside the file to fix it.
 */
export function issuesCsv(
  issues: readonly RowIssue[],
  unit: 'line' | 'feature',
  { t, say }: Translator,
): string {
  return writeCsv([
    [
      t(unit === 'line' ? 'import.report.line' : 'import.report.feature'),
      t('import.report.column'),
      t('import.report.value'),
      t('import.report.problem'),
    ],
    ...issues.map((issue) => [issue.line, issue.column, issue.value, say(issue.message)]),
  ]);
}
