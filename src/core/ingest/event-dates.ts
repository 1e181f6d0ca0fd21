/**
 * The events an article reports about a proposed pair (talks held, an intent expressed, an agreement
 * signed), each with the date its own sentence gives: a date stated in full ("9 مارس 2024"), or words
 * counted from the article's date ("سيوقع … الأسبوع المقبل": the week after it) to a date only as
 * precise as they are. "Next week" from Saturday 9 March 2024 is "2024-03"; from Friday 29 March it
 * reaches into April and is only "2024". Words that cannot be counted ("recently"), or counted
 * without the article's date, leave the event undated, with the words shown. Every date here is a
 * suggestion for the analyst to accept or change. Pure.
 */
import { coveringDate, dayRange } from '../dates';
import type { RelativeWhen } from './lexicon';
import type { ArticleProposal, Cue, DateProposal, ProposedStatus } from './propose';
import type { Span } from './text';

export type DateSuggestion =
  /** The sentence states the date with its year. */
  | { how: 'stated'; iso: string; words: Span }
  /** Counted from the article's date (`from`). */
  | { how: 'counted'; iso: string; words: Span; from: string }
  /** Words that give no date: vague ("recently"), or needing the article's date, which is unknown. */
  | { how: 'uncounted'; words: Span; why: 'vague' | 'no-article-date' | 'too-wide' };

export interface EventProposal {
  kind: ProposedStatus;
  /** The report sentences that tell of it, in the text's order. */
  sentences: number[];
  cue: Cue;
  /** The date its sentences give, or null when they give none. */
  date: DateSuggestion | null;
}

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => Math.round(ms / DAY_MS);
const utc = (day: number) => new Date(day * DAY_MS);

/** The first and last day a relative date can be, seen from one day of the article. */
function daysFrom(
  when: Exclude<RelativeWhen, { unit: 'vague' }>,
  day: number,
  intent: boolean,
): [number, number] {
  const date = utc(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (when.unit) {
    case 'day':
      return [day + when.offset, day + when.offset];
    case 'week':
      // Whatever day a week starts on (Saturday, Sunday or Monday), "next week" begins within
      // seven days and ends within thirteen; "this week" lies within six days either side.
      return when.offset === 0
        ? [day - 6, day + 6]
        : when.offset > 0
          ? [day + 1, day + 13]
          : [day - 13, day - 1];
    case 'month':
    case 'year': {
      const first =
        when.unit === 'month'
          ? dayOf(Date.UTC(year, month + when.offset, 1))
          : dayOf(Date.UTC(year + when.offset, 0, 1));
      const last =
        when.unit === 'month'
          ? dayOf(Date.UTC(year, month + when.offset + 1, 1)) - 1
          : dayOf(Date.UTC(year + when.offset + 1, 0, 1)) - 1;
      if (when.part === 'before') return [first, Math.min(day, last)];
      if (when.part === 'after') return [Math.max(day, first), last];
      return [first, last];
    }
    case 'weekday': {
      const back = (date.getUTCDay() - when.day + 7) % 7;
      // A past event: the last such day on or before the article. An intention may look either way
      // ("asked on Tuesday", "will sign on Tuesday"): both are kept, and the date is as wide.
      if (!intent) return [day - back, day - back];
      const ahead = (when.day - date.getUTCDay() + 7) % 7;
      return [day - back, day + (ahead === 0 ? 7 : ahead)];
    }
  }
}

/**
 * A relative date counted from the article's date (a partial date: every day it could be is
 * counted from), as precise as the words are; null when they reach over a year's end.
 */
export function countedDate(
  when: Exclude<RelativeWhen, { unit: 'vague' }>,
  published: string,
  intent = false,
): string | null {
  const range = dayRange(published);
  if (!range) return null;
  const first = daysFrom(when, range.first, intent)[0];
  const last = daysFrom(when, range.last, intent)[1];
  return coveringDate(first, last);
}

/** A day and month stated without a year, placed in the article's year (or the one it points to). */
function yearOfDayMonth(
  [month, day]: [number, number],
  published: string,
  intent: boolean,
): string | null {
  const range = dayRange(published);
  if (!range) return null;
  const year = utc(range.first).getUTCFullYear();
  if (utc(range.last).getUTCFullYear() !== year) return null;
  const at = (y: number) => dayOf(Date.UTC(y, month - 1, day));
  // A past event after the article's date was last year's; an intention before it is next year's.
  let chosen = year;
  if (!intent && at(year) > range.last) chosen = year - 1;
  if (intent && at(year) < range.first) chosen = year + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${chosen}-${pad(month)}-${pad(day)}`;
}

/** The date one sentence gives its event, counted from `published` where it has to be. */
export function dateOfSentence(
  proposal: ArticleProposal,
  sentence: number,
  published: string | null,
  kind: ProposedStatus,
): DateSuggestion | null {
  const span = proposal.sentences[sentence];
  if (!span) return null;
  const inside = proposal.dates.filter((d) => d.start >= span.start && d.end <= span.end);
  const intent = kind === 'intent-expressed';
  const words = (d: DateProposal): Span => ({ start: d.start, end: d.end });
  const stated = inside.find((d) => d.iso !== null);
  if (stated?.iso) return { how: 'stated', iso: stated.iso, words: words(stated) };
  const dayMonth = inside.find((d) => d.dayMonth !== null);
  const relative = inside.find((d) => d.when !== null && d.when.unit !== 'vague') ?? dayMonth;
  if (relative) {
    if (published === null || dayRange(published) === null)
      return { how: 'uncounted', words: words(relative), why: 'no-article-date' };
    const iso =
      relative.dayMonth !== null
        ? yearOfDayMonth(relative.dayMonth, published, intent)
        : relative.when && relative.when.unit !== 'vague'
          ? countedDate(relative.when, published, intent)
          : null;
    return iso === null
      ? { how: 'uncounted', words: words(relative), why: 'too-wide' }
      : { how: 'counted', iso, words: words(relative), from: published };
  }
  const vague = inside.find((d) => d.relative);
  return vague ? { how: 'uncounted', words: words(vague), why: 'vague' } : null;
}

const isoOf = (date: DateSuggestion | null) =>
  date === null || date.how === 'uncounted' ? null : date.iso;

/**
 * The events a pair's evidence reports, in the text's order: one per report sentence with an
 * affirmed status cue, joined with an earlier one of the same kind when their dates agree or one of
 * them has none (a headline and its lead telling of the same talks). Denials are not events.
 */
export function proposeEvents(
  proposal: ArticleProposal,
  parties: readonly [string, string],
  published: string | null,
): EventProposal[] {
  const pair = proposal.pairs.find(
    (p) => p.parties.includes(parties[0]) && p.parties.includes(parties[1]),
  );
  if (!pair) return [];
  const events: EventProposal[] = [];
  for (const index of [...new Set(pair.evidence)].sort((a, b) => a - b)) {
    const sentence = proposal.sentences[index];
    const status = sentence?.status;
    if (!sentence || sentence.role !== 'report' || sentence.denial || !status || status.negated)
      continue;
    const date = dateOfSentence(proposal, index, published, status.value);
    const same = events.find((e) => {
      if (e.kind !== status.value) return false;
      const [a, b] = [isoOf(e.date), isoOf(date)];
      return a === null || b === null || a === b;
    });
    if (!same) {
      events.push({ kind: status.value, sentences: [index], cue: status.cue, date });
      continue;
    }
    same.sentences.push(index);
    if (isoOf(same.date) === null && isoOf(date) !== null) same.date = date;
    else same.date ??= date;
  }
  return events;
}
