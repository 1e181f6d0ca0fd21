/**
 * A reviewed article added to a dataset: its source with its full text (so that its excerpts are
 * checked character for character like the seed's), one excerpt per passage the analyst chose, and
 * the partnerships accepted, each citing those passages for its status and its domains. Actors and
 * domains the dataset lacks are added from the gazetteer and the lexicon. Pure; the result is
 * checked by `validateDataset` before it is kept.
 */
import type { GazetteerEntry } from '../import/gazetteer';
import { IMPORT_DOMAIN_COLOURS, slugify } from '../import/to-dataset';
import { byDate, eventsOf, latestEvent, type PartnershipEvent } from '../events';
import type { Actor, Dataset, Domain, LocalizedText, Partnership } from '../types';
import type { ProposedStatus } from './propose';
import type { Span } from './text';

/** The article as the analyst confirmed it. */
export interface ReviewedArticle {
  /** The name the source text is kept under in the dataset's folder: `sources/<name>.txt`. */
  name: string;
  text: string;
  language: 'ar' | 'en';
  headline: string | null;
  headlineTranslation: string | null;
  /** Our one-line description of the article (required by the data format). */
  subject: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
}

/** A passage chosen as evidence, with our translation when the analyst wrote one. */
export interface ChosenPassage extends Span {
  translation: string | null;
}

export interface ReviewedPartnership {
  parties: [string, string];
  status: ProposedStatus;
  statusPassages: ChosenPassage[];
  domains: { domain: string; passages: ChosenPassage[] }[];
  /** The status's date, as the analyst accepted or wrote it. */
  date: string | null;
  /** The article's other events about the pair that the analyst kept, for its history. */
  events?: { kind: ProposedStatus; date: string | null; passages: ChosenPassage[] }[];
  /** The analyst's summary; null: none written (the atlas says so). */
  summary: LocalizedText | null;
  /** An existing partnership this article becomes a further source of; absent: a new one. */
  addTo?: string;
}

export interface AddArticleInput {
  dataset: Dataset;
  /** The dataset's source texts by file, to be kept beside it. */
  sources: Readonly<Record<string, string>>;
  article: ReviewedArticle;
  partnerships: readonly ReviewedPartnership[];
  /** The gazetteer's entry for an actor the dataset lacks, with the point it is placed at. */
  actorEntry: (id: string) => { entry: GazetteerEntry; point: [number, number] } | null;
  /** The lexicon's label for a domain the dataset lacks. */
  domainLabel: (id: string) => LocalizedText | null;
  /** Said where no summary was written, in both languages. */
  noSummary: LocalizedText;
  /** Said as a new domain's description, in English. */
  addedDomain: string;
}

export type AddArticleResult =
  | { ok: true; dataset: Dataset; sources: Record<string, string>; partnerships: string[] }
  | {
      ok: false;
      reason: 'unknown-actor' | 'unknown-domain' | 'no-evidence' | 'bad-passage';
      id: string;
    };

