import { must, type DatasetIndex } from '../core/dataset-index';
import { t } from '../core/messages';
import type { Excerpt } from '../core/types';
import { SourceLine } from './SourceLine';

/**
 * A passage exactly as the article prints it, in its own language and direction, with our English
 * translation beneath and the article it comes from.
 */
export function ExcerptQuote({ excerpt, index }: { excerpt: Excerpt; index: DatasetIndex }) {
  const source = must(index.sources, excerpt.source);
  return (
    <figure className={`excerpt excerpt-${excerpt.kind}`} data-excerpt-id={excerpt.id}>
      {excerpt.kind !== 'report' && (
        <p className="excerpt-kind">{t(`excerptKind.${excerpt.kind}`)}</p>
      )}
      <blockquote lang={source.language} dir={source.language === 'ar' ? 'rtl' : 'ltr'}>
        {excerpt.text}
      </blockquote>
      <figcaption>
        <p className="translation" lang="en">
          <span className="translation-label">{t('details.translation')}:</span>{' '}
          {excerpt.translation}
        </p>
        <SourceLine source={source} />
      </figcaption>
    </figure>
  );
}
