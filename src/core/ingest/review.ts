/**
 * The analyst's review of an article's proposals: which pairs are accepted, their status, and the
 * passages ticked as evidence for the status and for each domain, with our optional translations.
 * Starts from the proposals with nothing accepted and nothing ticked: a suggestion stays a
 * suggestion until a person accepts it. Pure functions over plain values, for the workbench's UI.
 */
import { isPartialDate } from '../dates';
import { latestEvent } from '../events';
import { proposeEvents } from './event-dates';
import type { ArticleProposal, ProposedStatus } from './propose';
import { trimSpan } from './text';
import type { ChosenPassage, ReviewedPartnership } from './to-dataset';

/**
 * An earlier or later event the article reports about the pair (beside the one its status tells):
 * kept only when the analyst ticks it, with the date the analyst accepts or writes.
 */
export interface EventReview {
  kind: ProposedStatus;
  /** The sentences that tell of it: its passages. */
  sentences: number[];
  ticked: boolean;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; '' when not given. */
  date: string;
}

export interface DomainReview {
  domain: string;
  /** Sentences the proposal suggests, as indexes. */
  suggested: number[];
  ticked: number[];
}

/** A passage the analyst selected in the text, for the status or a domain. */
export interface Selection {
  start: number;
  end: number;
  /** `status`, or a domain's id. */
  for: string;
  translation: string;
}

export interface PairReview {
  parties: [string, string];
  accepted: boolean;
  /** The status chosen; it starts as the suggestion, shown as one. */
  status: ProposedStatus | null;
  /** The status's date as the analyst accepts or writes it (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); '' none. */
  statusDate: string;
  /** The article's other events about the pair, for its history. */
  events: EventReview[];
  suggestion: { value: ProposedStatus; cue: string } | null;
  statusSuggested: number[];
  statusTicked: number[];
  domains: DomainReview[];
  /** Our translations, by sentence. */
  translations: Record<number, string>;
  /** Passages selected in the text (exact offsets, outer spaces trimmed). */
  selections: Selection[];
  summary: string;
  /** The partnership of the same parties the atlas has, if any, and whether to add to it. */
  existing: string | null;
  addToExisting: boolean;
}

export function initialReview(
  proposal: ArticleProposal,
  existing: (parties: [string, string]) => string | null,
): PairReview[] {
  return proposal.pairs.map((pair) => {
    const statusSuggested = pair.evidence.filter((i) => proposal.sentences[i]?.status);
    const cue = pair.status
      ? proposal.text.slice(pair.status.cue.start, pair.status.cue.end)
      : null;
    const found = existing(pair.parties);
    // The event the status tells is the status itself; the others are the history's.
    const events = proposeEvents(proposal, pair.parties, null).filter(
      (e) => !pair.status || !e.sentences.includes(pair.status.sentence),
    );
    return {
      parties: pair.parties,
      accepted: false,
      status: pair.status?.value ?? null,
      statusDate: '',
      events: events.map((e) => ({
        kind: e.kind,
        sentences: e.sentences,
        ticked: false,
        date: '',
      })),
      suggestion: pair.status && cue !== null ? { value: pair.status.value, cue } : null,
      statusSuggested: pair.status
        ? [pair.status.sentence, ...statusSuggested.filter((i) => i !== pair.status?.sentence)]
        : statusSuggested,
      statusTicked: [],
      domains: pair.domains.map((d) => ({ domain: d.domain, suggested: d.sentences, ticked: [] })),
      translations: {},
      selections: [],
      summary: '',
      existing: found,
      addToExisting: found !== null,
    };
  });
}

/** A pair the analyst names (the proposals missed it): accepted, its evidence to be selected. */
export function manualReview(parties: [string, string], existing: string | null): PairReview {
  return {
    parties,
    accepted: true,
    status: null,
    statusDate: '',
    events: [],
    suggestion: null,
    statusSuggested: [],
    statusTicked: [],
    domains: [],
    translations: {},
    selections: [],
    summary: '',
    existing,
    addToExisting: existing !== null,
  };
}

/**
 * Ticks every suggested passage of a pair (the analyst's own click), and takes the status's
 * suggested date when none is written.
 */
export function tickSuggested(review: PairReview, suggestedDate: string | null = null): PairReview {
  return {
    ...review,
    statusDate: review.statusDate.trim() === '' ? (suggestedDate ?? '') : review.statusDate,
    statusTicked:
      review.status === review.suggestion?.value
        ? review.statusSuggested.slice(0, 1)
        : review.statusTicked,
    domains: review.domains.map((d) => ({ ...d, ticked: [...d.suggested] })),
  };
}

/**
 * A passage selected in the text as an excerpt: its outer spaces trimmed, null when it is empty or
 * outside the text.
 */
export function selectionOf(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const [from, to] = start <= end ? [start, end] : [end, start];
  if (from < 0 || to > text.length) return null;
  return trimSpan(text, from, to);
}

/** The reviews with a passage selected in the text added to one pair, which it accepts. */
export function withSelection(
  reviews: readonly PairReview[],
  pair: number,
  span: { start: number; end: number },
  target: string,
): PairReview[] {
  return reviews.map((r, i) =>
    i === pair
      ? {
          ...r,
          accepted: true,
          selections: [...r.selections, { ...span, for: target, translation: '' }],
        }
      : r,
  );
}

