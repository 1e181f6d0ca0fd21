/**
 * What the main thread keeps of a dataset: everything the panels and the filter need, in compact
 * columns, while the full records stay with the data pipeline (a worker in the app) and are fetched
 * one partnership at a time. Built once per dataset.
 *
 * Links between the same two actors are drawn as one arc (a "pair"); each link keeps its own row
 * here, so the list, the filter and the details still speak of partnerships, not pairs.
 */
import { dayRange, OPEN_END, UNKNOWN_DATE } from './dates';
import { byDate, eventsOf, type PartnershipEvent } from './events';
import { STATUS_IDS } from './statuses';
import { distinctNames } from './actor-names';
import type { Language } from './messages';
import type { FeatureCollection, Point } from 'geojson';
import { must, type DatasetIndex } from './dataset-index';
import { extentOf, type Bounds } from './extent';
import { timeAxis, type TimeAxis } from './timeline';
import type {
  Actor,
  Dataset,
  Domain,
  Excerpt,
  LocalizedText,
  LonLat,
  Partnership,
  PartnershipStatus,
  Source,
} from './types';

/** The statuses in a fixed order; a link's `status` column holds an index into it. */
export const STATUSES: readonly PartnershipStatus[] = STATUS_IDS;

/** Domains are filtered with one 32-bit mask per link; validation rejects more than this. */
export const MAX_DOMAINS = 32;

export interface ActorSummary {
  id: string;
  kind: Actor['kind'];
  name: LocalizedText;
  /** [lon, lat] */
  anchor: [number, number];
  /** How the anchor was chosen (capital, headquarters, territory's centre, or given by a file). */
  anchorKind: Actor['anchor']['kind'];
  /** ISO 3166-1 numeric code of a state (the basemap's country ids), or null. */
  iso: string | null;
  /** Rows (in `actors`) of an organization's member states; empty for a state. */
  members: number[];
  /** An organization's partnership frameworks, with the rows of their members. */
  frameworks: { id: string; name: LocalizedText; members: number[] }[];
}

export interface SummarizeOptions {
  /** ISO 3166-1 alpha-3 → numeric, for shading member states on the basemap. */
  isoNumeric?: (alpha3: string) => string | undefined;
}

/** One row per partnership, as parallel arrays. */
export interface LinkTable {
  ids: string[];
  /** Indices into `actors`. */
  partyA: Uint32Array;
  partyB: Uint32Array;
  /** Index into `STATUSES`. */
  status: Uint8Array;
  /** Bit i set when the link cites `domains[i]`. */
  domainMask: Uint32Array;
  /** Index of the pair (arc) the link is drawn on. */
  pair: Uint32Array;
  /**
   * Where the link is placed in time, as days since 1970-01-01 (UTC), both ends included (see
   * `placedInTime`): `UNKNOWN_DATE` in both when its sources give no date; `OPEN_END` as the last
   * day of a span still in force.
   */
  firstDay: Int32Array;
  lastDay: Int32Array;
  /** The link's value (see `DatasetSummary.value`), NaN where it gives none. */
  value: Float64Array;
}

export { OPEN_END, UNKNOWN_DATE };

/**
 * The days a partnership is placed on: its span (start to end) when the sources give a start,
 * open-ended without an end; else its end alone; else its reported date. Each date stands for every
 * day its precision spans ("2017": the whole year), so nothing is placed at a guessed day.
 */
export function placedInTime(p: {
  date: string | null;
  start?: string | null;
  end?: string | null;
}): [number, number] {
  const start = p.start ? dayRange(p.start) : null;
  const end = p.end ? dayRange(p.end) : null;
  if (start) return [start.first, end ? end.last : OPEN_END];
  if (end) return [end.first, end.last];
  const date = p.date ? dayRange(p.date) : null;
  return date ? [date.first, date.last] : [UNKNOWN_DATE, UNKNOWN_DATE];
}

/** Days since 1970-01-01 of a day ("2024-05-17", as a date input gives it), else `UNKNOWN_DATE`. */
export function dayOf(date: string | null): number {
  // (Not `dayRange(date).first`: the entry bundle, which reads the date inputs, stays without it.)
  if (date?.length !== 10) return UNKNOWN_DATE;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? UNKNOWN_DATE : Math.round(ms / 86_400_000);
}

/** The links of each pair: pair p has links `pairLinks[pairStart[p] .. pairStart[p + 1])`. */
export interface PairTable {
  count: number;
  pairStart: Uint32Array;
  pairLinks: Uint32Array;
}

