/**
 * Mounts an atlas page (the site's, its embedded map, a standalone page) once its language's
 * messages are in: the store, its words and the page's error boundary around what `view` draws.
 */
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { translator } from '../core/messages';
import type { AtlasStore } from '../store/atlas-store';
import { showDocumentLanguage } from './document-language';
import { ErrorBoundary } from './ErrorBoundary';
import { StoreWords } from './i18n';
import { AtlasStoreContext } from './store-context';

export function renderAtlas(root: HTMLElement, store: AtlasStore, view: () => ReactNode): void {
  const { language } = store.getState();
  showDocumentLanguage(language, translator(language).t('app.name'));
  createRoot(root).render(
    <StrictMode>
      <AtlasStoreContext.Provider value={store}>
        <StoreWords>
          <ErrorBoundary area="boundary.area.atlas" scope="page">
            {view}
          </ErrorBoundary>
        </StoreWords>
      </AtlasStoreContext.Provider>
    </StrictMode>,
  );
}
