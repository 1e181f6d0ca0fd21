import { useId } from 'react';
import { selectCapApplies } from '../store/selectors';
import { LINK_CAPS } from '../store/view-slice';
import { useT } from './i18n';
import { useAtlas } from './store-context';

/**
 * Said on the map while it draws fewer pairs than the view holds: how many of how many, how to see
 * more, and the cap itself to change.
 */
export function LinkCapNote() {
  const { t } = useT();
  const id = useId();
  const count = useAtlas((s) => s.drawnLinks);
  const cap = useAtlas((s) => s.linkCap);
  const setCap = useAtlas((s) => s.setLinkCap);
  // The filters and a focus draw every matching link: no cap to speak of then.
  const applies = useAtlas(selectCapApplies);
  if (!applies) return null;
  // Only where there is a cap to speak of: more pairs in view than the smallest cap.
  if (!count || (count.drawn >= count.shown && count.shown <= LINK_CAPS[0])) return null;
  return (
    <div className="link-cap" role="status">
      {count.drawn < count.shown && (
        <p>{t('map.capped', { drawn: count.drawn, shown: count.shown })}</p>
      )}
      <label htmlFor={id}>{t('map.capLabel')}</label>{' '}
      <select
        id={id}
        value={Number.isFinite(cap) ? String(cap) : 'all'}
        onChange={(event) => {
          setCap(event.target.value === 'all' ? Infinity : Number(event.target.value));
        }}
      >
        {LINK_CAPS.map((option) => (
          <option key={String(option)} value={Number.isFinite(option) ? String(option) : 'all'}>
            {Number.isFinite(option) ? t('map.capOption', { cap: option }) : t('map.capAll')}
          </option>
        ))}
      </select>
    </div>
  );
}
