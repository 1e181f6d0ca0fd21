/** Filtering partnerships by cooperation domain. */
import type { Domain, Partnership } from './types';

/**
 * A partnership stays visible while at least one of its domains is shown. Hiding every domain of
 * a partnership removes it from the map and the list.
 */
export function isPartnershipVisible(
  partnership: Partnership,
  hiddenDomains: ReadonlySet<string>,
): boolean {
  return partnership.domains.some((citation) => !hiddenDomains.has(citation.domain));
}

/** The partnerships that the domain filter lets through, in their original order. */
export function filterPartnerships(
  partnerships: readonly Partnership[],
  hiddenDomains: ReadonlySet<string>,
): Partnership[] {
  if (hiddenDomains.size === 0) return [...partnerships];
  return partnerships.filter((p) => isPartnershipVisible(p, hiddenDomains));
}

/** For each domain, how many partnerships cite it (every domain is present, zero included). */
export function countPartnershipsByDomain(
  partnerships: readonly Partnership[],
  domains: readonly Domain[],
): Map<string, number> {
  const counts = new Map(domains.map((d) => [d.id, 0]));
  for (const partnership of partnerships) {
    for (const citation of partnership.domains) {
      counts.set(citation.domain, (counts.get(citation.domain) ?? 0) + 1);
    }
  }
  return counts;
}