/** A fresh id: the base, or the base with a number, not yet taken. */
export function fresh(base: string, taken: ReadonlySet<string>): string {
  let id = base || 'article';
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function addArticle(input: AddArticleInput): AddArticleResult {
  const { article } = input;
  const dataset: Dataset = structuredClone(input.dataset);
  const sources = { ...input.sources };

  // The source, its text kept under a name no other source uses.
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const base = slugify(article.name.replace(/\.[a-z0-9]+$/i, '')) || 'article';
  const sourceId = fresh(base, sourceIds);
  const files = new Set([
    ...Object.keys(sources),
    ...dataset.sources.flatMap((s) => (s.file ? [s.file] : [])),
  ]);
  let file = `sources/${sourceId}.txt`;
  for (let n = 2; files.has(file); n++) file = `sources/${sourceId}-${n}.txt`;
  sources[file] = article.text;
  dataset.sources.push({
    id: sourceId,
    file,
    language: article.language,
    headline: article.headline,
    headlineTranslation: article.headlineTranslation,
    subject: article.subject,
    publisher: article.publisher,
    published: article.published,
    url: article.url,
  });

  const excerptOf = excerptMaker(dataset, sourceId, article.text);
  const ensureActor = actorAdder(dataset, input.actorEntry);
  const ensureDomain = domainAdder(dataset, input.domainLabel, input.addedDomain);

  const partnershipIds = new Set(dataset.partnerships.map((p) => p.id));
  const touched: string[] = [];
  for (const reviewed of input.partnerships) {
    for (const party of reviewed.parties) {
      if (!ensureActor(party)) return { ok: false, reason: 'unknown-actor', id: party };
    }
    const statusExcerpts: string[] = [];
    for (const passage of reviewed.statusPassages) {
      const id = excerptOf(passage);
      if (!id) return { ok: false, reason: 'bad-passage', id: `${passage.start}-${passage.end}` };
      if (!statusExcerpts.includes(id)) statusExcerpts.push(id);
    }
    const domains: Partnership['domains'] = [];
    for (const { domain, passages } of reviewed.domains) {
      if (!ensureDomain(domain)) return { ok: false, reason: 'unknown-domain', id: domain };
      const excerpts: string[] = [];
      for (const passage of passages) {
        const id = excerptOf(passage);
        if (!id) return { ok: false, reason: 'bad-passage', id: `${passage.start}-${passage.end}` };
        if (!excerpts.includes(id)) excerpts.push(id);
      }
      if (excerpts.length > 0) domains.push({ domain, excerpts });
    }
    const label = reviewed.parties.join(' – ');
    if (domains.length === 0) return { ok: false, reason: 'no-evidence', id: label };
    // The article's events: those the analyst kept, then the status's own (last among equals).
    const told: PartnershipEvent[] = [];
    for (const event of reviewed.events ?? []) {
      const excerpts: string[] = [];
      for (const passage of event.passages) {
        const id = excerptOf(passage);
        if (!id) return { ok: false, reason: 'bad-passage', id: `${passage.start}-${passage.end}` };
        if (!excerpts.includes(id)) excerpts.push(id);
      }
      told.push({ kind: event.kind, date: event.date, excerpts });
    }
    const statusEvent: PartnershipEvent = {
      kind: reviewed.status,
      date: reviewed.date,
      excerpts: statusExcerpts,
    };

    const existing = reviewed.addTo
      ? dataset.partnerships.find((p) => p.id === reviewed.addTo)
      : undefined;
    if (existing) {
      // A further source of a partnership the dataset has: its citations join the existing ones.
      existing.sources = [...new Set([...existing.sources, sourceId])];
      if (told.length > 0 || reviewed.date !== null) {
        // A dated article adds to the partnership's history; its status is the latest event,
        // cited by that event's passages (and the earlier ones of the same status).
        const history = mergedEvents([...eventsOf(existing), ...told, statusEvent]);
        const latest = latestEvent(history) ?? statusEvent;
        if (history.length > 1) existing.events = history;
        const kept = latest.kind === existing.status ? existing.statusExcerpts : [];
        existing.status = latest.kind;
        existing.date = latest.date;
        existing.statusExcerpts = [...new Set([...kept, ...latest.excerpts])];
      } else {
        existing.statusExcerpts = [...new Set([...existing.statusExcerpts, ...statusExcerpts])];
      }
      for (const citation of domains) {
        const same = existing.domains.find((d) => d.domain === citation.domain);
        if (same) same.excerpts = [...new Set([...same.excerpts, ...citation.excerpts])];
        else existing.domains.push(citation);
      }
      touched.push(existing.id);
      continue;
    }
    const id = fresh(slugify(`${reviewed.parties.join('-')}-${sourceId}`), partnershipIds);
    partnershipIds.add(id);
    dataset.partnerships.push({
      id,
      parties: reviewed.parties,
      status: reviewed.status,
      statusExcerpts,
      date: reviewed.date,
      ...(told.length > 0 ? { events: byDate([...told, statusEvent]) } : {}),
      summary: reviewed.summary ?? input.noSummary,
      summaryBy: reviewed.summary ? 'editors' : 'import',
      people: [],
      sources: [sourceId],
      domains,
    });
    touched.push(id);
  }
  return { ok: true, dataset, sources, partnerships: touched };
}

/**
 * Turns chosen passages of a source into the dataset's excerpts (changing `dataset`): one excerpt
 * per passage, whichever partnerships and domains cite it. A passage already kept as an excerpt of
 * the same source (the same words) is that excerpt, its translation the one given. Null for a
 * passage outside the text, empty or with space at its edges.
 */
export function excerptMaker(
  dataset: Dataset,
  sourceId: string,
  text: string,
): (passage: ChosenPassage) => string | null {
  const excerptIds = new Set(dataset.excerpts.map((e) => e.id));
  return (passage) => {
    const inside =
      Number.isInteger(passage.start) &&
      Number.isInteger(passage.end) &&
      passage.start >= 0 &&
      passage.start < passage.end &&
      passage.end <= text.length;
    if (!inside) return null;
    const words = text.slice(passage.start, passage.end);
    if (words.trim() === '' || words.trim() !== words) return null;
    const translation = passage.translation?.trim() || null;
    const known = dataset.excerpts.find((e) => e.source === sourceId && e.text === words);
    if (known) {
      known.translation = translation;
      return known.id;
    }
    const count = dataset.excerpts.filter((e) => e.source === sourceId).length;
    const id = fresh(`${sourceId}-${count + 1}`, excerptIds);
    excerptIds.add(id);
    dataset.excerpts.push({ id, source: sourceId, text: words, translation, kind: 'report' });
    return id;
  };
}

/** Adds an actor the dataset lacks from the gazetteer (changing `dataset`); false when unknown. */
export function actorAdder(
  dataset: Dataset,
  actorEntry: AddArticleInput['actorEntry'],
): (id: string) => boolean {
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  return (id) => {
    if (actorIds.has(id)) return true;
    const found = actorEntry(id);
    if (!found) return false;
    const { entry, point } = found;
    const anchor = {
      lon: point[0],
      lat: point[1],
      kind: entry.kind === 'state' ? ('territory' as const) : ('headquarters' as const),
      place: entry.place ?? entry.name,
    };
    const actor: Actor =
      entry.kind === 'state'
        ? { id, kind: 'state', name: entry.name, aliases: [], anchor }
        : {
            id,
            kind: 'organization',
            name: entry.name,
            aliases: [],
            anchor,
            members: [],
            frameworks: [],
          };
    dataset.actors.push(actor);
    actorIds.add(id);
    return true;
  };
}

/** Adds a domain the dataset lacks from the lexicon (changing `dataset`); false when unknown. */
export function domainAdder(
  dataset: Dataset,
  domainLabel: (id: string) => LocalizedText | null,
  description: string,
): (id: string) => boolean {
  const domainIds = new Set(dataset.domains.map((d) => d.id));
  return (id) => {
    if (domainIds.has(id)) return true;
    const label = domainLabel(id);
    if (!label) return false;
    const domain: Domain = {
      id,
      label,
      description,
      color:
        IMPORT_DOMAIN_COLOURS[dataset.domains.length % IMPORT_DOMAIN_COLOURS.length] ?? '#332288',
    };
    dataset.domains.push(domain);
    domainIds.add(id);
    return true;
  };
}

/**
 * Events in order of date, one per kind and date: the same event told by two sources cites both
 * (an undated event is the same as another only when that one is undated too).
 */
export function mergedEvents(events: readonly PartnershipEvent[]): PartnershipEvent[] {
  const merged: PartnershipEvent[] = [];
  for (const event of events) {
    const same = merged.find((e) => e.kind === event.kind && e.date === event.date);
    if (same) same.excerpts = [...new Set([...same.excerpts, ...event.excerpts])];
    else merged.push({ ...event, excerpts: [...event.excerpts] });
  }
  return byDate(merged);
}
