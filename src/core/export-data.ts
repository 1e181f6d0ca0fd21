/**
 * The dataset taken out of the atlas, whole or as the filters show it: our JSON (the schema of
 * `data/`, so it opens here again unchanged), CSV for spreadsheets (a links file, a passages file
 * and an actors file; links and actors in the layout the import reads: `origin,dest,…` and
 * `id,name,lat,lon`) and GeoJSON for QGIS or kepler.gl (each partnership a great-circle LineString
 * carrying its properties, each actor a Point). Every id comes with its label in English and
 * Arabic beside it, so that a spreadsheet reads without the atlas.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { greatCircleArc } from './geometry';
import { writeCsv } from './import/csv';
import { LINK_COLUMNS } from './link-columns';
import type { Actor, Dataset, Partnership, PartnershipStatus } from './types';

/** Words in both languages, for the label columns beside the ids. */
export interface Bilingual {
  en: string;
  ar: string;
}

/** The labels the export writes beside ids, from the interface's message tables. */
export interface ExportLabels {
  status: (status: PartnershipStatus) => Bilingual;
}

/**
 * What an actor is to the partnerships exported: one of their parties, a member state of a party
 * organization, or a partner in one of its frameworks (such as NATO's Mediterranean Dialogue).
 */
export type ActorRole = 'party' | 'member' | 'partner';

/** Each actor's role; actors with none (in no exported partnership) are absent. */
export function actorRoles(dataset: Dataset): Map<string, ActorRole> {
  const roles = new Map<string, ActorRole>();
  for (const p of dataset.partnerships) for (const id of p.parties) roles.set(id, 'party');
  for (const actor of dataset.actors) {
    if (actor.kind !== 'organization' || roles.get(actor.id) !== 'party') continue;
    for (const member of actor.members) if (!roles.has(member)) roles.set(member, 'member');
    for (const framework of actor.frameworks)
      for (const member of framework.members) if (!roles.has(member)) roles.set(member, 'partner');
  }
  return roles;
}

/** The actors an export lists: the parties only, unless the others are asked for too. */
function exportedActors(dataset: Dataset, allActors: boolean) {
  const roles = actorRoles(dataset);
  return dataset.actors.flatMap((actor) => {
    const role = roles.get(actor.id);
    if (!role || (!allActors && role !== 'party')) return [];
    return [{ actor, role }];
  });
}

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

export { LINK_COLUMNS };

/**
 * The links file: one row per partnership, parties by id (found again in the actors file) and
 * name, domains by id separated by `;` with their labels in English and Arabic, the status by id
 * and in words, the sources' URLs or ids, and the first passage cited for the status, verbatim.
 * Every passage is in the passages file.
 */
export function linksCsv(dataset: Dataset, labels: ExportLabels): string {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const domains = new Map(dataset.domains.map((d) => [d.id, d]));
  const domainLabels = (p: Partnership, language: 'en' | 'ar') =>
    p.domains.map((d) => domains.get(d.domain)?.label[language] ?? d.domain).join(';');
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const excerpts = new Map(dataset.excerpts.map((e) => [e.id, e]));
  const name = (id: string, language: 'en' | 'ar') => actors.get(id)?.name[language] ?? id;
  // The value, when the dataset has one, and the imported rows' other columns, by their own
  // headers in the order first met (a header that is one of ours gets " (file)").
  const valued = dataset.value !== undefined;
  const fieldNames = [
    ...new Set(dataset.partnerships.flatMap((p) => (p.fields ?? []).map((f) => f.name))),
  ];
  const taken = new Set<string>([...LINK_COLUMNS, 'value', 'value_unit']);
  const fieldHeaders = fieldNames.map((n) => (taken.has(n) ? `${n} (file)` : n));
  return writeCsv([
    [...LINK_COLUMNS, ...(valued ? ['value', 'value_unit'] : []), ...fieldHeaders],
    ...dataset.partnerships.map((p) => {
      const [origin, dest] = p.parties;
      const first = p.statusExcerpts[0];
      const fields = new Map((p.fields ?? []).map((f) => [f.name, f.value]));
      return [
        p.id,
        origin,
        dest,
        name(origin, 'en'),
        name(dest, 'en'),
        name(origin, 'ar'),
        name(dest, 'ar'),
        p.domains.map((d) => d.domain).join(';'),
        domainLabels(p, 'en'),
        domainLabels(p, 'ar'),
        p.status,
        labels.status(p.status).en,
        labels.status(p.status).ar,
        p.date,
        p.start ?? null,
        p.end ?? null,
        p.sources.map((id) => sources.get(id)?.url ?? id).join(';'),
        first === undefined ? null : (excerpts.get(first)?.text ?? null),
        p.summary.en,
        ...(valued ? [p.value ?? null, dataset.value?.unit ?? null] : []),
        ...fieldNames.map((n) => fields.get(n) ?? null),
      ];
    }),
  ]);
}

