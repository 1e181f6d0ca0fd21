import { useState, type ReactNode } from 'react';
import { selectVisibleLinks } from '../store/selectors';
import { useT } from './i18n';
import { useAtlas } from './store-context';

/**
 * The sidebar (search, filters, the list). On a wide screen a column beside the map; on a phone a
 * sheet over the bottom of the map, folded to its handle until opened, and folded again when a
 * partnership is chosen so that the map shows it (CSS decides which; the handle shows only on a
 * phone).
 */
export function SidebarSheet({ children }: { children: ReactNode }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const selected = useAtlas((s) => s.selectedId);
  const shown = useAtlas((s) => selectVisibleLinks(s).length);
  const total = useAtlas((s) => s.summary?.links.ids.length ?? 0);
  // A new selection folds the sheet (adjusted while rendering, not in an effect).
  const [selectedBefore, setSelectedBefore] = useState(selected);
  if (selected !== selectedBefore) {
    setSelectedBefore(selected);
    if (selected !== null) setOpen(false);
  }
  return (
    <div className={`sidebar sheet${open ? ' sheet-open' : ''}`}>
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
        }}
      >
        <span className="sheet-grip" aria-hidden="true" />
        {t('list.heading')} · {t('list.summary', { shown, total })}
      </button>
      {children}
    </div>
  );
}
