import { must, partnershipTitle } from '../core/dataset-index';
import { t } from '../core/messages';
import { selectVisiblePartnerships } from '../store/selectors';
import { DomainChip } from './DomainChip';
import { useAtlas } from './store-context';

/** The partnerships that pass the filter; choosing one opens its details and highlights its arc. */
export function PartnershipList() {
  const index = useAtlas((s) => s.index);
  const total = useAtlas((s) => s.dataset?.partnerships.length ?? 0);
  const partnerships = useAtlas(selectVisiblePartnerships);
  const selectedId = useAtlas((s) => s.selectedId);
  const select = useAtlas((s) => s.select);
  const hover = useAtlas((s) => s.hover);
  if (!index) return null;

  return (
    <section className="partnership-list" aria-labelledby="partnership-list-heading">
      <h2 id="partnership-list-heading" tabIndex={-1}>
        {t('list.heading')}
      </h2>
      <p className="list-summary" role="status">
        {t('list.summary', { shown: partnerships.length, total })}
      </p>
      {partnerships.length === 0 ? (
        <p className="empty">{t('list.empty')}</p>
      ) : (
        <ul>
          {partnerships.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="partnership-item"
                aria-pressed={p.id === selectedId}
                onClick={() => select(p.id === selectedId ? null : p.id)}
                onMouseEnter={() => hover(p.id)}
                onMouseLeave={() => hover(null)}
                onFocus={() => hover(p.id)}
                onBlur={() => hover(null)}
              >
                <span className="item-title">{partnershipTitle(p, index)}</span>
                <span className="item-status">{t(`status.${p.status}`)}</span>
                <span className="item-domains">
                  {p.domains.map((c) => (
                    <DomainChip key={c.domain} domain={must(index.domains, c.domain)} />
                  ))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