/** A sentence ticked or unticked in a list. */
export const toggled = (list: readonly number[], item: number): number[] =>
  list.includes(item) ? list.filter((i) => i !== item) : [...list, item].sort((a, b) => a - b);

/**
 * The partnership a review describes, every ticked sentence and selected passage cited, without
 * the checks of `reviewedPartnerships`; null while it has no status.
 */
export function reviewedOf(
  proposal: ArticleProposal,
  review: PairReview,
): ReviewedPartnership | null {
  if (review.status === null) return null;
  const passages = (indexes: readonly number[]): ChosenPassage[] =>
    indexes.flatMap((i) => {
      const sentence = proposal.sentences[i];
      if (!sentence) return [];
      const translation = review.translations[i]?.trim();
      return [{ start: sentence.start, end: sentence.end, translation: translation || null }];
    });
  const selected = (target: string): ChosenPassage[] =>
    review.selections
      .filter((s) => s.for === target)
      .map((s) => ({ start: s.start, end: s.end, translation: s.translation.trim() || null }));
  const domainIds = [
    ...review.domains.map((d) => d.domain),
    ...review.selections.map((s) => s.for).filter((f) => f !== 'status'),
  ];
  const domains = [...new Set(domainIds)]
    .map((domain) => ({
      domain,
      passages: [
        ...passages(review.domains.find((d) => d.domain === domain)?.ticked ?? []),
        ...selected(domain),
      ],
    }))
    .filter((d) => d.passages.length > 0);
  const summary = review.summary.trim();
  const date = (text: string) => (text.trim() === '' ? null : text.trim());
  const events = review.events
    .filter((e) => e.ticked)
    .map((e) => ({ kind: e.kind, date: date(e.date), passages: passages(e.sentences) }));
  return {
    parties: review.parties,
    status: review.status,
    // The status is evidence too: the passage that shows it is ticked like a domain's.
    statusPassages: [...passages(review.statusTicked), ...selected('status')],
    domains,
    date: date(review.statusDate),
    ...(events.length > 0 ? { events } : {}),
    summary: summary === '' ? null : { en: summary, ar: summary },
    ...(review.addToExisting && review.existing ? { addTo: review.existing } : {}),
  };
}

/** What a review can be saved as, or why not yet. */
export function reviewedPartnerships(
  proposal: ArticleProposal,
  reviews: readonly PairReview[],
):
  | { ok: true; partnerships: ReviewedPartnership[] }
  | { ok: false; reason: 'none-accepted' }
  | { ok: false; reason: 'no-status-evidence'; parties: [string, string] }
  /** A date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the status's (`event` null) or an event's (its index in `events`). */
  | {
      ok: false;
      reason: 'bad-date';
      parties: [string, string];
      value: string;
      event: number | null;
    }
  /** The status is not the latest of the events kept: the later one. */
  | {
      ok: false;
      reason: 'status-not-latest';
      parties: [string, string];
      later: { kind: ProposedStatus; date: string | null };
    } {
  const partnerships: ReviewedPartnership[] = [];
  for (const review of reviews) {
    if (!review.accepted) continue;
    const reviewed = reviewedOf(proposal, review);
    if (!reviewed || reviewed.domains.length === 0) continue;
    if (reviewed.statusPassages.length === 0) {
      return { ok: false, reason: 'no-status-evidence', parties: review.parties };
    }
    const problem = datesProblem(reviewed);
    if (problem?.reason === 'bad-date' && problem.event !== null) {
      // Numbered as the card lists the events, ticked or not.
      const ticked = review.events.filter((e) => e.ticked)[problem.event];
      problem.event = ticked ? review.events.indexOf(ticked) : problem.event;
    }
    if (problem) return { ok: false, parties: review.parties, ...problem };
    partnerships.push(reviewed);
  }
  return partnerships.length > 0
    ? { ok: true, partnerships }
    : { ok: false, reason: 'none-accepted' };
}

/**
 * What is wrong with a reviewed partnership's dates: one that is not a date, or a kept event later
 * than the status (the status shown is the latest event, so the two must agree). Null when none.
 */
function datesProblem(
  reviewed: ReviewedPartnership,
):
  | { reason: 'bad-date'; value: string; event: number | null }
  | { reason: 'status-not-latest'; later: { kind: ProposedStatus; date: string | null } }
  | null {
  if (reviewed.date !== null && !isPartialDate(reviewed.date))
    return { reason: 'bad-date', value: reviewed.date, event: null };
  const events = reviewed.events ?? [];
  const bad = events.findIndex((e) => e.date !== null && !isPartialDate(e.date));
  if (bad >= 0) return { reason: 'bad-date', value: events[bad]?.date ?? '', event: bad };
  if (events.length === 0) return null;
  // The status's own event comes last among equals: on the same date, it is the later news.
  const status = { kind: reviewed.status, date: reviewed.date, own: true };
  const latest = latestEvent([...events.map((e) => ({ ...e, own: false })), status]);
  return latest && !latest.own
    ? { reason: 'status-not-latest', later: { kind: latest.kind, date: latest.date } }
    : null;
}
