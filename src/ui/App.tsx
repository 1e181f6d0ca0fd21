import { t } from '../core/messages';
import type { BasemapScale } from '../core/basemap';
import type { BasemapData } from '../store/dataset-pipeline';
import { AboutButton } from './AboutDialog';
import { DataErrorPanel } from './DataErrorPanel';
import { LoadProgress } from './LoadProgress';
import { DomainFilter } from './DomainFilter';
import { MapView } from './MapView';
import { PartnershipDetails } from './PartnershipDetails';
import { PartnershipList } from './PartnershipList';
import { useAtlas } from './store-context';

export interface AppProps {
  /** Loads the basemap's layers (in the app, the data worker converts Natural Earth's file). */
  basemap: (scale: BasemapScale) => Promise<BasemapData>;
}

export function App({ basemap }: AppProps) {
  const status = useAtlas((s) => s.dataStatus);
  const title = useAtlas((s) => s.summary?.title.en);

  return (
    <div className="app">
      <a className="skip-link" href="#partnership-list-heading">
        {t('app.skipToList')}
      </a>
      <header className="app-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="tagline">{title ?? t('app.tagline')}</p>
        </div>
        <AboutButton />
      </header>
      {status === 'loading' && (
        <main className="app-message">
          <LoadProgress />
        </main>
      )}
      {status === 'error' && (
        <main className="app-message">
          <DataErrorPanel />
        </main>
      )}
      {status === 'ready' && (
        <main className="app-main">
          <div className="sidebar">
            <DomainFilter />
            <PartnershipList />
          </div>
          <MapView basemap={basemap} />
          <PartnershipDetails />
        </main>
      )}
    </div>
  );
}
