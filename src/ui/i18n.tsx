import { createContext, useContext, type ReactNode } from 'react';
import { translator, type Language, type Translator } from '../core/messages';
import { useAtlas } from './store-context';

/** The words of the interface, in one language; English until a provider says otherwise. */
const WordsContext = createContext<Translator>(translator('en'));

/**
 * The interface's words, in the language of the nearest `Words` provider. A component that takes its
 * words here re-renders when the language changes, memoized or not (a context change reaches it).
 */
export function useT(): Translator {
  return useContext(WordsContext);
}

/** Speaks one language to everything inside (the presenter window names its own). */
export function Words({ language, children }: { language: Language; children: ReactNode }) {
  return <WordsContext.Provider value={translator(language)}>{children}</WordsContext.Provider>;
}

/** Speaks the store's language to everything inside. */
export function StoreWords({ children }: { children: ReactNode }) {
  return <Words language={useAtlas((s) => s.language)}>{children}</Words>;
}
