import { useState } from 'react';
import { useT } from './i18n';
import type { Domain } from '../core/types';
import { selectDomainCounts } from '../store/selectors';
import { DomainChip } from './DomainChip';
import { useAtlas } from './store-context';

// One shared empty list: a selector that returned a fresh [] would re-render forever.
const NO_DOMAINS: readonly Domain[] = [];

/**
 * One checkbox per cooperation domain, with the number of partnerships that cite it among those
 * the other filters let through; "only" ticks one domain alone. The partnerships shown cite any,
 * or all, of the ticked domains. Folded by default, so that the partnerships come first in the
 * sidebar; the fold's line says how many domains are ticked and shows their colours.
 */
export function DomainFilter() {
  const { t, localized, partnershipCount } = useT();
  const domains = useAtlas((s) => s.summary?.domains ?? NO_DOMAINS);
  const hidden = useAtlas((s) => s.filters.hiddenDomains);
  const counts = useAtlas(selectDomainCounts);
  const mode = useAtlas((s) => s.filters.domainMode);
  const toggleDomain = useAtlas((s) => s.toggleDomain);
  const onlyDomain = useAtlas((s) => s.onlyDomain);
  const showAllDomains = useAtlas((s) => s.showAllDomains);
  const setDomainMode = useAtlas((s) => s.setDomainMode);
  const [open, setOpen] = useState(false);
  const ticked = domains.filter((domain) => !hidden.includes(domain.id));

  return (
    <details
      className="domain-fold"
      open={open}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>
        <span className="domain-fold-title">{t('domains.heading')}</span>
        <span className={hidden.length > 0 ? 'domain-fold-count narrowed' : 'domain-fold-count'}>
          {t('domains.ticked', { shown: ticked.length, total: domains.length })}
        </span>
        <span className="domain-fold-swatches" aria-hidden="true">
          {ticked.slice(0, 16).map((domain) => (
            <span key={domain.id} className="swatch" style={{ background: domain.color }} />
          ))}
        </span>
      </summary>
      <fieldset className="domain-filter">
        <legend className="visually-hidden">{t('domains.heading')}</legend>
        <p className="help" id="domain-filter-help">
          {mode === 'any' ? t('domains.help') : t('domains.helpAll')}
        </p>
        <div className="mode-switch" role="radiogroup" aria-label={t('domains.mode')}>
          {(['any', 'all'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="domain-mode"
                value={value}
                checked={mode === value}
                onChange={() => {
                  setDomainMode(value);
                }}
              />
              {t(value === 'any' ? 'domains.modeAny' : 'domains.modeAll')}
            </label>
          ))}
        </div>
        <ul>
          {domains.map((domain, i) => {
            const count = counts[i] ?? 0;
            return (
              <li key={domain.id}>
                <label title={domain.description}>
                  <input
                    type="checkbox"
                    checked={!hidden.includes(domain.id)}
                    onChange={() => {
                      toggleDomain(domain.id);
                    }}
                    aria-describedby="domain-filter-help"
                  />
                  <DomainChip domain={domain} />
                  <span className="count">{partnershipCount(count)}</span>
                </label>
                <button
                  type="button"
                  className="link-button only"
                  aria-label={t('domains.onlyLabel', { domain: localized(domain.label) })}
                  onClick={() => {
                    onlyDomain(domain.id);
                  }}
                >
                  {t('domains.only')}
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" onClick={showAllDomains} disabled={hidden.length === 0}>
          {t('domains.showAll')}
        </button>
      </fieldset>
    </details>
  );
}
