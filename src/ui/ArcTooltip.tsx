import type { Ref } from 'react';
import { linkDomains, linkTitle } from '../core/summary';
import { t } from '../core/messages';
import { pairOf, rowOf, visibleLinksOnPair } from '../store/selectors';
import { useAtlas } from './store-context';

/**
 * Names the parties and domains of the arc under the pointer. One element for the whole map; the
 * map view moves it and shows it only while the pointer is over an arc.
 */
export function ArcTooltip({ ref }: { ref: Ref<HTMLDivElement> }) {
  const summary = useAtlas((s) => s.summary);
  const row = useAtlas((s) => rowOf(s, s.hoveredId));
  const onArc = useAtlas((s) => {
    const pair = pairOf(s, s.hoveredId);
    return pair === null ? 0 : visibleLinksOnPair(s, pair).length;
  });
  return (
    <div ref={ref} className="arc-tooltip" role="tooltip" hidden>
      {summary && row >= 0 && (
        <>
          <strong>{linkTitle(summary, row)}</strong>
          <span>
            {linkDomains(summary, row)
              .map((d) => d.label.en)
              .join(', ')}
          </span>
          {onArc > 1 && <span>{t('tooltip.more', { count: onArc })}</span>}
        </>
      )}
    </div>
  );
}
