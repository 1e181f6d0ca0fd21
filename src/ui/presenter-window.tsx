/**
 * The presenter window (`?presenter=1`, the site's or a standalone page's): notes and the next
 * scene, following the atlas window over a BroadcastChannel; its language too, once the atlas
 * window speaks; until then the one kept from the last visit.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialLanguage } from '../bindings/page-language';
import { loadMessages, translator, type Language } from '../core/messages';
import { PRESENTER_CHANNEL } from '../core/protocol';
import { showDocumentLanguage } from './document-language';

export function startPresenterWindow(root: HTMLElement, storage: Storage | null): void {
  const language = initialLanguage(storage);
  // The presenter view is a chunk of its own: the atlas's entry does not carry it.
  const view = import('./PresenterView');
  void loadMessages(language)
    .then(
      () => language,
      // Not fetched: the window opens in English.
      (): Language => 'en',
    )
    .then(async (ready) => {
      const { PresenterView } = await view;
      showDocumentLanguage(ready, translator(ready).t('presenter.title'));
      createRoot(root).render(
        <StrictMode>
          <PresenterView
            channel={new BroadcastChannel(PRESENTER_CHANNEL)}
            initialLanguage={ready}
          />
        </StrictMode>,
      );
    });
}
