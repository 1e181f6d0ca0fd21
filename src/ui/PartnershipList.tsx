import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { linkDomains, linkTitle, STATUSES } from '../core/summary';
import { useT } from './i18n';
import { translator } from '../core/messages';
import { rowOf, selectListedLinks } from '../store/selectors';
import type { AtlasState } from '../store/atlas-store';
import { useAtlas } from './store-context';
import { formatValue } from './RowFields';

/** With values, the list's order: the dataset's, or the greatest value first. */
function ListOrder() {
  const { t } = useT();
  const measure = useAtlas((s) => s.summary?.value ?? null);
  const order = useAtlas((s) => s.listOrder);
  const setOrder = useAtlas((s) => s.setListOrder);
  const id = useId();
  if (!measure) return null;
  return (
    <p className="list-order">
      <label htmlFor={id}>{t('list.order')}</label>{' '}
      <select
        id={id}
        value={order}
        onChange={(event) => {
          setOrder(event.target.value === 'value' ? 'value' : 'file');
        }}
      >
        <option value="file">{t('list.orderFile')}</option>
        <option value="value">{t('list.orderValue', { name: measure.name })}</option>
      </select>
    </p>
  );
}

/** Height of one row in CSS pixels; rows are fixed so that only those in view are rendered. */
const ROW_HEIGHT = 80;
/** Rows rendered above and below the visible ones, so that keyboard focus has somewhere to go. */
const OVERSCAN = 8;
/** Used before the list has been measured (and where layout is not computed, as in jsdom). */
const FALLBACK_HEIGHT = 800;

/** Which filters are narrowing the list, in words, for the empty state. */
function emptyReasons(state: AtlasState): string {
  const { t, localized } = translator(state.language);
  const reasons: string[] = [];
  const f = state.filters;
  if (f.hiddenDomains.length > 0 || f.domainMode === 'all') reasons.push(t('list.emptyDomains'));
  if (f.hiddenStatuses.length > 0) reasons.push(t('list.emptyStatuses'));
  if (f.dateFrom !== null || f.dateTo !== null || !f.unknownDates) {
    reasons.push(t('list.emptyDates'));
  }
  if (state.focus !== null) {
    const actor = state.summary?.actors[state.actorRows.get(state.focus) ?? -1];
    reasons.push(t('list.emptyFocus', { actor: actor ? localized(actor.name) : state.focus }));
  }
  return reasons.join(', ');
}

/**
 * The partnerships that pass the filter; choosing one opens its details and highlights its arc.
 * A windowed list: with 50,000 partnerships only the rows in view exist in the page.
 */
export function PartnershipList() {
  const { t, localized, language } = useT();
  const summary = useAtlas((s) => s.summary);
  const visible = useAtlas(selectListedLinks);
  const selectedId = useAtlas((s) => s.selectedId);
  const selectedRow = useAtlas((s) => rowOf(s, s.selectedId));
  const select = useAtlas((s) => s.select);
  const hover = useAtlas((s) => s.hover);
  const clearFilters = useAtlas((s) => s.clearFilters);
  const reasons = useAtlas((s) => emptyReasons(s));
  const viewportRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);

  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      setHeight(viewport.clientHeight || FALLBACK_HEIGHT);
    });
    observer.observe(viewport);
    return () => {
      observer.disconnect();
    };
  }, []);

  // Bring a partnership chosen on the map into view in the list.
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport || selectedRow < 0) return;
    const position = visible.indexOf(selectedRow);
    if (position < 0) return;
    const top = position * ROW_HEIGHT;
    if (top < viewport.scrollTop || top + ROW_HEIGHT > viewport.scrollTop + viewport.clientHeight) {
      viewport.scrollTop = Math.max(0, top - ROW_HEIGHT);
    }
  }, [selectedRow, visible]);

  if (!summary) return null;
  const total = summary.links.ids.length;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(visible.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const rows: number[] = [];
  for (let position = first; position < last; position++) rows.push(position);

  return (
    <section className="partnership-list" aria-labelledby="partnership-list-heading">
      <h2 id="partnership-list-heading" tabIndex={-1}>
        {t('list.heading')}
      </h2>
      <p className="list-summary" role="status">
        {t('list.summary', {
          shown: visible.length,
          total,
        })}
      </p>
      <ListOrder />
      {visible.length === 0 ? (
        <div className="empty">
          <p>{t('list.empty', { reasons })}</p>
          <button type="button" onClick={clearFilters}>
            {t('list.clearFilters')}
          </button>
        </div>
      ) : (
        <div
          className="list-viewport"
          ref={viewportRef}
          onScroll={(event) => {
            setScrollTop(event.currentTarget.scrollTop);
          }}
        >
          <ul style={{ height: visible.length * ROW_HEIGHT }}>
            {rows.map((position) => {
              const row = visible[position] ?? 0;
              const id = summary.links.ids[row] ?? '';
              const domains = linkDomains(summary, row);
              const status = STATUSES[summary.links.status[row] ?? 0] ?? 'talks-held';
              return (
                <li
                  key={id}
                  aria-setsize={visible.length}
                  aria-posinset={position + 1}
                  style={{ top: position * ROW_HEIGHT, height: ROW_HEIGHT }}
                >
                  <button
                    type="button"
                    className="partnership-item"
                    aria-pressed={id === selectedId}
                    onClick={() => {
                      select(id === selectedId ? null : id);
                    }}
                    onMouseEnter={() => {
                      hover(id);
                    }}
                    onMouseLeave={() => {
                      hover(null);
                    }}
                    onFocus={() => {
                      hover(id);
                    }}
                    onBlur={() => {
                      hover(null);
                    }}
                  >
                    <span className="item-title">{linkTitle(summary, row, language)}</span>
                    <span className="item-status">
                      {t(`status.${status}`)}
                      {summary.value && (
                        <>
                          {t('list.separator')}
                          {t('list.value', {
                            name: summary.value.name,
                            value: Number.isNaN(summary.links.value[row] ?? Number.NaN)
                              ? t('details.valueUnknown')
                              : formatValue(
                                  summary.links.value[row] ?? 0,
                                  summary.value.unit,
                                  language,
                                ),
                          })}
                        </>
                      )}
                    </span>
                    <span className="item-domains">
                      {domains.map((d) => (
                        <span
                          key={d.id}
                          className="swatch"
                          style={{ backgroundColor: d.color }}
                          title={localized(d.label)}
                          aria-hidden="true"
                        />
                      ))}
                      <span className="item-domain-names">
                        {domains.map((d) => localized(d.label)).join(t('list.separator'))}
                      </span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
