import { must, type DatasetIndex } from '../core/dataset-index';
import { t } from '../core/messages';

/**
 * Names an article by its headline (with our translation) or, when the text has none, by our
 * description; then says plainly which facts about it are unknown.
 */
export function SourceLine({ sourceId, index }: { sourceId: string; index: DatasetIndex }) {
  const source = must(index.sources, sourceId);
  const unknown = [source.publisher, source.published, source.url].every((v) => v === null);
  return (
    <p className="source-line">
      {source.headline === null ? (
        t('details.noHeadline', { subject: source.subject })
      ) : (
        <>
          {t('details.sourceLine', { title: '' })}
          <q lang={source.language} dir={source.language === 'ar' ? 'rtl' : 'ltr'}>
            {source.headline}
          </q>
          {source.headlineTranslation && (
            <> ({t('details.headlineTranslation', { headline: source.headlineTranslation })})</>
          )}
        </>
      )}{' '}
      {unknown ? (
        <span className="unknown">{t('details.sourceUnknowns')}</span>
      ) : (
        <SourceFacts publisher={source.publisher} published={source.published} url={source.url} />
      )}
    </p>
  );
}

function SourceFacts(props: {
  publisher: string | null;
  published: string | null;
  url: string | null;
}) {
  return (
    <span>
      {props.publisher ?? <span className="unknown">{t('details.publisherUnknown')}</span>},{' '}
      {props.published ?? <span className="unknown">{t('details.dateUnknownShort')}</span>}
      {props.url === null ? (
        <>
          , <span className="unknown">{t('details.urlUnknown')}</span>
        </>
      ) : (
        <>
          , <a href={props.url}>{props.url}</a>
        </>
      )}
    </span>
  );
}
