import { emptyMapFixes, type EmptyMapFix } from '../core/filters';
import { type MessageKey } from '../core/messages';
import { useT } from './i18n';
import type { AtlasState } from '../store/atlas-store';
import { selectMapLinks } from '../store/selectors';
import { useAtlas, useAtlasStore } from './store-context';

const FIX_LABEL: Record<EmptyMapFix, MessageKey> = {
  'match-any': 'emptyMap.matchAny',
  'show-all-domains': 'emptyMap.showAllDomains',
  'show-all-statuses': 'emptyMap.showAllStatuses',
  'clear-dates': 'emptyMap.clearDates',
};

const FIX_CAUSE: Record<EmptyMapFix, MessageKey> = {
  'match-any': 'emptyMap.causeAll',
  'show-all-domains': 'emptyMap.causeDomains',
  'show-all-statuses': 'emptyMap.causeStatuses',
  'clear-dates': 'emptyMap.causeDates',
};

/** The filters' settings, as `emptyMapFixes` reads them (a stable key for the selector). */
const settingsKey = (s: AtlasState) => JSON.stringify(s.filters);

/**
 * Said on the map itself when the filters leave it empty: which filter does it, and the click that
 * brings the links back (with how many), or clearing them all where no one change is enough.
 */
export function EmptyMapNotice() {
  const { t } = useT();
  const empty = useAtlas(
    (s) => s.summary !== null && s.summary.links.ids.length > 0 && selectMapLinks(s).length === 0,
  );
  const key = useAtlas((s) => (empty ? settingsKey(s) : ''));
  const summary = useAtlas((s) => s.summary);
  const atlas = useAtlasStore();
  if (!empty || !summary || key === '') return null;
  const store = atlas.getState();
  const fixes = emptyMapFixes(summary, store.filters);
  const apply = (fix: EmptyMapFix) => {
    if (fix === 'match-any') store.setDomainMode('any');
    else if (fix === 'show-all-domains') store.showAllDomains();
    else if (fix === 'show-all-statuses') store.setFilters({ hiddenStatuses: [] });
    else store.setFilters({ dateFrom: null, dateTo: null, unknownDates: true });
  };
  return (
    <div className="empty-map" role="status">
      <p>
        {fixes.length > 0
          ? t('emptyMap.because', {
              causes: fixes.map((f) => t(FIX_CAUSE[f.fix])).join(t('list.separator')),
            })
          : t('emptyMap.together')}
      </p>
      <div className="empty-map-actions">
        {fixes.map(({ fix, shown }) => (
          <button
            key={fix}
            type="button"
            onClick={() => {
              apply(fix);
            }}
          >
            {t(FIX_LABEL[fix], { count: shown })}
          </button>
        ))}
        {fixes.length === 0 && (
          <button type="button" onClick={store.clearFilters}>
            {t('list.clearFilters')}
          </button>
        )}
      </div>
    </div>
  );
}
