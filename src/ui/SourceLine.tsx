import { useT } from './i18n';
import { isWebAddress, untitled } from '../core/source-line';
import type { Source } from '../core/types';

/**
 * Names an article by its headline or, when the text has none, by our description; then says
 * plainly which facts about it are unknown. `full` adds our translation of the headline.
 */
export function SourceLine({ source, full = false }: { source: Source; full?: boolean }) {
  const words = useT();
  const { t } = words;
  return (
    <p className="source-line">
      {t('details.sourceLabel')}{' '}
      {source.headline === null ? (
        <span>{untitled(source, words)}</span>
      ) : (
        <>
          <cite lang={source.language} dir={source.language === 'ar' ? 'rtl' : 'ltr'}>
            {source.headline}
          </cite>
          {full && source.headlineTranslation && (
            <> ({t('details.headlineTranslation', { headline: source.headlineTranslation })})</>
          )}
        </>
      )}
      {/[.!?؟]$/.test(source.headline ?? untitled(source, words)) ? ' ' : '. '}
      <SourceFacts source={source} />
    </p>
  );
}

/** Publisher, date and URL, each shown when known and said to be unknown when not. */
function SourceFacts({ source }: { source: Source }) {
  const { t, formatDate } = useT();
  if (source.publisher === null && source.published === null && source.url === null) {
    return <span className="unknown">{t('details.sourceUnknowns')}</span>;
  }
  return (
    <span>
      {source.publisher ?? <span className="unknown">{t('details.publisherUnknown')}</span>}
      {t('list.separator')}
      {source.published === null ? (
        <span className="unknown">{t('details.dateUnknownShort')}</span>
      ) : (
        <time dateTime={source.published}>{formatDate(source.published)}</time>
      )}
      {t('list.separator')}
      {source.url === null ? (
        <span className="unknown">{t('details.urlUnknown')}</span>
      ) : isWebAddress(source.url) ? (
        <a href={source.url}>{source.url}</a>
      ) : (
        // Checked when read; checked again here, so that no other scheme is ever a link.
        <span>{source.url}</span>
      )}
    </span>
  );
}