/**
 * The passages file: every passage cited, one row per citation: the partnership (by id and by
 * its parties' names), what it is cited for (the status, or a domain by id and in both
 * languages), the passage verbatim, our translation, and its source (headline or subject, URL,
 * and whether the passage was checked against the article's text).
 */
export function passagesCsv(dataset: Dataset): string {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const domains = new Map(dataset.domains.map((d) => [d.id, d]));
  const excerpts = new Map(dataset.excerpts.map((e) => [e.id, e]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const rows: (string | null)[][] = [];
  for (const p of dataset.partnerships) {
    const title = p.parties.map((id) => actors.get(id)?.name.en ?? id).join(' – ');
    const cite = (excerptId: string, citedFor: string, domain: string | null) => {
      const excerpt = excerpts.get(excerptId);
      if (!excerpt) return;
      const source = sources.get(excerpt.source);
      const label = domain === null ? null : domains.get(domain)?.label;
      rows.push([
        p.id,
        title,
        citedFor,
        domain,
        label?.en ?? null,
        label?.ar ?? null,
        excerpt.text,
        excerpt.translation,
        source?.id ?? excerpt.source,
        source ? (source.headline ?? source.subject) : null,
        source?.url ?? null,
        source?.file ? 'yes' : 'no',
      ]);
    };
    for (const id of p.statusExcerpts) cite(id, 'status', null);
    for (const citation of p.domains)
      for (const id of citation.excerpts) cite(id, 'domain', citation.domain);
  }
  return writeCsv([
    [
      'partnership',
      'parties',
      'cited_for',
      'domain',
      'domain_en',
      'domain_ar',
      'passage',
      'translation',
      'source',
      'source_title',
      'source_url',
      'checked_against_source',
    ],
    ...rows,
  ]);
}

/**
 * The actors file: where each actor is drawn, how it was placed, and its role in the exported
 * partnerships. The parties only, unless `allActors` (then the members and framework partners of
 * party organizations too, which the map shades and outlines).
 */
export function actorsCsv(dataset: Dataset, allActors = false): string {
  return writeCsv([
    ['id', 'name', 'name_ar', 'lat', 'lon', 'kind', 'anchor', 'place', 'place_note', 'role'],
    ...exportedActors(dataset, allActors).map(({ actor: a, role }) => [
      a.id,
      a.name.en,
      a.name.ar,
      a.anchor.lat,
      a.anchor.lon,
      a.kind,
      a.anchor.kind,
      a.anchor.place.en,
      a.anchor.note?.en ?? null,
      role,
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
  domains_en: string;
  domains_ar: string;
  status: string;
  status_en: string;
  status_ar: string;
  date: string | null;
  start: string | null;
  end: string | null;
  sources: string;
  summary: string;
}

export interface ActorProperties {
  id: string;
  name: string;
  name_ar: string;
  kind: Actor['kind'];
  anchor: string;
  role: ActorRole;
}

/**
 * Partnerships as great-circle LineStrings and actors as Points, in one collection: the parties,
 * or with `allActors` their organizations' members and framework partners too, each with its role.
 */
export function datasetGeoJson(
  dataset: Dataset,
  labels: ExportLabels,
  allActors = false,
): FeatureCollection<LineString | Point, ArcProperties | ActorProperties> {
  const domains = new Map(dataset.domains.map((d) => [d.id, d]));
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
        domains_en: p.domains.map((d) => domains.get(d.domain)?.label.en ?? d.domain).join(';'),
        domains_ar: p.domains.map((d) => domains.get(d.domain)?.label.ar ?? d.domain).join(';'),
        status: p.status,
        status_en: labels.status(p.status).en,
        status_ar: labels.status(p.status).ar,
        date: p.date,
        start: p.start ?? null,
        end: p.end ?? null,
        sources: p.sources.map((id) => sources.get(id)?.url ?? id).join(';'),
        summary: p.summary.en,
      },
    };
  };
  const point = ({
    actor: a,
    role,
  }: {
    actor: Actor;
    role: ActorRole;
  }): Feature<Point, ActorProperties> => ({
    type: 'Feature',
    id: a.id,
    geometry: { type: 'Point', coordinates: [a.anchor.lon, a.anchor.lat] },
    properties: {
      id: a.id,
      name: a.name.en,
      name_ar: a.name.ar,
      kind: a.kind,
      anchor: a.anchor.kind,
      role,
    },
  });
  return {
    type: 'FeatureCollection',
    features: [
      ...dataset.partnerships.flatMap((p) => {
        const feature = arc(p);
        return feature ? [feature] : [];
      }),
      ...exportedActors(dataset, allActors).map(point),
    ],
  };
}
