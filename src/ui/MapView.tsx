import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { BasemapScale } from '../core/basemap';
import { linkLine } from '../core/link-drawing';
import { useT } from './i18n';
import { translator } from '../core/messages';
import type { AtlasState } from '../store/atlas-store';
import type { BasemapData } from '../core/protocol';
import { rowOf, visibleLinksOnPair } from '../store/selectors';
import { ArcTooltip } from './ArcTooltip';
import { EmptyMapNotice } from './EmptyMapNotice';
import { LinkCapNote } from './LinkCapNote';
import { Legend } from './Legend';
import type { MapHandle } from './map-handle';
import { useAtlas, useAtlasStore } from './store-context';

/** The time bar: its own chunk, asked for only by a dataset with dates. */
const TimeBar = lazy(() => import('./time/TimeBar'));

/** Panels that a phone lays over the map as sheets (fixed), which a fit keeps clear of. */
const SHEETS = '.details, .sidebar.sheet, .briefing-panel';

function lineOfLink(state: AtlasState, id: string): [number, number][] | null {
  const summary = state.summary;
  const row = rowOf(state, id);
  if (!summary || row < 0) return null;
  return linkLine(summary, row);
}

/**
 * Mounts the map controller into a div and binds it to the store. The controller (and with it
 * maplibre-gl) is loaded as a separate chunk, so the panels appear before the map library arrives.
 */
