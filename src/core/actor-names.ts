/**
 * Names that tell actors apart. A file may name two places alike (two towns called Adiaké, at
 * different points): in every list, search result and title each is then written with its id
 * after it, "Adiaké (334)" and "Adiaké (335)", so that none is mistaken for the other.
 */
import { normalizeText } from './search-text';

interface Named {
  id: string;
  name: { en: string; ar: string };
}

/** Each actor's name, with its id after it in a language where another actor has the same name. */
export function distinctNames(actors: readonly Named[]): { en: string; ar: string }[] {
  const seen = { en: new Map<string, number>(), ar: new Map<string, number>() };
  for (const actor of actors) {
    for (const language of ['en', 'ar'] as const) {
      const key = normalizeText(actor.name[language]);
      seen[language].set(key, (seen[language].get(key) ?? 0) + 1);
    }
  }
  return actors.map((actor) => {
    const name = (language: 'en' | 'ar') =>
      (seen[language].get(normalizeText(actor.name[language])) ?? 0) > 1
        ? `${actor.name[language]} (${actor.id})`
        : actor.name[language];
    return { en: name('en'), ar: name('ar') };
  });
}
