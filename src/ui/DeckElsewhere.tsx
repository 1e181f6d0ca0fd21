import { useT } from './i18n';
import { useAtlas } from './store-context';

/**
 * Another tab saved a different deck for this dataset: said, with the choice of loading it or
 * keeping this one. Until then nothing is saved over either (`bindDeck`).
 */
export function DeckElsewhere({ onLoad }: { onLoad: (text: string) => Promise<void> }) {
  const { t } = useT();
  const elsewhere = useAtlas((s) => s.deckElsewhere);
  const setDeckElsewhere = useAtlas((s) => s.setDeckElsewhere);
  if (elsewhere === null) return null;
  return (
    <div className="deck-message" role="alert">
      <p>{t('deck.elsewhere')}</p>
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            void onLoad(elsewhere).finally(() => {
              setDeckElsewhere(null);
            });
          }}
        >
          {t('deck.loadElsewhere')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDeckElsewhere(null);
          }}
        >
          {t('deck.keepMine')}
        </button>
      </div>
    </div>
  );
}
