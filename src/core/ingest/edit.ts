/**
 * Editing what a dataset already holds: one partnership's citations of one of its sources, opened
 * as the same review the workbench makes for a new article, and the review written back. The
 * citations of the partnership's other sources are kept as they are; an excerpt the partnership
 * cited that nothing cites any more is removed. Pure; the result is checked by `validateDataset` before
 * it is kept.
 */
import { latestEvent } from '../events';
import type { Dataset, Excerpt, Partnership, Source } from '../types';
import type { ArticleProposal, ProposedStatus } from './propose';
import type { DomainReview, PairReview, Selection } from './review';
import { domainAdder, excerptMaker, type ReviewedPartnership } from './to-dataset';

const PROPOSED: readonly string[] = ['agreement-signed', 'talks-held', 'intent-expressed'];

/** The facts about a source the analyst can correct while editing. */
export interface SourceFacts {
  language: 'ar' | 'en';
  headline: string | null;
  subject: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
}

/** The review of a partnership's citations of one source, as they stand. */
export function reviewOfPartnership(
  dataset: Dataset,
  partnershipId: string,
  sourceId: string,
  proposal: ArticleProposal,
): PairReview | null {
  const partnership = dataset.partnerships.find((p) => p.id === partnershipId);
  if (!partnership) return null;
  const parties: [string, string] = [partnership.parties[0], partnership.parties[1]];
  const mine = new Map(
    dataset.excerpts.filter((e) => e.source === sourceId).map((e) => [e.id, e] as const),
  );
  const translations: Record<number, string> = {};
  const selections: Selection[] = [];
  /** The sentences an excerpt is; the rest become selections for `target`. */
  const place = (ids: readonly string[], target: string): number[] => {
    const sentences: number[] = [];
    for (const id of ids) {
      const excerpt = mine.get(id);
      if (!excerpt) continue;
      const start = proposal.text.indexOf(excerpt.text);
      if (start < 0) continue;
      const end = start + excerpt.text.length;
      const sentence = proposal.sentences.find((s) => s.start === start && s.end === end);
      if (sentence) {
        sentences.push(sentence.index);
        if (excerpt.translation) translations[sentence.index] = excerpt.translation;
      } else {
        selections.push({ start, end, for: target, translation: excerpt.translation ?? '' });
      }
    }
    return [...new Set(sentences)].sort((a, b) => a - b);
  };
  const proposed = proposal.pairs.find(
    (p) =>
      (p.parties[0] === parties[0] && p.parties[1] === parties[1]) ||
      (p.parties[0] === parties[1] && p.parties[1] === parties[0]),
  );
  const union = (a: readonly number[], b: readonly number[]) =>
    [...new Set([...a, ...b])].sort((x, y) => x - y);

  const statusTicked = place(partnership.statusExcerpts, 'status');
  const domains: DomainReview[] = partnership.domains.map((citation) => {
    const ticked = place(citation.excerpts, citation.domain);
    const suggested = proposed?.domains.find((d) => d.domain === citation.domain)?.sentences ?? [];
    return { domain: citation.domain, suggested: union(ticked, suggested), ticked };
  });
  for (const suggestion of proposed?.domains ?? []) {
    if (!domains.some((d) => d.domain === suggestion.domain))
      domains.push({ domain: suggestion.domain, suggested: suggestion.sentences, ticked: [] });
  }
  const statusSentences = proposed
    ? proposed.evidence.filter((i) => proposal.sentences[i]?.status)
    : [];
  const cue = proposed?.status
    ? proposal.text.slice(proposed.status.cue.start, proposed.status.cue.end)
    : null;
  return {
    parties,
    accepted: true,
    status: PROPOSED.includes(partnership.status) ? (partnership.status as ProposedStatus) : null,
    statusDate: partnership.date ?? '',
    // The partnership's history is kept as it is; only its status (the latest event) is edited here.
    events: [],
    suggestion: proposed?.status && cue !== null ? { value: proposed.status.value, cue } : null,
    statusSuggested: union(statusTicked, statusSentences),
    statusTicked,
    domains,
    translations,
    selections,
    // Empty: the summary written stays unless the analyst writes another.
    summary: '',
    existing: partnership.id,
    addToExisting: true,
  };
}

export interface EditInput {
  dataset: Dataset;
  /** The dataset's source texts by file. */
  sources: Readonly<Record<string, string>>;
  partnership: string;
  source: string;
  facts: SourceFacts;
  reviewed: ReviewedPartnership;
  /** The lexicon's label for a domain the dataset lacks. */
  domainLabel: (id: string) => { en: string; ar: string } | null;
  /** Said as a new domain's description, in English. */
  addedDomain: string;
}

