import { Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import { useT } from './i18n';
import type { BasemapScale } from '../core/basemap';
import type { BasemapData } from '../core/protocol';
import { AboutButton } from './HeaderButtons';
import type { ToolsSlot } from './ToolButtons';
import type { DeckSources } from './BriefingPanel';
import { ErrorBoundary, retryableLazy } from './ErrorBoundary';
import { usePresentationKeys } from './use-presentation-keys';
import type { HandoutPage } from './briefing-actions';
import type { MapHandle } from './map-handle';
import { DataErrorPanel } from './DataErrorPanel';
import { EvidenceCheck, LoadProgress } from './LoadProgress';
import { DomainFilter } from './DomainFilter';
import { SidebarSheet } from './SidebarSheet';
import { FocusBar, MoreFilters } from './MoreFilters';
import { SearchBox } from './SearchBox';
import { MapView } from './MapView';
import { PartnershipList } from './PartnershipList';
import { useAtlas, useAtlasStore } from './store-context';

// The briefing's panel (and with it image export and printing) loads when first opened.
/** The presentation's caption and keys: fetched when a presentation starts. */
const presentation = retryableLazy(
  () => import('./Presentation'),
  (module) => module.Presentation,
);

/** The printed handout: fetched when a handout is printed. */
const handoutPages = retryableLazy(
  () => import('./Handout'),
  (module) => module.Handout,
);

/**
 * A partnership's details: fetched when one is first selected (the map makes its fit again if the
 * panel comes a moment later).
 */
const partnershipDetails = retryableLazy(
  () => import('./PartnershipDetails'),
  (module) => module.PartnershipDetails,
);

const briefingPanel = retryableLazy(
  () => import('./BriefingPanel'),
  (module) => module.BriefingPanel,
);

export interface AppProps {
  /** Loads the basemap's layers (in the app, the data worker converts Natural Earth's file). */
  basemap: (scale: BasemapScale) => Promise<BasemapData>;
  /** Where briefing decks come from: the built-in ones and the reader of deck files. */
  decks: DeckSources;
  /** What the site adds to reading the atlas (`ToolButtons.tsx`); a standalone page has none. */
  tools?: ToolsSlot;
  /** A line under the title (the standalone page says what it is). */
  note?: ReactNode;
}

/** Switches the interface between English and Arabic; it names the other language in itself. */
function LanguageButton() {
  const { t } = useT();
  const language = useAtlas((s) => s.language);
  const setLanguage = useAtlas((s) => s.setLanguage);
  const other = language === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      lang={other}
      title={t('language.switchLabel')}
      onClick={() => {
        void setLanguage(other);
      }}
    >
      {t('language.switch')}
    </button>
  );
}

/** Opens and closes the briefing panel; says how many scenes the deck holds. */
function BriefingButton() {
  const { t } = useT();
  const open = useAtlas((s) => s.briefingOpen);
  const count = useAtlas((s) => s.deck?.scenes.length);
  const setOpen = useAtlas((s) => s.setBriefingOpen);
  return (
    <button
      type="button"
      aria-expanded={open}
      onClick={() => {
        setOpen(!open);
      }}
    >
      {count === undefined ? t('deck.open') : t('deck.openCount', { count })}
    </button>
  );
}

