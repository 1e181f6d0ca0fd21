/**
 * The basemap's scales as the map asks for them: each converted once, the first time (a failed one
 * is tried again the next time the zoom asks for it). Used by the site and the standalone page.
 */
import type { BasemapScale } from '../core/basemap';
import type { BasemapData } from '../core/protocol';

export function basemapCache(
  load: (scale: BasemapScale) => Promise<BasemapData>,
): (scale: BasemapScale) => Promise<BasemapData> {
  const basemaps = new Map<BasemapScale, Promise<BasemapData>>();
  return (scale) => {
    let basemap = basemaps.get(scale);
    if (!basemap) {
      basemap = load(scale);
      basemap.then(
        () => performance.mark(`atlas:basemap-${scale}`),
        () => basemaps.delete(scale),
      );
      basemaps.set(scale, basemap);
    }
    return basemap;
  };
}