export interface DatasetSummary {
  title: LocalizedText;
  domains: Domain[];
  actors: ActorSummary[];
  sources: Source[];
  /** Notes on facts taken from reference data rather than from the sources. */
  references: string[];
  /** Caveats on where actors are drawn, such as a capital whose status is disputed. */
  placementNotes: { id: string; name: LocalizedText; note: LocalizedText }[];
  links: LinkTable;
  pairs: PairTable;
  /** The frame the dataset opens on: the file's own, else its parties' extent; null with none. */
  frame: Bounds | null;
  /** What the links' values count (an imported table's value column), or null without values. */
  value: { name: string; unit: string | null } | null;
  /** The time bar's axis over the links' dates (`timeAxis`), or null when none is dated. */
  time: TimeAxis | null;
}

/** Builds the summary of a validated dataset. */
export function summarizeDataset(dataset: Dataset, options: SummarizeOptions = {}): DatasetSummary {
  const actorIndex = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const domainIndex = new Map(dataset.domains.map((d, i) => [d.id, i]));
  const statusIndex = new Map(STATUSES.map((s, i) => [s, i]));
  const n = dataset.partnerships.length;
  const links: LinkTable = {
    ids: new Array<string>(n),
    partyA: new Uint32Array(n),
    partyB: new Uint32Array(n),
    status: new Uint8Array(n),
    domainMask: new Uint32Array(n),
    pair: new Uint32Array(n),
    firstDay: new Int32Array(n),
    lastDay: new Int32Array(n),
    value: new Float64Array(n),
  };
  const pairOf = new Map<string, number>();
  const pairSizes: number[] = [];

  // The last day any date of the dataset names (a span's date or an event after its start).
  let lastNamed = -Infinity;
  const named = (date: string | null | undefined) => {
    const range = date ? dayRange(date) : null;
    if (range && range.last > lastNamed) lastNamed = range.last;
  };
  dataset.partnerships.forEach((p, i) => {
    named(p.date);
    p.events?.forEach((event) => {
      named(event.date);
    });
    const a = actorIndex.get(p.parties[0]) ?? 0;
    const b = actorIndex.get(p.parties[1]) ?? 0;
    links.ids[i] = p.id;
    links.partyA[i] = a;
    links.partyB[i] = b;
    links.status[i] = statusIndex.get(p.status) ?? 0;
    [links.firstDay[i], links.lastDay[i]] = placedInTime(p);
    links.value[i] = p.value ?? Number.NaN;
    let mask = 0;
    for (const citation of p.domains) {
      const d = domainIndex.get(citation.domain) ?? 0;
      mask |= 1 << d;
    }
    links.domainMask[i] = mask >>> 0;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    let pair = pairOf.get(key);
    if (pair === undefined) {
      pair = pairSizes.length;
      pairOf.set(key, pair);
      pairSizes.push(0);
    }
    links.pair[i] = pair;
    pairSizes[pair] = (pairSizes[pair] ?? 0) + 1;
  });

  const rowsOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const row = actorIndex.get(id);
      return row === undefined ? [] : [row];
    });

  const pairStart = new Uint32Array(pairSizes.length + 1);
  for (let p = 0; p < pairSizes.length; p++)
    pairStart[p + 1] = (pairStart[p] ?? 0) + (pairSizes[p] ?? 0);
  const fill = pairStart.slice(0, pairSizes.length);
  const pairLinks = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const p = links.pair[i] ?? 0;
    pairLinks[fill[p] ?? 0] = i;
    fill[p] = (fill[p] ?? 0) + 1;
  }

  const names = distinctNames(dataset.actors);
  return {
    title: isolatedText(dataset.title),
    domains: dataset.domains.map((d) =>
      hasBidiControl(d.label.en) || hasBidiControl(d.label.ar)
        ? { ...d, label: isolatedText(d.label) }
        : d,
    ),
    actors: dataset.actors.map((a, i) => ({
      id: a.id,
      kind: a.kind,
      // Told apart where two actors share a name ("Adiaké (334)"); a name holding a bidi control
      // is isolated, so that the text around it ("A – B") keeps its order.
      name: isolatedText(names[i] ?? a.name),
      anchor: [a.anchor.lon, a.anchor.lat],
      anchorKind: a.anchor.kind,
      iso: a.kind === 'state' ? (options.isoNumeric?.(a.id) ?? null) : null,
      members: a.kind === 'organization' ? rowsOf(a.members) : [],
      frameworks:
        a.kind === 'organization'
          ? a.frameworks.map((f) => ({ id: f.id, name: f.name, members: rowsOf(f.members) }))
          : [],
    })),
    sources: dataset.sources,
    references: dataset.actors.flatMap((a) =>
      a.kind === 'organization'
        ? [a.reference, ...a.frameworks.map((f) => f.reference)].filter(
            (note): note is string => note !== undefined,
          )
        : [],
    ),
    placementNotes: dataset.actors.flatMap((a) =>
      a.anchor.note ? [{ id: a.id, name: a.name, note: a.anchor.note }] : [],
    ),
    links,
    pairs: { count: pairSizes.length, pairStart, pairLinks },
    frame: dataset.view?.bounds ?? partiesExtent(dataset, actorIndex, links),
    value: dataset.value ?? null,
    time: timeAxis(links.firstDay, links.lastDay, lastNamed),
  };
}

