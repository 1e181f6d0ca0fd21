import { t } from '../core/messages';
import type { Passage } from '../store/briefing-slice';

/** A featured passage in its own language and direction, with our translation labelled as ours. */
export function PassageFigure({ passage }: { passage: Passage }) {
  return (
    <figure className="caption-excerpt">
      <blockquote lang={passage.language} dir={passage.language === 'ar' ? 'rtl' : 'ltr'}>
        {passage.text}
      </blockquote>
      <figcaption>
        <span className="translation-label">{t('details.translation')}:</span>{' '}
        <span lang="en" dir="ltr">
          {passage.translation}
        </span>
      </figcaption>
    </figure>
  );
}
