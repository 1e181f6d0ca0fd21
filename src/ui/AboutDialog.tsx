import { useT } from './i18n';
import { ShownDialog } from './ShownDialog';
import { SourceLine } from './SourceLine';
import { useAtlas } from './store-context';

/** Beyond this many, the note says how many more sources there are instead of listing them. */
const MAX_SOURCES_LISTED = 50;

/**
 * The modal note on the data's sources and the basemap, shown as it mounts: fetched when the
 * header's button is first pressed (`AboutButton`); `onClose` when it is closed.
 */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t, localized } = useT();
  const summary = useAtlas((s) => s.summary);
  const references = summary?.references ?? [];
  const caveats = summary?.placementNotes ?? [];

  return (
    <>
      <ShownDialog
        className="about"
        labelledBy="about-heading"
        closeLabel={t('about.close')}
        onClose={onClose}
      >
        <h2 id="about-heading">{t('about.title')}</h2>
        <p>{t('about.intro')}</p>
        {summary && (
          <>
            <h3>{t('about.sourcesHeading')}</h3>
            <ul>
              {summary.sources.slice(0, MAX_SOURCES_LISTED).map((source) => (
                <li key={source.id}>
                  <SourceLine source={source} full />
                </li>
              ))}
            </ul>
            {summary.sources.length > MAX_SOURCES_LISTED && (
              <p>
                {t('about.moreSources', {
                  count: summary.sources.length - MAX_SOURCES_LISTED,
                })}
              </p>
            )}
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
        <h3>{t('about.placementHeading')}</h3>
        <p>{t('about.placement')}</p>
        {caveats.length > 0 && (
          <ul>
            {caveats.map((caveat) => (
              <li key={caveat.id}>
                {t('details.placementNoteOf', {
                  actor: localized(caveat.name),
                  note: localized(caveat.note),
                })}
              </li>
            ))}
          </ul>
        )}
        <h3>{t('about.basemapHeading')}</h3>
        <p>{t('about.basemap')}</p>
      </ShownDialog>
    </>
  );
}