/** The extent of the actors that are a party to a partnership (not members, not bystanders). */
function partiesExtent(dataset: Dataset, actorIndex: Map<string, number>, links: LinkTable) {
  const used = new Uint8Array(dataset.actors.length);
  for (let i = 0; i < links.partyA.length; i++) {
    used[links.partyA[i] ?? 0] = 1;
    used[links.partyB[i] ?? 0] = 1;
  }
  const points: LonLat[] = [];
  dataset.actors.forEach((a, i) => {
    if (used[i] === 1 && actorIndex.has(a.id)) points.push([a.anchor.lon, a.anchor.lat]);
  });
  return extentOf(points);
}

/** The mask of the domains that are shown, given the ids of the hidden ones. */
export function shownDomainMask(domains: readonly Domain[], hidden: ReadonlySet<string>): number {
  let mask = 0;
  domains.forEach((d, i) => {
    if (!hidden.has(d.id)) mask |= 1 << i;
  });
  return mask >>> 0;
}

/** The sum of the known values of a pair's links; NaN when none of them gives one. */
export function pairValue(summary: DatasetSummary, pair: number): number {
  const { pairStart, pairLinks } = summary.pairs;
  let sum = Number.NaN;
  for (let k = pairStart[pair] ?? 0; k < (pairStart[pair + 1] ?? 0); k++) {
    const value = summary.links.value[pairLinks[k] ?? 0] ?? Number.NaN;
    if (!Number.isNaN(value)) sum = Number.isNaN(sum) ? value : sum + value;
  }
  return sum;
}

/** For each pair, 1 when at least one of its links is among `visible`. */
export function visiblePairs(summary: DatasetSummary, visible: Uint32Array): Uint8Array {
  const out = new Uint8Array(summary.pairs.count);
  for (const i of visible) out[summary.links.pair[i] ?? 0] = 1;
  return out;
}

/** For each link, 1 when it is among `visible`. */
export function linkVisibility(summary: DatasetSummary, visible: Uint32Array): Uint8Array {
  const out = new Uint8Array(summary.links.ids.length);
  for (const i of visible) out[i] = 1;
  return out;
}

/** "Algeria – Spain": the parties' names in a language, in the order the dataset gives them. */
export function linkTitle(summary: DatasetSummary, link: number, language: Language): string {
  const a = summary.actors[summary.links.partyA[link] ?? 0];
  const b = summary.actors[summary.links.partyB[link] ?? 0];
  return `${a ? a.name[language] : '?'} – ${b ? b.name[language] : '?'}`;
}

/** The domains a link cites, in taxonomy order. */
export function linkDomains(summary: DatasetSummary, link: number): Domain[] {
  const mask = summary.links.domainMask[link] ?? 0;
  return summary.domains.filter((_, i) => (mask & (1 << i)) !== 0);
}

export interface ActorPointProperties {
  id: string;
  kind: Actor['kind'];
  /** The actor's name in each interface language; the map shows the one in use. */
  name_en: string;
  name_ar: string;
}

/** A marker for every actor that takes part in at least one partnership. */
export function linkedActorPoints(
  summary: DatasetSummary,
): FeatureCollection<Point, ActorPointProperties> {
  const linked = new Uint8Array(summary.actors.length);
  for (let i = 0; i < summary.links.ids.length; i++) {
    linked[summary.links.partyA[i] ?? 0] = 1;
    linked[summary.links.partyB[i] ?? 0] = 1;
  }
  return {
    type: 'FeatureCollection',
    features: summary.actors.flatMap((actor, i) =>
      linked[i]
        ? [
            {
              type: 'Feature' as const,
              geometry: { type: 'Point' as const, coordinates: actor.anchor },
              properties: {
                id: actor.id,
                kind: actor.kind,
                name_en: actor.name.en,
                name_ar: actor.name.ar,
              },
            },
          ]
        : [],
    ),
  };
}