/** Why the atlas shows the seed where an imported dataset was chosen last time. */
function DatasetNotice() {
  const { t, say } = useT();
  const notice = useAtlas((s) => s.datasetNotice);
  const setNotice = useAtlas((s) => s.setDatasetNotice);
  if (!notice) return null;
  return (
    <div className="notices" role="status">
      <p>{say(notice)}</p>
      <button
        type="button"
        onClick={() => {
          setNotice(null);
        }}
      >
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

/** Quiet notes about settings that were not used, such as a stale id in a shared address. */
function Notices() {
  const { t, say } = useT();
  const notices = useAtlas((s) => s.notices);
  const setNotices = useAtlas((s) => s.setNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      <p>{t('notice.url')}</p>
      <ul>
        {notices.map((notice) => {
          const line = say(notice);
          return <li key={line}>{line}</li>;
        })}
      </ul>
      <button
        type="button"
        onClick={() => {
          setNotices([]);
        }}
      >
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

/** The status and date filters, folded away until wanted; whether they are open is in the address. */
function MoreFiltersFold({ children }: { children: ReactNode }) {
  const { t } = useT();
  const open = useAtlas((s) => s.filtersOpen);
  const setOpen = useAtlas((s) => s.setFiltersOpen);
  return (
    <details
      className="more-filters"
      open={open}
      onToggle={(event) => {
        if (event.currentTarget.open !== open) setOpen(event.currentTarget.open);
      }}
    >
      <summary>{t('filters.more')}</summary>
      {children}
    </details>
  );
}

export function App({ basemap, decks, tools, note }: AppProps) {
  const { t, localized } = useT();
  const status = useAtlas((s) => s.dataStatus);
  const hasSelection = useAtlas((s) => s.selectedId !== null);
  const title = useAtlas((s) => s.summary?.title);
  // Every component below re-renders in the new language when it changes.
  useAtlas((s) => s.language);
  const presenting = useAtlas((s) => s.presenting);
  usePresentationKeys(useAtlasStore(), presenting);
  const briefingOpen = useAtlas((s) => s.briefingOpen);
  const mapHandle = useRef<MapHandle | null>(null);
  const onMapHandle = useCallback((handle: MapHandle | null) => {
    mapHandle.current = handle;
  }, []);
  const [handout, setHandout] = useState<HandoutPage[] | null>(null);

  const page = (
    <div className={`app${presenting ? ' presenting' : ''}${handout ? ' has-handout' : ''}`}>
      {briefingOpen ? (
        <a className="skip-link" href="#briefing-heading">
          {t('app.skipToBriefing')}
        </a>
      ) : (
        <a className="skip-link" href="#partnership-list-heading">
          {t('app.skipToList')}
        </a>
      )}
      <header className="app-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="tagline">{title ? localized(title) : t('app.tagline')}</p>
          {note}
        </div>
        <div className="header-actions">
          <LanguageButton />
          {status === 'ready' && <BriefingButton />}
          {tools?.buttons(status === 'ready')}
          <AboutButton />
        </div>
      </header>
      <DatasetNotice />
      <Notices />
      {status === 'error' && (
        <main className="app-message">
          <DataErrorPanel />
        </main>
      )}
      {/* The map is made while the first dataset loads, so that its basemap is drawn meanwhile;
            the same element stays when the data arrives. */}
      {status !== 'error' && (
        <main className="app-main">
          {/* The briefing takes the sidebar's place while it is open, so the map keeps its room. */}
          {status === 'loading' ? (
            <div className="sidebar">
              <LoadProgress />
            </div>
          ) : briefingOpen ? (
            <ErrorBoundary area="boundary.area.briefing" onRetry={briefingPanel.retry}>
              {(attempt) => (
                <Suspense
                  key={attempt}
                  fallback={<div className="briefing-panel" aria-busy="true" />}
                >
                  <briefingPanel.current
                    sources={decks}
                    mapHandle={mapHandle}
                    onHandout={setHandout}
                  />
                </Suspense>
              )}
            </ErrorBoundary>
          ) : (
            <ErrorBoundary area="boundary.area.sidebar">
              {() => (
                <SidebarSheet>
                  <EvidenceCheck />
                  <SearchBox />
                  <FocusBar />
                  <DomainFilter />
                  <MoreFiltersFold>
                    <MoreFilters />
                  </MoreFiltersFold>
                  <PartnershipList />
                </SidebarSheet>
              )}
            </ErrorBoundary>
          )}
          <ErrorBoundary area="boundary.area.map">
            {() => <MapView basemap={basemap} onHandle={onMapHandle} />}
          </ErrorBoundary>
          {status === 'ready' && hasSelection && (
            <ErrorBoundary area="boundary.area.details" onRetry={partnershipDetails.retry}>
              {(attempt) => (
                <Suspense key={attempt} fallback={null}>
                  <partnershipDetails.current />
                </Suspense>
              )}
            </ErrorBoundary>
          )}
          {presenting && (
            <Suspense fallback={null}>
              <presentation.current mapHandle={mapHandle} />
            </Suspense>
          )}
        </main>
      )}
      {handout && (
        <Suspense fallback={null}>
          <handoutPages.current pages={handout} />
        </Suspense>
      )}
    </div>
  );
  return tools ? tools.host(page) : page;
}
