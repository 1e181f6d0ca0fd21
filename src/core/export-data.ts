/**
 * The dataset taken out of the atlas, whole or as the filters show it: our JSON (the schema of
 * `data/`, so it opens here again unchanged), CSV for spreadsheets (a links file and an actors
 * file, the layout the import reads: `origin,dest,…` and `id,name,lat,lon`) and GeoJSON for QGIS
 * or kepler.gl (each partnership a great-circle LineString carrying its properties, each actor a
 * Point).
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { greatCircleArc } from './geometry';
import { writeCsv } from './import/csv';
import type { Actor, Dataset, Partnership } from './types';

/**
 * The dataset restricted to some partnerships, with what they need and nothing else: their
 * actors (and those actors' members, which the map shows), the domains, sources and excerpts
 * they cite. With every partnership it is the dataset itself.
 */
export function datasetSubset(dataset: Dataset, keep: ReadonlySet<string>): Dataset {
  if (dataset.partnerships.every((p) => keep.has(p.id))) return dataset;
  const partnerships = dataset.partnerships.filter((p) => keep.has(p.id));
  const actorIds = new Set(partnerships.flatMap((p) => p.parties));
  for (const actor of dataset.actors) {
    if (actor.kind === 'organization' && actorIds.has(actor.id)) {
      for (const member of actor.members) actorIds.add(member);
      for (const framework of actor.frameworks) for (const m of framework.members) actorIds.add(m);
    }
  }
  const actors = dataset.actors.filter((a) => actorIds.has(a.id));
  const excerptIds = new Set<string>();
  for (const p of partnerships) {
    for (const id of p.statusExcerpts) excerptIds.add(id);
    for (const citation of p.domains) for (const id of citation.excerpts) excerptIds.add(id);
    for (const person of p.people) excerptIds.add(person.excerpt);
  }
  for (const actor of actors) {
    if (actor.kind === 'organization') {
      for (const framework of actor.frameworks)
        for (const id of framework.excerpts) excerptIds.add(id);
    }
  }
  const excerpts = dataset.excerpts.filter((e) => excerptIds.has(e.id));
  const sourceIds = new Set([
    ...partnerships.flatMap((p) => p.sources),
    ...excerpts.map((e) => e.source),
  ]);
  const domainIds = new Set(partnerships.flatMap((p) => p.domains.map((d) => d.domain)));
  return {
    ...dataset,
    actors,
    domains: dataset.domains.filter((d) => domainIds.has(d.id)),
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    excerpts,
    partnerships,
  };
}

/** Our JSON, two-space indented, ending with a line break. */
export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

const LINK_COLUMNS = [
  'id',
  'origin',
  'dest',
  'origin_name',
  'dest_name',
  'origin_name_ar',
  'dest_name_ar',
  'domains',
  'status',
  'date',
  'source',
  'excerpt',
  'summary',
] as const;

/**
 * The links file: one row per partnership, parties by id (found again in the actors file),
 * domains by id separated by `;`, the sources' URLs or ids, and the first passage cited for the
 * status, verbatim.
 */
export function linksCsv(dataset: Dataset): string {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const excerpts = new Map(dataset.excerpts.map((e) => [e.id, e]));
  const name = (id: string, language: 'en' | 'ar') => actors.get(id)?.name[language] ?? id;
  return writeCsv([
    LINK_COLUMNS,
    ...dataset.partnerships.map((p) => {
      const [origin, dest] = p.parties;
      const first = p.statusExcerpts[0];
      return [
        p.id,
        origin,
        dest,
        name(origin, 'en'),
        name(dest, 'en'),
        name(origin, 'ar'),
        name(dest, 'ar'),
        p.domains.map((d) => d.domain).join(';'),
        p.status,
        p.date,
        p.sources.map((id) => sources.get(id)?.url ?? id).join(';'),
        first === undefined ? null : (excerpts.get(first)?.text ?? null),
        p.summary.en,
      ];
    }),
  ]);
}

/** The actors file: where each actor is drawn, and how it was placed. */
export function actorsCsv(dataset: Dataset): string {
  return writeCsv([
    ['id', 'name', 'name_ar', 'lat', 'lon', 'kind', 'anchor', 'place'],
    ...dataset.actors.map((a) => [
      a.id,
      a.name.en,
      a.name.ar,
      a.anchor.lat,
      a.anchor.lon,
      a.kind,
      a.anchor.kind,
      a.anchor.place.en,
    ]),
  ]);
}

export interface ArcProperties {
  id: string;
  origin: string;
  dest: string;
  origin_name: string;
  dest_name: string;
  domains: string;
  status: string;
  date: string | null;
  sources: string;
  summary: string;
}

export interface ActorProperties {
  id: string;
  name: string;
  name_ar: string;
  kind: Actor['kind'];
  anchor: string;
}

/** Partnerships as great-circle LineStrings and actors as Points, in one collection. */
export function datasetGeoJson(
  dataset: Dataset,
): FeatureCollection<LineString | Point, ArcProperties | ActorProperties> {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const arc = (p: Partnership): Feature<LineString, ArcProperties> | null => {
    const origin = actors.get(p.parties[0]);
    const dest = actors.get(p.parties[1]);
    if (!origin || !dest) return null;
    return {
      type: 'Feature',
      id: p.id,
      geometry: {
        type: 'LineString',
        coordinates: greatCircleArc(
          [origin.anchor.lon, origin.anchor.lat],
          [dest.anchor.lon, dest.anchor.lat],
        ),
      },
      properties: {
        id: p.id,
        origin: origin.id,
        dest: dest.id,
        origin_name: origin.name.en,
        dest_name: dest.name.en,
        domains: p.domains.map((d) => d.domain).join(';'),
        status: p.status,
        date: p.date,
        sources: p.sources.map((id) => sources.get(id)?.url ?? id).join(';'),
        summary: p.summary.en,
      },
    };
  };
  const point = (a: Actor): Feature<Point, ActorProperties> => ({
    type: 'Feature',
    id: a.id,
    geometry: { type: 'Point', coordinates: [a.anchor.lon, a.anchor.lat] },
    properties: {
      id: a.id,
      name: a.name.en,
      name_ar: a.name.ar,
      kind: a.kind,
      anchor: a.anchor.kind,
    },
  });
  return {
    type: 'FeatureCollection',
    features: [
      ...dataset.partnerships.flatMap((p) => {
        const feature = arc(p);
        return feature ? [feature] : [];
      }),
      ...dataset.actors.map(point),
    ],
  };
}
