import { useId } from 'react';
import type { ArticleProposal, ProposedStatus } from '../../core/ingest/propose';
import { tickSuggested, toggled, type PairReview } from '../../core/ingest/review';
import { useT } from '../i18n';
import { DateField, dateOf, datedEvents, EventList, suggestedDate } from './EventDates';
import { EvidenceList } from './EvidenceList';
import { useLabels } from './use-labels';

const STATUSES: readonly ProposedStatus[] = ['agreement-signed', 'talks-held', 'intent-expressed'];

/** One proposed partnership under review: accept it, choose its status, tick its evidence. */
export function PairCard({
  proposal,
  review,
  editing = false,
  published,
  onChange,
}: {
  proposal: ArticleProposal;
  review: PairReview;
  /** The article's date as the analyst has it: relative dates are counted from it. */
  published: string;
  /** Editing what the dataset holds: the pair is accepted already, and its summary is kept unless replaced. */
  editing?: boolean;
  onChange: (review: PairReview) => void;
}) {
  const words = useT();
  const { t } = words;
  const id = useId();
  const { nameOf, domainLabel } = useLabels(proposal);
  const pair = `${nameOf(review.parties[0])} – ${nameOf(review.parties[1])}`;
  const proposed = proposal.pairs.find((p) => p.parties.join('|') === review.parties.join('|'));
  const quote = (span: { start: number; end: number }) => proposal.text.slice(span.start, span.end);
  const statusSentences = proposed?.status ? [proposed.status.sentence] : review.statusTicked;
  // Counted once per render, for the status's date and the other events' alike.
  const dated = datedEvents(proposal, review.parties, published);
  const statusDate = suggestedDate(dated, statusSentences);

  return (
    <article className={`pair-card${review.accepted ? ' accepted' : ''}`} aria-label={pair}>
      {editing ? (
        <h3>{t('workbench.editing', { pair })}</h3>
      ) : (
        <label className="pair-accept">
          <input
            type="checkbox"
            checked={review.accepted}
            onChange={(event) => {
              onChange({ ...review, accepted: event.target.checked });
            }}
          />{' '}
          <strong>{t('workbench.accept', { pair })}</strong>
        </label>
      )}
      {proposed?.notes.map((note) => (
        <p className="note" key={`${note.kind}-${'sentence' in note ? note.sentence : note.actor}`}>
          {note.kind === 'capital'
            ? t('workbench.noteCapital', { actor: nameOf(note.actor) })
            : note.kind === 'pronoun'
              ? t('workbench.notePronoun', { cue: quote(note.cue) })
              : t('workbench.noteDenied', { cue: quote(note.cue) })}
        </p>
      ))}
      {review.existing && !editing && (
        <fieldset className="pair-existing">
          <legend>{t('workbench.existing')}</legend>
          <label>
            <input
              type="radio"
              name={`${id}-existing`}
              checked={review.addToExisting}
              onChange={() => {
                onChange({ ...review, addToExisting: true });
              }}
            />{' '}
            {t('workbench.addToExisting')}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-existing`}
              checked={!review.addToExisting}
              onChange={() => {
                onChange({ ...review, addToExisting: false });
              }}
            />{' '}
            {t('workbench.addNew')}
          </label>
        </fieldset>
      )}
      <label htmlFor={`${id}-status`}>{t('workbench.status')}</label>{' '}
      <select
        id={`${id}-status`}
        value={review.status ?? ''}
        onChange={(event) => {
          const value = STATUSES.find((s) => s === event.target.value) ?? null;
          onChange({ ...review, status: value });
        }}
      >
        {review.status === null && <option value="">—</option>}
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>{' '}
      <span className="note suggestion">
        {review.suggestion
          ? t('workbench.suggested', { cue: review.suggestion.cue })
          : t('workbench.notSuggested')}
      </span>
      <DateField
        label={t('time.statusDate')}
        value={review.statusDate}
        suggestion={statusDate}
        text={proposal.text}
        onChange={(date) => {
          onChange({ ...review, statusDate: date });
        }}
      />
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            onChange(tickSuggested({ ...review, accepted: true }, dateOf(statusDate) || null));
          }}
        >
          {t('workbench.tickSuggested')}
        </button>
      </div>
      <EvidenceList
        heading={t('workbench.statusEvidence')}
        proposal={proposal}
        sentences={review.statusSuggested}
        ticked={review.statusTicked}
        translations={review.translations}
        onToggle={(index) => {
          onChange({ ...review, statusTicked: toggled(review.statusTicked, index) });
        }}
        onTranslate={(index, text) => {
          onChange({ ...review, translations: { ...review.translations, [index]: text } });
        }}
      />
      {!editing && (
        <EventList proposal={proposal} review={review} dated={dated} onChange={onChange} />
      )}
      {review.domains.map((domain, at) => (
        <EvidenceList
          key={domain.domain}
          heading={t('workbench.evidenceFor', { domain: domainLabel(domain.domain) })}
          proposal={proposal}
          sentences={domain.suggested}
          ticked={domain.ticked}
          translations={review.translations}
          onToggle={(index) => {
            onChange({
              ...review,
              domains: review.domains.map((d, i) =>
                i === at ? { ...d, ticked: toggled(d.ticked, index) } : d,
              ),
            });
          }}
          onTranslate={(index, text) => {
            onChange({ ...review, translations: { ...review.translations, [index]: text } });
          }}
        />
      ))}
      {review.selections.length > 0 && (
        <fieldset className="evidence-list">
          <legend>{t('workbench.selectedPassages')}</legend>
          {review.selections.map((selection, at) => (
            <div
              key={`${selection.for}-${selection.start}-${selection.end}`}
              className="evidence ticked"
            >
              <p>
                <strong>
                  {selection.for === 'status' ? t('workbench.status') : domainLabel(selection.for)}
                </strong>
                {': '}
                <span className="passage" dir="auto">
                  {quote(selection)}
                </span>{' '}
                <button
                  type="button"
                  onClick={() => {
                    onChange({
                      ...review,
                      selections: review.selections.filter((_, i) => i !== at),
                    });
                  }}
                >
                  {t('workbench.removeSelection')}
                </button>
              </p>
              <label className="translation">
                <span>{t('workbench.translation')}</span>
                <input
                  dir="auto"
                  value={selection.translation}
                  onChange={(event) => {
                    onChange({
                      ...review,
                      selections: review.selections.map((s, i) =>
                        i === at ? { ...s, translation: event.target.value } : s,
                      ),
                    });
                  }}
                />
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <label htmlFor={`${id}-summary`}>
        {t(editing ? 'workbench.summaryKeep' : 'workbench.summary')}
      </label>
      <textarea
        id={`${id}-summary`}
        dir="auto"
        rows={2}
        value={review.summary}
        onChange={(event) => {
          onChange({ ...review, summary: event.target.value });
        }}
      />
    </article>
  );
}
