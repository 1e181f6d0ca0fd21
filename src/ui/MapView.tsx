import { useEffect, useRef, useState } from 'react';
import { t } from '../core/messages';
import { useAtlasStore } from './store-context';

/**
 * Mounts the map controller into a div and binds it to the store. The controller (and with it
 * maplibre-gl) is loaded as a separate chunk, so the panels appear before the map library arrives.
 */
export function MapView({ basemapUrl }: { basemapUrl: string }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const store = useAtlasStore();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const lifetime = new AbortController();
    // A function, so that the check is made afresh after each await.
    const disposed = () => lifetime.signal.aborted;
    let cleanup = () => {};
    void (async () => {
      const [{ MapController }, { bindMapToStore }, { loadBasemap }] = await Promise.all([
        import('../map/map-controller'),
        import('../map/bind-store'),
        import('../map/load-basemap'),
      ]);
      if (disposed()) return;
      const controller = new MapController(container, {
        label: t('map.label'),
        reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
        onArcClick: (id) => store.getState().select(id),
        onArcHover: (id) => store.getState().hover(id),
      });
      const unbind = bindMapToStore(controller, store);
      cleanup = () => {
        unbind();
        controller.destroy();
      };
      try {
        await controller.setBasemap(await loadBasemap(basemapUrl));
      } catch (reason) {
        if (!disposed()) setError(t('map.basemapError', { reason: String(reason) }));
      }
    })();
    return () => {
      lifetime.abort();
      cleanup();
    };
  }, [store, basemapUrl]);

  return (
    // MapLibre makes its canvas a focusable region named by `label`: that is the map's landmark.
    <div className="map-wrap">
      <div ref={containerRef} className="map" data-testid="map" />
      {error && (
        <p className="map-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
