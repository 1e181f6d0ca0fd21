import type { AtlasState } from '../store/atlas-store';

/**
 * An actor's name as the atlas shows it everywhere: the summary's, which tells apart two actors of
 * the same name ("Adiaké (334)"); the dataset's own name where the summary lacks the actor.
 */
export function shownName(
  state: Pick<AtlasState, 'summary' | 'actorRows'>,
  actor: { id: string; name: { en: string; ar: string } },
): { en: string; ar: string } {
  const row = state.actorRows.get(actor.id);
  return (row === undefined ? undefined : state.summary?.actors[row]?.name) ?? actor.name;
}