/** One event of a pair's history, with the partnership it belongs to. */
export interface HistoryEntry extends PartnershipEvent {
  partnership: string;
}

/** Everything the details panel shows for one partnership, taken from the full dataset. */
export interface DetailsBundle {
  partnership: Partnership;
  /**
   * The events of every partnership between the same two parties, oldest first, the undated last
   * (`byDate`): the pair's history.
   */
  history: HistoryEntry[];
  actors: Actor[];
  domains: Domain[];
  excerpts: Excerpt[];
  sources: Source[];
}

/**
 * The records one partnership's details need: its parties (and the actors their member lists
 * name), its domains, the excerpts it and its parties' frameworks cite, and their sources.
 */
export function detailsBundle(index: DatasetIndex, id: string): DetailsBundle | null {
  const partnership = index.partnerships.get(id);
  if (!partnership) return null;
  const actorIds = new Set<string>(partnership.parties);
  const excerptIds = new Set<string>([
    ...partnership.statusExcerpts,
    ...partnership.people.map((p) => p.excerpt),
    ...partnership.domains.flatMap((c) => c.excerpts),
  ]);
  const [a, b] = partnership.parties;
  const history: HistoryEntry[] = [];
  for (const other of index.partnerships.values()) {
    const [x, y] = other.parties;
    if (!((x === a && y === b) || (x === b && y === a))) continue;
    for (const event of eventsOf(other)) {
      history.push({ ...event, partnership: other.id });
      for (const excerpt of event.excerpts) excerptIds.add(excerpt);
    }
  }
  for (const party of partnership.parties) {
    const actor = must(index.actors, party);
    if (actor.kind !== 'organization') continue;
    for (const member of actor.members) actorIds.add(member);
    for (const framework of actor.frameworks) {
      for (const member of framework.members) actorIds.add(member);
      for (const excerpt of framework.excerpts) excerptIds.add(excerpt);
    }
  }
  const excerpts = [...excerptIds].map((e) => must(index.excerpts, e));
  const sourceIds = new Set([...partnership.sources, ...excerpts.map((e) => e.source)]);
  return {
    partnership,
    history: byDate(history),
    actors: [...actorIds].map((a) => must(index.actors, a)),
    domains: partnership.domains.map((c) => must(index.domains, c.domain)),
    excerpts,
    sources: [...sourceIds].map((s) => must(index.sources, s)),
  };
}

/** The markers a legend lists for a dataset's actors, with the words that say where each is. */
export function markerLegend(actors: readonly Pick<ActorSummary, 'kind' | 'anchorKind'>[]): {
  kind: Actor['kind'];
  label:
    | 'legend.state'
    | 'legend.stateElsewhere'
    | 'legend.organization'
    | 'legend.organizationElsewhere'
    | 'legend.place';
}[] {
  const elsewhere = (kind: Actor['kind'], usual: Actor['anchor']['kind']) =>
    actors.some((a) => a.kind === kind && a.anchorKind !== usual);
  return [
    {
      kind: 'state' as const,
      label: elsewhere('state', 'capital') ? 'legend.stateElsewhere' : 'legend.state',
    },
    {
      kind: 'organization' as const,
      label: elsewhere('organization', 'headquarters')
        ? 'legend.organizationElsewhere'
        : 'legend.organization',
    },
    ...(actors.some((a) => a.kind === 'place')
      ? [{ kind: 'place' as const, label: 'legend.place' as const }]
      : []),
  ];
}

/** Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

export const hasBidiControl = (text: string): boolean => BIDI_CONTROL.test(text);

/**
 * Text that holds a bidi control, wrapped in a first-strong isolate (U+2068 … U+2069): an
 * override or embedding left open inside ends at the isolate's end, so the text a name is shown
 * in ("Egypt – NATO", a tooltip, a caption) keeps its own order. Other text is left as it is.
 */
export function isolateBidi(text: string): string {
  return BIDI_CONTROL.test(text) ? `\u2068${text}\u2069` : text;
}

function isolatedText(text: { en: string; ar: string }): { en: string; ar: string } {
  return hasBidiControl(text.en) || hasBidiControl(text.ar)
    ? { en: isolateBidi(text.en), ar: isolateBidi(text.ar) }
    : text;
}

/** The ISO numeric codes of the states that are parties to these links, sorted. */
export function partyIsos(summary: DatasetSummary, rows: readonly number[]): string[] {
  const isos = new Set<string>();
  for (const row of rows) {
    for (const party of [summary.links.partyA[row], summary.links.partyB[row]]) {
      const iso = summary.actors[party ?? -1]?.iso;
      if (iso) isos.add(iso);
    }
  }
  return [...isos].sort();
}
