/**
 * The interface language of a page of the atlas (the site's, and a standalone page's): chosen from
 * the address, the last visit or the browser, and kept for the next visit.
 */
import type { Language } from '../core/messages';
import type { AtlasStore } from '../store/atlas-store';

/** The browser's storage, when the page may use it (some privacy settings forbid it). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Where the interface language the user chose is kept between visits. */
const LANGUAGE_KEY = 'partnership-atlas:language';

/** The address's language, else the one chosen last time, else the browser's. */
export function initialLanguage(storage: Storage | null): Language {
  const isLanguage = (value: string | null | undefined): value is Language =>
    value === 'en' || value === 'ar';
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  let stored: string | null;
  try {
    stored = storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    stored = null;
  }
  if (isLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/**
 * Sets the store's language, and from then on shows each change (`show`: the document's language,
 * direction and title) and keeps it for the next visit. Resolves once the language's messages are
 * in, or were not to be had (the atlas then speaks English).
 */
export function bindPageLanguage(
  store: AtlasStore,
  storage: Storage | null,
  show: (language: Language) => void,
): Promise<void> {
  const ready = store
    .getState()
    .setLanguage(initialLanguage(storage))
    .catch(() => undefined);
  store.subscribe((state, previous) => {
    if (state.language === previous.language) return;
    show(state.language);
    try {
      storage?.setItem(LANGUAGE_KEY, state.language);
    } catch {
      // Not kept between visits; the address still carries it.
    }
  });
  return ready;
}
