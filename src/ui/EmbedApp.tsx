/**
 * The atlas embedded in another page (`?embed=1`): the map of the address's view, sized to its
 * frame, with a one-line caption and a link that opens the same view in the atlas in a new tab.
 * No header, no panels; nothing in it navigates the page around it. A chunk of its own.
 */
import type { BasemapScale } from '../core/basemap';
import type { BasemapData } from '../core/protocol';
import { writeUrlState } from '../core/url-state';
import { viewOf } from '../store/selectors';
import { DataErrorPanel } from './DataErrorPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { useT } from './i18n';
import { MapView } from './MapView';
import { useAtlas, useAtlasStore } from './store-context';

const ignore = () => undefined;

export default function EmbedApp({
  basemap,
}: {
  basemap: (scale: BasemapScale) => Promise<BasemapData>;
}) {
  const { t, localized } = useT();
  const status = useAtlas((s) => s.dataStatus);
  const title = useAtlas((s) => s.summary?.title);
  const store = useAtlasStore();
  // The view as the user leaves it in the frame, read when the link is used (not at every change).
  const href = () => `${window.location.pathname}${writeUrlState(viewOf(store.getState()))}`;
  return (
    <div className="app embed">
      <main className="app-main">
        {status === 'error' ? (
          <DataErrorPanel />
        ) : (
          <ErrorBoundary area="boundary.area.map">
            {() => <MapView basemap={basemap} onHandle={ignore} />}
          </ErrorBoundary>
        )}
      </main>
      <footer className="embed-caption">
        <span>{title ? localized(title) : t('app.name')}</span>
        <a
          href={href()}
          target="_blank"
          rel="noopener"
          onClick={(event) => {
            event.currentTarget.href = href();
          }}
        >
          {t('embed.open')}
        </a>
      </footer>
    </div>
  );
}
