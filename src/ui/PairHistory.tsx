import '../core/time-messages';
import { must, type DatasetIndex } from '../core/dataset-index';
import type { HistoryEntry } from '../core/summary';
import { ExcerptQuote } from './ExcerptQuote';
import { useT } from './i18n';
import { useAtlas } from './store-context';

/**
 * The pair's history in the details panel: every event of every partnership between the two
 * parties, oldest first, each with its date in its own precision, what happened and the passages
 * that report it. Events the sources do not date are listed apart, never placed at a guessed date.
 * A pair with one undated event has no history to tell beyond its status: nothing is shown.
 */
export function PairHistory({
  history,
  index,
  current,
  title,
}: {
  history: readonly HistoryEntry[];
  index: DatasetIndex;
  /** The partnership the panel shows; events of the pair's others say so, with a way there. */
  current: string;
  title: string;
}) {
  const { t } = useT();
  const dated = history.filter((event) => event.date !== null);
  const undated = history.filter((event) => event.date === null);
  if (dated.length === 0 && undated.length < 2) return null;
  const events = (list: readonly HistoryEntry[]) =>
    list.map((event, i) => (
      <HistoryEvent
        key={`${event.partnership}-${String(i)}`}
        event={event}
        index={index}
        current={current}
        title={title}
      />
    ));
  return (
    <section className="history" aria-labelledby="history-heading">
      <h3 id="history-heading">{t('time.history')}</h3>
      {dated.length > 0 && <ol className="history-events">{events(dated)}</ol>}
      {undated.length > 0 && (
        <>
          <h4>{t('time.historyUndated')}</h4>
          <ul className="history-events undated">{events(undated)}</ul>
        </>
      )}
    </section>
  );
}

function HistoryEvent({
  event,
  index,
  current,
  title,
}: {
  event: HistoryEntry;
  index: DatasetIndex;
  current: string;
  title: string;
}) {
  const { t, formatDate } = useT();
  const select = useAtlas((s) => s.select);
  const what = t(`status.${event.kind}`);
  return (
    <li className={`history-event history-${event.kind}`}>
      <p className="history-line">
        {event.date !== null && (
          <time dateTime={event.date} className="history-date">
            {formatDate(event.date)}
          </time>
        )}
        <strong>{what}</strong>
        {event.partnership !== current && (
          <button
            type="button"
            className="link-button history-other"
            onClick={() => {
              select(event.partnership);
            }}
          >
            {t('time.historyOther')}
          </button>
        )}
      </p>
      {event.excerpts.length === 0 ? (
        <p className="unknown">{t('details.noPassage')}</p>
      ) : (
        event.excerpts.map((id) => (
          <ExcerptQuote
            key={id}
            excerpt={must(index.excerpts, id)}
            index={index}
            context={{ partnership: title, domain: null }}
          />
        ))
      )}
    </li>
  );
}
