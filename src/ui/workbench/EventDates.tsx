// The dated events' words live with the time bar's, outside the atlas's entry and its workers.
import '../../core/time-messages';
import { useId } from 'react';
import {
  proposeEvents,
  type DateSuggestion,
  type EventProposal,
} from '../../core/ingest/event-dates';
import type { ArticleProposal } from '../../core/ingest/propose';
import type { EventReview, PairReview } from '../../core/ingest/review';
import { useT } from '../i18n';

/** The pair's events with their dates counted from the article's date as the analyst has it. */
export function datedEvents(
  proposal: ArticleProposal,
  parties: readonly [string, string],
  published: string,
): EventProposal[] {
  const trimmed = published.trim();
  return proposeEvents(proposal, parties, trimmed === '' ? null : trimmed);
}

/** The date suggested for the event told by any of `sentences`, or null. */
export function suggestedDate(
  events: readonly EventProposal[],
  sentences: readonly number[],
): DateSuggestion | null {
  return events.find((e) => sentences.some((s) => e.sentences.includes(s)))?.date ?? null;
}

/** The accepted form of a suggestion: its date, or '' when it gives none. */
export const dateOf = (suggestion: DateSuggestion | null): string =>
  suggestion && suggestion.how !== 'uncounted' ? suggestion.iso : '';

/**
 * A date as the analyst accepts or writes it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), with what the
 * text suggests beside it: the words it comes from and how it was counted, and a button to use it.
 */
export function DateField({
  label,
  value,
  suggestion,
  text,
  onChange,
}: {
  label: string;
  value: string;
  suggestion: DateSuggestion | null;
  /** The article's text, to quote the suggestion's words. */
  text: string;
  onChange: (value: string) => void;
}) {
  const { t, formatDate } = useT();
  const id = useId();
  // Isolated, so that the article's words keep their own direction inside the sentence.
  const words = suggestion
    ? `\u2068${text.slice(suggestion.words.start, suggestion.words.end)}\u2069`
    : '';
  const suggested = dateOf(suggestion);
  const note = !suggestion
    ? t('time.dateNone')
    : suggestion.how === 'stated'
      ? t('time.dateStated', { words, date: formatDate(suggestion.iso) })
      : suggestion.how === 'counted'
        ? t('time.dateCounted', {
            words,
            from: formatDate(suggestion.from),
            date: formatDate(suggestion.iso),
          })
        : t(`time.date.${suggestion.why}`, { words });
  return (
    <div className="date-field">
      <label htmlFor={id}>{label}</label>{' '}
      <input
        id={id}
        dir="ltr"
        inputMode="numeric"
        size={11}
        placeholder={t('time.datePlaceholder')}
        aria-describedby={`${id}-note`}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />{' '}
      {suggested !== '' && suggested !== value.trim() && (
        <button
          type="button"
          onClick={() => {
            onChange(suggested);
          }}
        >
          {t('time.useDate', { date: formatDate(suggested) })}
        </button>
      )}
      <p className="note suggestion" id={`${id}-note`}>
        {note}
      </p>
    </div>
  );
}

/**
 * The article's other events about the pair (talks before the signing, an earlier memorandum):
 * each ticked to join the partnership's history with its passages, dated as the analyst accepts.
 */
export function EventList({
  proposal,
  review,
  dated,
  onChange,
}: {
  proposal: ArticleProposal;
  review: PairReview;
  /** The pair's events dated from the article (`datedEvents`), made once for the card. */
  dated: readonly EventProposal[];
  onChange: (review: PairReview) => void;
}) {
  const { t } = useT();
  if (review.events.length === 0) return null;
  const change = (at: number, event: EventReview) => {
    onChange({ ...review, events: review.events.map((e, i) => (i === at ? event : e)) });
  };
  return (
    <fieldset className="evidence-list event-list">
      <legend>{t('time.events')}</legend>
      <p className="note">{t('time.eventsHint')}</p>
      {review.events.map((event, at) => {
        const suggestion = suggestedDate(dated, event.sentences);
        return (
          <div
            key={`${event.kind}-${event.sentences.join('-')}`}
            className={`evidence${event.ticked ? ' ticked' : ''}`}
          >
            <label>
              <input
                type="checkbox"
                checked={event.ticked}
                onChange={(e) => {
                  const ticked = e.target.checked;
                  // Ticking accepts the suggested date, shown in the field to be changed.
                  const date = ticked && event.date.trim() === '' ? dateOf(suggestion) : event.date;
                  change(at, { ...event, ticked, date });
                }}
              />{' '}
              <strong>{t('time.keepEvent', { kind: t(`status.${event.kind}`) })}</strong>
            </label>
            {event.sentences.map((index) => {
              const sentence = proposal.sentences[index];
              return sentence ? (
                <p key={index} className="passage" dir="auto">
                  {proposal.text.slice(sentence.start, sentence.end)}
                </p>
              ) : null;
            })}
            <DateField
              label={t('time.eventDate')}
              value={event.date}
              suggestion={suggestion}
              text={proposal.text}
              onChange={(date) => {
                change(at, { ...event, date });
              }}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
