import type { ArticleProposal } from '../../core/ingest/propose';
import { useT } from '../i18n';
import { useAtlas } from '../store-context';

/** Actors' and domains' names for the review: the proposal's or the dataset's; domains' from the dataset, else the lexicon. */
export function useLabels(proposal: ArticleProposal | null) {
  const { localized } = useT();
  const datasetDomains = useAtlas((s) => s.summary?.domains);
  const datasetActors = useAtlas((s) => s.summary?.actors);
  const nameOf = (actor: string) => {
    const found =
      proposal?.actors.find((a) => a.id === actor) ?? datasetActors?.find((a) => a.id === actor);
    return found ? localized(found.name) : actor;
  };
  const domainLabel = (domain: string) => {
    const known =
      datasetDomains?.find((d) => d.id === domain)?.label ?? proposal?.domainLabels[domain];
    return known ? localized(known) : domain;
  };
  return { nameOf, domainLabel };
}
