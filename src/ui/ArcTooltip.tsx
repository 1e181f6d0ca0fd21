import type { Ref } from 'react';
import { linkDomains, linkTitle, pairValue, STATUSES } from '../core/summary';
import { formatValue } from './RowFields';
import { useT } from './i18n';
import { rowOf, visibleLinksOnPair } from '../store/selectors';
import { DomainChip } from './DomainChip';
import { useAtlas } from './store-context';

/**
 * Names the parties, status and domains of the link under the pointer. One element for the whole
 * map; the map view moves it and shows it only while the pointer is over a link.
 */
export function ArcTooltip({ ref }: { ref: Ref<HTMLDivElement> }) {
  const { t, language } = useT();
  const summary = useAtlas((s) => s.summary);
  const row = useAtlas((s) => rowOf(s, s.hoveredId));
  const onPair = useAtlas((s) =>
    s.hoveredPair === null ? 0 : visibleLinksOnPair(s, s.hoveredPair).length,
  );
  const pair = useAtlas((s) => s.hoveredPair);
  const status = summary ? STATUSES[summary.links.status[row] ?? 0] : undefined;
  // With values, the pair's sum (every partnership on it), or the partnership's own.
  const value =
    summary?.value && row >= 0
      ? pair !== null
        ? pairValue(summary, pair)
        : (summary.links.value[row] ?? Number.NaN)
      : null;
  return (
    <div ref={ref} className="arc-tooltip" role="tooltip" hidden>
      {summary && row >= 0 && (
        <>
          <strong>{linkTitle(summary, row, language)}</strong>
          {status && <span className="tooltip-status">{t(`status.${status}`)}</span>}
          <ul className="tooltip-domains">
            {linkDomains(summary, row).map((domain) => (
              <li key={domain.id}>
                <DomainChip domain={domain} />
              </li>
            ))}
          </ul>
          {summary.value && value !== null && (
            <span className="tooltip-status">
              {t(pair !== null && onPair > 1 ? 'tooltip.valueSum' : 'tooltip.value', {
                name: summary.value.name,
                value: Number.isNaN(value)
                  ? t('details.valueUnknown')
                  : formatValue(value, summary.value.unit, language),
              })}
            </span>
          )}
          {onPair > 1 && (
            <span className="tooltip-status">{t('tooltip.more', { count: onPair })}</span>
          )}
        </>
      )}
    </div>
  );
}
