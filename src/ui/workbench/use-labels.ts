import type { ArticleProposal } from '../../core/ingest/propose';
import { useT } from '../i18n';
import { useAtlas } from '../store-context';

/** Actors' and domains' names for the review: the dataset's where it has them, else the lexicon's. */
export function useLabels(proposal: ArticleProposal | null) {
  const { localized } = useT();
  const datasetDomains = useAtlas((s) => s.summary?.domains);
  const nameOf = (actor: string) => {
    const found = proposal?.actors.find((a) => a.id === actor);
    return found ? localized(found.name) : actor;
  };
  const domainLabel = (domain: string) => {
    const known =
      datasetDomains?.find((d) => d.id === domain)?.label ?? proposal?.domainLabels[domain];
    return known ? localized(known) : domain;
  };
  return { nameOf, domainLabel };
}
