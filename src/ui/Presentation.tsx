// Presenting's words live in their own table, which the atlas's entry does not carry.
import '../core/present-messages';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from './i18n';
import { translator } from '../core/messages';
import { linkDomains } from '../core/summary';
import type { Domain } from '../core/types';
import { rowOf } from '../store/selectors';
import { FrameLegend, PlainDomainChip } from './FrameLegend';
import type { MapHandleRef } from './map-handle';
import { PassageFigure } from './PassageFigure';
import { passageOf } from '../store/briefing-slice';
import { leavePresentation } from './presentation-control';
import { useAtlas, useAtlasStore } from './store-context';
import { currentScene, sourceLines, viewSources } from './view-text';

const NO_DOMAINS: readonly Domain[] = [];

/** How long the presenter's controls and the keys' hint stay after the last pointer movement. */
export const CONTROLS_SHOWN_MS = 4000;

/**
 * Whether the presentation has been left alone: true once the pointer has not moved (and Tab not
 * been pressed) for `CONTROLS_SHOWN_MS`, so that the audience sees the map and the caption only.
 */
function useIdle(presenting: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!presenting) return;
    let timer = 0;
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        setIdle(true);
      }, CONTROLS_SHOWN_MS);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Tab') wake();
    };
    timer = window.setTimeout(() => {
      setIdle(true);
    }, CONTROLS_SHOWN_MS);
    window.addEventListener('pointermove', wake);
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('keydown', onKey);
      setIdle(false);
    };
  }, [presenting]);
  return idle;
}

/**
 * The presentation's caption: the scene's title, its featured passage (in its own language, with
 * our translation), the source line and the progress. It also owns the keys while presenting, and
 * leaves the presentation when full screen is left by the browser's own means.
 */
export function Presentation({ mapHandle }: { mapHandle?: MapHandleRef }) {
  const { t } = useT();
  const store = useAtlasStore();
  const presenting = useAtlas((s) => s.presenting);
  const windowed = useAtlas((s) => s.presentWindowed);
  const scene = useAtlas(currentScene);
  const index = useAtlas((s) => s.sceneIndex);
  const count = useAtlas((s) => s.deck?.scenes.length ?? 0);
  const deckTitle = useAtlas((s) => s.deck?.title ?? '');
  const featured = useAtlas((s) =>
    scene?.excerpt ? s.captionExcerpts.get(scene.excerpt) : undefined,
  );
  const sources = useAtlas((s) => sourceLines(viewSources(s), translator(s.language)).join(' '));
  const captionRef = useRef<HTMLElement>(null);
  // The selected partnership's domains, named: its ribbon may be one neutral colour.
  const summary = useAtlas((s) => s.summary);
  const row = useAtlas((s) => rowOf(s, s.selectedId));
  const domains = useMemo(
    () => (summary && row >= 0 ? linkDomains(summary, row) : NO_DOMAINS),
    [summary, row],
  );

  // The keys are the page's (`usePresentationKeys`); the caption takes the focus as it appears.
  useEffect(() => {
    if (presenting) captionRef.current?.focus();
  }, [presenting]);

  const idle = useIdle(presenting);
  // The legend of the view goes over the map (fetched with the presentation, not with the atlas).
  const mapWrap = presenting ? document.querySelector('.map-wrap') : null;

  if (!presenting || !scene || index === null) return null;
  return (
    <section
      ref={captionRef}
      className={`presentation-caption${idle ? ' idle' : ''}`}
      aria-label={t('present.label')}
      aria-roledescription={t('present.label')}
      tabIndex={-1}
    >
      {mapWrap && mapHandle && createPortal(<FrameLegend mapHandle={mapHandle} />, mapWrap)}
      {/* The page's header is hidden while presenting; its title stays for screen readers. */}
      <h1 className="visually-hidden">
        {t('app.name')}: {deckTitle}
      </h1>
      <div className="caption-head">
        <h2 aria-live="polite" dir="auto">
          {scene.title}
        </h2>
        <p className="caption-progress" aria-live="polite">
          {t('present.progress', { position: index + 1, count })}
        </p>
      </div>
      {featured ? <PassageFigure passage={passageOf(featured)} /> : null}
      {domains.length > 0 && (
        <ul className="caption-domains" aria-label={t('details.domains')}>
          {domains.map((domain) => (
            <PlainDomainChip key={domain.id} domain={domain} />
          ))}
        </ul>
      )}
      <p className="caption-source">{sources || t('present.sourcesGeneral')}</p>
      <div className="caption-controls">
        {windowed && <span className="caption-note">{t('present.windowed')}</span>}
        <span className="caption-help">{t('present.help')}</span>
        <button
          type="button"
          onClick={() => {
            store.getState().stepScene(-1);
          }}
          disabled={index === 0}
        >
          {t('present.previous')}
        </button>
        <button
          type="button"
          onClick={() => {
            store.getState().stepScene(1);
          }}
          disabled={index === count - 1}
        >
          {t('present.next')}
        </button>
        <button
          type="button"
          onClick={() => {
            leavePresentation(store);
          }}
        >
          {t('present.exit')}
        </button>
      </div>
    </section>
  );
}