export function MapView({
  basemap,
  onHandle,
}: {
  basemap: (scale: BasemapScale) => Promise<BasemapData>;
  /** Given what the panels may ask of the map (images, settling) once it exists, null after. */
  onHandle?: (handle: MapHandle | null) => void;
}) {
  const { t } = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  const store = useAtlasStore();
  // The reason, put into words when shown: a language switch reaches it.
  const [error, setError] = useState<{ reason: string } | null>(null);
  /** Whether the browser can draw the map: no WebGL 2 at all, or its context lost for now. */
  const [drawing, setDrawing] = useState<'ok' | 'unavailable' | 'lost'>(() =>
    webgl2Available() ? 'ok' : 'unavailable',
  );
  const tooltipRef = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLDetailsElement>(null);
  const presenting = useAtlas((s) => s.presenting);
  // A dataset with dates or spans has a time bar (its summary has a time axis).
  const timed = useAtlas((s) => Boolean(s.summary?.time)) && !presenting;

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !webgl2Available()) return;
    const lifetime = new AbortController();
    // A function, so that the check is made afresh after each await.
    const disposed = () => lifetime.signal.aborted;
    let cleanup = () => {};
    void (async () => {
      const [{ MapController }, { bindMapToStore }] = await Promise.all([
        import('../map/map-controller'),
        import('../bindings/bind-map'),
        // Labels drawn before the bundled fonts load would keep the fallback face.
        import('../map/fonts').then(({ mapFontsReady }) => mapFontsReady()),
      ]);
      if (disposed()) return;
      // In the language of the moment; `bindMapToStore` follows later switches.
      const words = translator(store.getState().language);
      const options: ConstructorParameters<typeof MapController>[1] = {
        label: words.t('map.label'),
        resetLabel: words.t('map.resetView'),
        attribution: words.t('map.attribution'),
        reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
        onLinkClick: (link) => {
          const state = store.getState();
          state.select(state.summary?.links.ids[link] ?? null);
        },
        onPairClick: (pair) => {
          store.getState().selectOnPair(pair);
        },
        onCamera: (camera) => {
          store.getState().setCamera(camera);
        },
        onActorClick: (actor) => {
          const state = store.getState();
          state.setFocus(state.focus === actor ? null : actor);
        },
        onHover: (target) => {
          const state = store.getState();
          if (target === null) state.hover(null);
          else if ('pair' in target) state.hoverPair(target.pair);
          else {
            // A partnership drawn on its own: keep its pair drawn apart while the pointer is on it.
            const pair = state.summary?.links.pair[target.link] ?? null;
            state.hover(state.summary?.links.ids[target.link] ?? null, pair);
          }
        },
        domainColors: () => store.getState().summary?.domains.map((d) => d.color) ?? [],
        // The tooltip follows the pointer through its style, not React state: no render per move.
        onArcPointer: (point) => {
          const tooltip = tooltipRef.current;
          if (!tooltip) return;
          tooltip.hidden = point === null;
          if (point) tooltip.style.transform = `translate(${point.x + 14}px, ${point.y + 14}px)`;
        },
        linksOnPair: (pair) => {
          const state = store.getState();
          return visibleLinksOnPair(state, pair).map((row) => state.summary?.links.ids[row] ?? '');
        },
        overlays: () => {
          const map = container.getBoundingClientRect();
          // The legend, and on a phone the sheets laid over the map (details, list, briefing).
          const sheets = [...document.querySelectorAll<HTMLElement>(SHEETS)].filter(
            (element) => getComputedStyle(element).position === 'fixed',
          );
          const legend = legendRef.current;
          return [...(legend ? [legend] : []), ...sheets].map((element) => {
            const box = element.getBoundingClientRect();
            const top = Math.max(box.top, map.top);
            const bottom = Math.min(box.bottom, map.bottom);
            return {
              x: box.x - map.x,
              y: top - map.y,
              width: box.width,
              height: Math.max(0, bottom - top),
            };
          });
        },
        lineOfLink: (id) => lineOfLink(store.getState(), id),
        pairOfLink: (id) => {
          const state = store.getState();
          const row = rowOf(state, id);
          return row < 0 ? null : (state.summary?.links.pair[row] ?? null);
        },
        onContext: (state) => {
          if (!disposed()) setDrawing(state === 'lost' ? 'lost' : 'ok');
        },
        onLinksDrawn: (count) => {
          store.getState().setDrawnLinks(count);
        },
        onDataDrawn: (pairs) => {
          store.getState().setDrawnPairs(pairs);
        },
      };
      let controller: InstanceType<typeof MapController>;
      try {
        controller = new MapController(container, options);
      } catch (failure) {
        // No WebGL context could be made (MapLibre's GPUInitializationError): said, not thrown.
        console.error(failure);
        if (!disposed()) setDrawing('unavailable');
        return;
      }
      const unbind = bindMapToStore(controller, store);
      store.getState().setMapPresent(true);
      onHandle?.({
        capture: (scale) => controller.capture(scale),
        settle: () => controller.settle(),
        frameContents: (size) => controller.frameContents(size),
        size: () => ({ width: container.clientWidth, height: container.clientHeight }),
        onResize: (listener) => {
          const observer = new ResizeObserver(listener);
          observer.observe(container);
          return () => {
            observer.disconnect();
          };
        },
      });
      cleanup = () => {
        store.getState().setMapPresent(false);
        onHandle?.(null);
        unbind();
        controller.destroy();
      };
      void controller.useBasemap(basemap, (reason) => {
        if (!disposed()) setError({ reason: String(reason) });
      });
    })();
    return () => {
      lifetime.abort();
      cleanup();
    };
  }, [store, basemap, onHandle]);

  return (
    // MapLibre makes its canvas a focusable region named by `label`: that is the map's landmark.
    <div className="map-wrap" data-timebar={timed || undefined}>
      <div ref={containerRef} className="map" data-testid="map" />
      {/* While presenting, the presentation puts a legend of the view here (`FrameLegend`). */}
      {!presenting && <Legend ref={legendRef} />}
      <EmptyMapNotice />
      <LinkCapNote />
      <ArcTooltip ref={tooltipRef} />
      {timed && (
        <Suspense fallback={null}>
          <TimeBar />
        </Suspense>
      )}
      {error && (
        <p className="map-error" role="alert">
          {t('map.basemapError', { reason: error.reason })}
        </p>
      )}
      {drawing !== 'ok' && (
        <div className="map-unavailable" role="status">
          <p>{t(drawing === 'lost' ? 'map.contextLost' : 'map.noWebgl')}</p>
        </div>
      )}
    </div>
  );
}

/** Whether this browser can make a WebGL 2 context, which MapLibre needs. */
function webgl2Available(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
