import { useT } from './i18n';
import type { Passage } from '../core/protocol';

/** A featured passage in its own language and direction, with our translation labelled as ours. */
export function PassageFigure({ passage }: { passage: Passage }) {
  const { t } = useT();
  return (
    <figure className="caption-excerpt">
      <blockquote lang={passage.language} dir={passage.language === 'ar' ? 'rtl' : 'ltr'}>
        {passage.text}
      </blockquote>
      <figcaption>
        {passage.translation !== null ? (
          <>
            <span className="translation-label">{t('details.translation')}:</span>{' '}
            <span lang="en" dir="ltr">
              {passage.translation}
            </span>
          </>
        ) : (
          passage.language !== 'en' && (
            <span className="unknown">
              {t(passage.checked ? 'details.noTranslationYet' : 'details.noTranslation')}
            </span>
          )
        )}
        {!passage.checked && <span className="unknown"> {t('details.notChecked')}</span>}
      </figcaption>
    </figure>
  );
}
