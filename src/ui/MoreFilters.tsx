import { dateExtent } from '../core/filters';
import { t } from '../core/messages';
import { STATUSES } from '../core/summary';
import { selectStatusCounts } from '../store/selectors';
import { useAtlas } from './store-context';

/** Status checkboxes with counts, and the date range with its bucket of undated partnerships. */
export function MoreFilters() {
  const summary = useAtlas((s) => s.summary);
  const hiddenStatuses = useAtlas((s) => s.hiddenStatuses);
  const statusCounts = useAtlas(selectStatusCounts);
  const toggleStatus = useAtlas((s) => s.toggleStatus);
  const dateFrom = useAtlas((s) => s.dateFrom);
  const dateTo = useAtlas((s) => s.dateTo);
  const unknownDates = useAtlas((s) => s.unknownDates);
  const setDateRange = useAtlas((s) => s.setDateRange);
  const setUnknownDates = useAtlas((s) => s.setUnknownDates);
  if (!summary) return null;
  const extent = dateExtent(summary);

  return (
    <>
      <fieldset className="status-filter">
        <legend>{t('status.heading')}</legend>
        <ul>
          {STATUSES.map((status, i) => (
            <li key={status}>
              <label>
                <input
                  type="checkbox"
                  checked={!hiddenStatuses.includes(status)}
                  onChange={() => {
                    toggleStatus(status);
                  }}
                />
                {t(`status.${status}`)}
                <span className="count">
                  {statusCounts[i] === 1
                    ? t('domains.countOne')
                    : t('domains.count', { count: statusCounts[i] ?? 0 })}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="date-filter">
        <legend>{t('dates.heading')}</legend>
        {extent.first === null ? (
          <p className="help">{t('dates.none')}</p>
        ) : (
          <>
            <p className="help">
              {t('dates.range', { first: extent.first, last: extent.last ?? '' })}
            </p>
            <div className="date-range">
              <label>
                {t('dates.from')}
                <input
                  type="date"
                  value={dateFrom ?? ''}
                  min={extent.first}
                  max={extent.last ?? undefined}
                  onChange={(event) => {
                    setDateRange(event.currentTarget.value || null, dateTo);
                  }}
                />
              </label>
              <label>
                {t('dates.to')}
                <input
                  type="date"
                  value={dateTo ?? ''}
                  min={extent.first}
                  max={extent.last ?? undefined}
                  onChange={(event) => {
                    setDateRange(dateFrom, event.currentTarget.value || null);
                  }}
                />
              </label>
              <button
                type="button"
                disabled={dateFrom === null && dateTo === null}
                onClick={() => {
                  setDateRange(null, null);
                }}
              >
                {t('dates.clear')}
              </button>
            </div>
          </>
        )}
        <label>
          <input
            type="checkbox"
            checked={unknownDates}
            onChange={(event) => {
              setUnknownDates(event.currentTarget.checked);
            }}
          />
          {t('dates.unknown', { count: extent.unknown })}
        </label>
      </fieldset>
    </>
  );
}

/** The actor in focus, with the switch for its members and a way out. */
export function FocusBar() {
  const focus = useAtlas((s) => s.focus);
  const members = useAtlas((s) => s.focusMembers);
  const actor = useAtlas((s) =>
    s.focus === null ? undefined : s.summary?.actors[s.actorRows.get(s.focus) ?? -1],
  );
  const setFocus = useAtlas((s) => s.setFocus);
  const setFocusMembers = useAtlas((s) => s.setFocusMembers);
  if (focus === null || !actor) return null;
  return (
    <section className="focus-bar" aria-label={t('focus.label', { actor: actor.name.en })}>
      <p>
        <strong>{t('focus.label', { actor: actor.name.en })}</strong>
      </p>
      <p className="help">{t('focus.help')}</p>
      {actor.members.length > 0 && (
        <label>
          <input
            type="checkbox"
            checked={members}
            onChange={(event) => {
              setFocusMembers(event.currentTarget.checked);
            }}
          />
          {t('focus.members', { count: actor.members.length })}
        </label>
      )}
      <button
        type="button"
        onClick={() => {
          setFocus(null);
        }}
      >
        {t('focus.clear')}
      </button>
    </section>
  );
}