export type EditResult =
  | { ok: true; dataset: Dataset }
  | {
      ok: false;
      reason:
        | 'missing'
        | 'no-text'
        | 'unknown-domain'
        | 'bad-passage'
        | 'no-evidence'
        | 'no-status-evidence';
      id: string;
    };

export function editPartnership(input: EditInput): EditResult {
  const dataset: Dataset = structuredClone(input.dataset);
  const link = dataset.partnerships.find((p) => p.id === input.partnership);
  const source = dataset.sources.find((s) => s.id === input.source);
  if (!link || !source) return { ok: false, reason: 'missing', id: input.partnership };
  const text = source.file === null ? undefined : input.sources[source.file];
  if (text === undefined) return { ok: false, reason: 'no-text', id: source.id };
  updateSource(source, input.facts);

  // The source's citations are replaced by the review's; the other sources' stay.
  const mine = new Set(dataset.excerpts.filter((e) => e.source === source.id).map((e) => e.id));
  const citedBefore = new Set(
    [...link.statusExcerpts, ...link.domains.flatMap((d) => d.excerpts)].filter((id) =>
      mine.has(id),
    ),
  );
  const theirs = (ids: readonly string[]) => ids.filter((id) => !mine.has(id));
  const excerptOf = excerptMaker(dataset, source.id, text);
  const ensureDomain = domainAdder(dataset, input.domainLabel, input.addedDomain);
  const cite = (passages: ReviewedPartnership['statusPassages']): string[] | null => {
    const ids: string[] = [];
    for (const passage of passages) {
      const id = excerptOf(passage);
      if (!id) return null;
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  };

  const { reviewed } = input;
  const statusIds = cite(reviewed.statusPassages);
  if (!statusIds) return { ok: false, reason: 'bad-passage', id: 'status' };
  link.status = reviewed.status;
  link.statusExcerpts = [...theirs(link.statusExcerpts), ...statusIds];
  link.date = reviewed.date;
  // With a history, the status is its latest event: that event is what the analyst edited.
  const latest = link.events ? latestEvent(link.events) : null;
  if (latest) {
    latest.kind = reviewed.status;
    latest.date = reviewed.date;
    latest.excerpts = [...new Set([...theirs(latest.excerpts), ...statusIds])];
  }
  const domains: Partnership['domains'] = link.domains.map((d) => ({
    domain: d.domain,
    excerpts: theirs(d.excerpts),
  }));
  for (const { domain, passages } of reviewed.domains) {
    if (!ensureDomain(domain)) return { ok: false, reason: 'unknown-domain', id: domain };
    const ids = cite(passages);
    if (!ids) return { ok: false, reason: 'bad-passage', id: domain };
    const same = domains.find((d) => d.domain === domain);
    if (same) same.excerpts = [...new Set([...same.excerpts, ...ids])];
    else domains.push({ domain, excerpts: ids });
  }
  link.domains = domains.filter((d) => d.excerpts.length > 0);
  if (link.domains.length === 0) return { ok: false, reason: 'no-evidence', id: link.id };
  if (link.statusExcerpts.length === 0)
    return { ok: false, reason: 'no-status-evidence', id: link.id };
  if (reviewed.summary) {
    link.summary = reviewed.summary;
    link.summaryBy = 'editors';
  }

  // A source the partnership no longer quotes is no longer one of its sources.
  const cited = new Set([
    ...link.statusExcerpts,
    ...link.domains.flatMap((d) => d.excerpts),
    ...(link.events ?? []).flatMap((e) => e.excerpts),
  ]);
  const quotes = (excerpt: Excerpt) => excerpt.source === source.id && cited.has(excerpt.id);
  if (!dataset.excerpts.some(quotes)) link.sources = link.sources.filter((s) => s !== source.id);
  if (link.sources.length === 0) return { ok: false, reason: 'no-evidence', id: link.id };

  // Excerpts this partnership cited that nothing cites any more go; the source's other passages
  // (commentary kept to be shown as such, say) stay.
  const used = new Set(
    dataset.partnerships.flatMap((p) => [
      ...p.statusExcerpts,
      ...(p.events ?? []).flatMap((e) => e.excerpts),
      ...p.domains.flatMap((d) => d.excerpts),
      ...p.people.map((person) => person.excerpt),
    ]),
  );
  for (const actor of dataset.actors)
    if (actor.kind === 'organization')
      for (const framework of actor.frameworks) for (const id of framework.excerpts) used.add(id);
  dataset.excerpts = dataset.excerpts.filter((e) => !citedBefore.has(e.id) || used.has(e.id));
  return { ok: true, dataset };
}

function updateSource(source: Source, facts: SourceFacts): void {
  source.language = facts.language;
  source.headline = facts.headline;
  source.subject = facts.subject;
  source.publisher = facts.publisher;
  source.published = facts.published;
  source.url = facts.url;
}
