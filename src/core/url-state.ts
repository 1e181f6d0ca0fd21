/**
 * A view of the atlas as URL parameters, through one typed table of keys: every key says how its
 * value is written and read. Reading never throws: a value that cannot be read is dropped with a
 * notice, and `checkAgainst` drops what names nothing in the dataset (a stale id, an unknown
 * domain). Pure functions; the store binds them to the browser's location and history.
 */
import { DEFAULT_FILTERS, type FilterSettings } from './filters';
import { phrase, type Language, type MessageKey, type Text } from './messages';
import { STATUSES } from './summary';
import type { PartnershipStatus } from './types';

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** Everything that defines a view: the filters and the rest. Defaults are left out of the URL. */
export interface ViewState extends FilterSettings {
  selected: string | null;
  focus: string | null;
  focusMembers: boolean;
  query: string;
  camera: Camera | null;
  language: Language;
  /** The legend as the user left it (null: it follows the map's width). */
  legendOpen: boolean | null;
  /** Whether the status and date filters are unfolded. */
  filtersOpen: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  ...DEFAULT_FILTERS,
  selected: null,
  focus: null,
  focusMembers: false,
  query: '',
  camera: null,
  language: 'en',
  legendOpen: null,
  filtersOpen: false,
};

interface Key<K extends keyof ViewState> {
  /** The URL parameter. */
  param: string;
  field: K;
  write: (value: ViewState[K]) => string | null;
  /** The value, or a string saying why the text cannot be read. */
  read: (text: string) => { value: ViewState[K] } | { error: MessageKey };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9._:-]{1,200}$/;

const list = (text: string) => text.split(',').filter((item) => item !== '');

const id = <K extends 'selected' | 'focus'>(param: string, field: K, why: MessageKey): Key<K> => ({
  param,
  field,
  write: (value) => value,
  read: (text) => (ID.test(text) ? { value: text } : { error: why }),
});

