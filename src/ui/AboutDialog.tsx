import { useRef } from 'react';
import { t } from '../core/messages';
import { SourceLine } from './SourceLine';
import { useAtlas } from './store-context';

/** A button in the header that opens a modal note on the data's sources and the basemap. */
export function AboutButton() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const dataset = useAtlas((s) => s.dataset);
  const index = useAtlas((s) => s.index);
  const references = dataset
    ? dataset.actors.flatMap((actor) =>
        actor.kind === 'organization'
          ? [actor.reference, ...actor.frameworks.map((f) => f.reference)].filter(
              (note): note is string => note !== undefined,
            )
          : [],
      )
    : [];

  return (
    <>
      <button type="button" onClick={() => dialogRef.current?.showModal()}>
        {t('about.open')}
      </button>
      <dialog ref={dialogRef} className="about" aria-labelledby="about-heading">
        <h2 id="about-heading">{t('about.title')}</h2>
        <p>{t('about.intro')}</p>
        {dataset && index && (
          <>
            <h3>{t('about.sourcesHeading')}</h3>
            <ul>
              {dataset.sources.map((source) => (
                <li key={source.id}>
                  <SourceLine sourceId={source.id} index={index} full />
                </li>
              ))}
            </ul>
            <p>{t('about.translations')}</p>
          </>
        )}
        {references.length > 0 && (
          <>
            <h3>{t('about.referenceHeading')}</h3>
            <ul>
              {references.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </>
        )}
        <h3>{t('about.basemapHeading')}</h3>
        <p>{t('about.basemap')}</p>
        <form method="dialog">
          <button type="submit" autoFocus>
            {t('about.close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
