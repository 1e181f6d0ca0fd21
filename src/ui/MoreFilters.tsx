import { useMemo } from 'react';
import { dateExtent } from '../core/filters';
import { useT } from './i18n';
import { STATUSES } from '../core/summary';
import { selectStatusCounts } from '../store/selectors';
import { useAtlas } from './store-context';
import { ValueFilter } from './ValueFilter';

/** Status checkboxes with counts, and the date range with its bucket of undated partnerships. */
export function MoreFilters() {
  const { t, formatDate, partnershipCount } = useT();
  const summary = useAtlas((s) => s.summary);
  const hiddenStatuses = useAtlas((s) => s.filters.hiddenStatuses);
  const statusCounts = useAtlas(selectStatusCounts);
  const toggleStatus = useAtlas((s) => s.toggleStatus);
  const dateFrom = useAtlas((s) => s.filters.dateFrom);
  const dateTo = useAtlas((s) => s.filters.dateTo);
  const unknownDates = useAtlas((s) => s.filters.unknownDates);
  const setDateRange = useAtlas((s) => s.setDateRange);
  const setUnknownDates = useAtlas((s) => s.setUnknownDates);
  // One pass over every link's date: only when the dataset changes.
  const extent = useMemo(() => (summary ? dateExtent(summary) : null), [summary]);
  // The statuses the dataset has (by index): the later steps of a history are listed only then.
  const present = useMemo(() => new Set(summary?.links.status), [summary]);
  if (!extent) return null;

  return (
    <>
      <fieldset className="status-filter">
        <legend>{t('status.heading')}</legend>
        <ul>
          {STATUSES.map((status, i) =>
            // Talks, intent and agreements always; renewed, suspended, ended and "not given" (which
            // curated data never is) only where the dataset has them, or while they are unticked.
            i > 2 && !present.has(i) && !hiddenStatuses.includes(status) ? null : (
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
                  <span className="count">{partnershipCount(statusCounts[i] ?? 0)}</span>
                </label>
              </li>
            ),
          )}
        </ul>
      </fieldset>
      <fieldset className="date-filter">
        <legend>{t('dates.heading')}</legend>
        {extent.first === null ? (
          <p className="help">{t('dates.none')}</p>
        ) : (
          <>
            <p className="help">
              {t('dates.range', {
                first: formatDate(extent.first),
                last: extent.last === null ? '' : formatDate(extent.last),
              })}
            </p>
            <div className="date-range">
              <DateInput
                label={t('dates.from')}
                value={dateFrom}
                extent={extent}
                onChange={(value) => {
                  setDateRange(value, dateTo);
                }}
              />
              <DateInput
                label={t('dates.to')}
                value={dateTo}
                extent={extent}
                onChange={(value) => {
                  setDateRange(dateFrom, value);
                }}
              />
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
      <ValueFilter />
    </>
  );
}

/** One end of the date range, within the dataset's dates; empty means open-ended. */
function DateInput({
  label,
  value,
  extent,
  onChange,
}: {
  label: string;
  value: string | null;
  extent: ReturnType<typeof dateExtent>;
  onChange: (value: string | null) => void;
}) {
  return (
    <label>
      {label}
      <input
        type="date"
        value={value ?? ''}
        min={extent.first ?? undefined}
        max={extent.openEnded ? undefined : (extent.last ?? undefined)}
        onChange={(event) => {
          onChange(event.currentTarget.value || null);
        }}
      />
    </label>
  );
}

/** The actor in focus, with the switch for its members and a way out. */
export function FocusBar() {
  const { t, localized } = useT();
  const focus = useAtlas((s) => s.focus);
  const members = useAtlas((s) => s.focusMembers);
  const actor = useAtlas((s) =>
    s.focus === null ? undefined : s.summary?.actors[s.actorRows.get(s.focus) ?? -1],
  );
  const setFocus = useAtlas((s) => s.setFocus);
  const setFocusMembers = useAtlas((s) => s.setFocusMembers);
  if (focus === null || !actor) return null;
  return (
    <section className="focus-bar" aria-label={t('focus.label', { actor: localized(actor.name) })}>
      <p>
        <strong>{t('focus.label', { actor: localized(actor.name) })}</strong>
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