const date = <K extends 'dateFrom' | 'dateTo'>(param: string, field: K): Key<K> => ({
  param,
  field,
  write: (value) => value,
  read: (text) =>
    ISO_DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`))
      ? { value: text }
      : { error: 'url.why.date' },
});

const bound = <K extends 'valueMin' | 'valueMax'>(param: string, field: K): Key<K> => ({
  param,
  field,
  write: (value) => (value === null ? null : String(value)),
  read: (text) => {
    const value = Number(text);
    return text.trim() !== '' && Number.isFinite(value) ? { value } : { error: 'url.why.number' };
  },
});

const flag = <K extends 'unknownDates' | 'focusMembers' | 'filtersOpen'>(
  param: string,
  field: K,
  defaultValue: boolean,
): Key<K> => ({
  param,
  field,
  write: (value) => (value === defaultValue ? null : value ? '1' : '0'),
  read: (text) =>
    text === '1' || text === '0' ? { value: text === '1' } : { error: 'url.why.flag' },
});

/** The table: one row per parameter, in the order they are written. */
export const URL_KEYS = [
  id('p', 'selected', 'url.why.partnership'),
  {
    param: 'hide',
    field: 'hiddenDomains',
    write: (value) => (value.length === 0 ? null : [...value].sort().join(',')),
    read: (text) => {
      const ids = list(text);
      return ids.every((id) => ID.test(id)) ? { value: ids } : { error: 'url.why.domains' };
    },
  } satisfies Key<'hiddenDomains'>,
  {
    param: 'match',
    field: 'domainMode',
    write: (value) => (value === 'any' ? null : value),
    read: (text) =>
      text === 'any' || text === 'all' ? { value: text } : { error: 'url.why.match' },
  } satisfies Key<'domainMode'>,
  {
    param: 'status',
    field: 'hiddenStatuses',
    write: (value) => (value.length === 0 ? null : [...value].sort().join(',')),
    read: (text) => {
      const statuses = list(text);
      const known = (s: string): s is PartnershipStatus =>
        (STATUSES as readonly string[]).includes(s);
      return statuses.every(known) ? { value: statuses } : { error: 'url.why.status' };
    },
  } satisfies Key<'hiddenStatuses'>,
  date('from', 'dateFrom'),
  date('to', 'dateTo'),
  flag('undated', 'unknownDates', true),
  bound('vmin', 'valueMin'),
  bound('vmax', 'valueMax'),
  id('focus', 'focus', 'url.why.actor'),
  flag('members', 'focusMembers', false),
  {
    param: 'q',
    field: 'query',
    write: (value) => (value.trim() === '' ? null : value),
    read: (text) => (text.length <= 200 ? { value: text } : { error: 'url.why.query' }),
  } satisfies Key<'query'>,
  {
    param: 'map',
    field: 'camera',
    write: (value) =>
      value === null
        ? null
        : `${value.lon.toFixed(4)},${value.lat.toFixed(4)},${value.zoom.toFixed(2)}`,
    read: (text) => {
      const parts = text.split(',').map(Number);
      const [lon = NaN, lat = NaN, zoom = NaN] = parts;
      return parts.length === 3 &&
        Math.abs(lon) <= 540 &&
        Math.abs(lat) <= 85.1 &&
        zoom >= 0 &&
        zoom <= 24
        ? { value: { lon, lat, zoom } }
        : { error: 'url.why.camera' };
    },
  } satisfies Key<'camera'>,
  {
    param: 'lang',
    field: 'language',
    write: (value) => (value === 'en' ? null : value),
    read: (text) => (text === 'en' || text === 'ar' ? { value: text } : { error: 'url.why.lang' }),
  } satisfies Key<'language'>,
  {
    param: 'legend',
    field: 'legendOpen',
    write: (value) => (value === null ? null : value ? '1' : '0'),
    read: (text) =>
      text === '1' || text === '0' ? { value: text === '1' } : { error: 'url.why.flag' },
  } satisfies Key<'legendOpen'>,
  flag('filters', 'filtersOpen', false),
] as const;

/** Whether two views agree on every field the URL holds. */
export function sameView(a: ViewState, b: ViewState): boolean {
  return URL_KEYS.every((key) => Object.is(a[key.field], b[key.field]));
}

/**
 * Parameters the table does not own, kept as they are: `data` opens another dataset, and
 * `basemap=none` draws no countries (the benchmark's variant).
 */
/** Read by the page's start, not the view: kept in the address as they are, never reported. */
const FOREIGN = new Set(['data', 'basemap', 'embed', 'open']);

export interface ReadResult {
  /** Only the fields the URL sets. */
  view: Partial<ViewState>;
  /** One line per parameter that was ignored, naming it and why. */
  notices: Text[];
}

/** Reads a URL's query string ("?p=…&hide=…"). */
export function readUrlState(search: string): ReadResult {
  const params = new URLSearchParams(search);
  const view: Partial<ViewState> = {};
  const notices: Text[] = [];
  const known = new Set<string>();
  for (const key of URL_KEYS) {
    known.add(key.param);
    const text = params.get(key.param);
    if (text === null) continue;
    const result = (key.read as (t: string) => { value: unknown } | { error: MessageKey })(text);
    if ('error' in result) {
      const why = phrase(result.error, { statuses: STATUSES.join(', ') });
      notices.push(phrase('url.ignored', { param: key.param, value: text, why }));
    } else (view as Record<string, unknown>)[key.field] = result.value;
  }
  for (const param of params.keys()) {
    if (!known.has(param) && !FOREIGN.has(param)) {
      notices.push(phrase('url.unknownParam', { param }));
    }
  }
  return { view, notices };
}

/** Writes a view as a query string, defaults left out; other parameters (`data`) are kept. */
export function writeUrlState(view: ViewState, current = ''): string {
  const params = new URLSearchParams();
  const previous = new URLSearchParams(current);
  for (const param of FOREIGN) {
    const value = previous.get(param);
    if (value !== null) params.set(param, value);
  }
  for (const key of URL_KEYS) {
    const value = (key.write as (v: unknown) => string | null)(view[key.field]);
    if (value !== null) params.set(key.param, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** What the dataset knows, to check a view's ids against. */
interface IdSet {
  has: (id: string) => boolean;
}

export interface KnownIds {
  partnerships: IdSet;
  domains: IdSet;
  actors: IdSet;
}

/** Drops what names nothing in the dataset, with a notice for each. */
export function checkAgainst(view: Partial<ViewState>, known: KnownIds): ReadResult {
  const out: Partial<ViewState> = { ...view };
  const notices: Text[] = [];
  if (out.selected && !known.partnerships.has(out.selected)) {
    notices.push(phrase('url.stalePartnership', { id: out.selected }));
    delete out.selected;
  }
  if (out.hiddenDomains) {
    const unknown = out.hiddenDomains.filter((d) => !known.domains.has(d));
    if (unknown.length > 0) {
      notices.push(phrase('url.staleDomains', { ids: unknown.map((d) => `“${d}”`).join(', ') }));
      out.hiddenDomains = out.hiddenDomains.filter((d) => known.domains.has(d));
    }
  }
  if (out.focus && !known.actors.has(out.focus)) {
    notices.push(phrase('url.staleActor', { id: out.focus }));
    delete out.focus;
  }
  return { view: out, notices };
}
