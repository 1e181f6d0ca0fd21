import { useT } from './i18n';
import type { Domain } from '../core/types';

/** A domain's name beside its colour swatch; the text, not the colour, carries the meaning. */
export function DomainChip({ domain }: { domain: Domain }) {
  const { localized } = useT();
  return (
    <span className="domain-chip">
      <span className="swatch" style={{ backgroundColor: domain.color }} aria-hidden="true" />
      {localized(domain.label)}
    </span>
  );
}
