import { t } from '../core/messages';
import type { Domain } from '../core/types';
import { DomainChip } from './DomainChip';
import { useAtlas } from './store-context';

// One shared empty list: a selector that returned a fresh [] would re-render forever.
const NO_DOMAINS: readonly Domain[] = [];

/** One checkbox per cooperation domain, with the number of partnerships that cite it. */
export function DomainFilter() {
  const domains = useAtlas((s) => s.summary?.domains ?? NO_DOMAINS);
  const hidden = useAtlas((s) => s.hiddenDomains);
  const counts = useAtlas((s) => s.summary?.domainCounts);
  const toggleDomain = useAtlas((s) => s.toggleDomain);
  const showAllDomains = useAtlas((s) => s.showAllDomains);

  return (
    <fieldset className="domain-filter">
      <legend>{t('domains.heading')}</legend>
      <p className="help" id="domain-filter-help">
        {t('domains.help')}
      </p>
      <ul>
        {domains.map((domain, i) => {
          const count = counts?.[i] ?? 0;
          return (
            <li key={domain.id}>
              <label title={domain.description}>
                <input
                  type="checkbox"
                  checked={!hidden.includes(domain.id)}
                  onChange={() => toggleDomain(domain.id)}
                  aria-describedby="domain-filter-help"
                />
                <DomainChip domain={domain} />
                <span className="count">
                  {count === 1 ? t('domains.countOne') : t('domains.count', { count })}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={showAllDomains} disabled={hidden.length === 0}>
        {t('domains.showAll')}
      </button>
    </fieldset>
  );
}
