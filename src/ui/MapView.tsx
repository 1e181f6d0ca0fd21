import { useEffect, useRef, useState } from 'react';
import { t } from '../core/messages';
import { greatCircleArc } from '../core/geometry';
import type { AtlasState } from '../store/atlas-store';
import type { BasemapData } from '../store/dataset-pipeline';
import { rowOf, visibleLinksOnPair } from '../store/selectors';
import { ArcTooltip } from './ArcTooltip';
import { Legend } from './Legend';
import { useAtlasStore } from './store-context';

function linksOnPair(state: AtlasState, pair: number): string[] {
  return visibleLinksOnPair(state, pair).map((row) => state.summary?.links.ids[row] ?? '');
}

function lineOfLink(state: AtlasState, id: string): [number, number][] | null {
  const summary = state.summary;
  const row = rowOf(state, id);
  if (!summary || row < 0) return null;
  const a = summary.actors[summary.links.partyA[row] ?? 0];
  const b = summary.actors[summary.links.partyB[row] ?? 0];
  return a && b ? greatCircleArc(a.anchor, b.anchor) : null;
}

/**
 * Mounts the map controller into a div and binds it to the store. The controller (and with it
 * maplibre-gl) is loaded as a separate chunk, so the panels appear before the map library arrives.
 */
export function MapView({ basemap }: { basemap: () => Promise<BasemapData> }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const store = useAtlasStore();
  const [error, setError] = useState<string | null>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const lifetime = new AbortController();
    // A function, so that the check is made afresh after each await.
    const disposed = () => lifetime.signal.aborted;
    let cleanup = () => {};
    void (async () => {
      const basemapLayers = basemap();
      const [{ MapController }, { bindMapToStore }] = await Promise.all([
        import('../map/map-controller'),
        import('../map/bind-store'),
      ]);
      if (disposed()) return;
      const controller = new MapController(container, {
        label: t('map.label'),
        resetLabel: t('map.resetView'),
        reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
        onPairClick: (pair) => {
          store.getState().selectOnPair(pair);
        },
        onPairHover: (pair) => {
          store.getState().hoverPair(pair);
        },
        // The tooltip follows the pointer through its style, not React state: no render per move.
        onArcPointer: (point) => {
          const tooltip = tooltipRef.current;
          if (!tooltip) return;
          tooltip.hidden = point === null;
          if (point) tooltip.style.transform = `translate(${point.x + 14}px, ${point.y + 14}px)`;
        },
        linksOnPair: (pair) => linksOnPair(store.getState(), pair),
        lineOfLink: (id) => lineOfLink(store.getState(), id),
      });
      const unbind = bindMapToStore(controller, store);
      cleanup = () => {
        unbind();
        controller.destroy();
      };
      try {
        await controller.setBasemap(await basemapLayers);
      } catch (reason) {
        if (!disposed()) setError(t('map.basemapError', { reason: String(reason) }));
      }
    })();
    return () => {
      lifetime.abort();
      cleanup();
    };
  }, [store, basemap]);

  return (
    // MapLibre makes its canvas a focusable region named by `label`: that is the map's landmark.
    <div className="map-wrap">
      <div ref={containerRef} className="map" data-testid="map" />
      <Legend />
      <ArcTooltip ref={tooltipRef} />
      {error && (
        <p className="map-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
