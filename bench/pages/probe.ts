/**
 * The probe the benchmark's reference pages (naive, peer) give the runner: only what `run.ts`
 * asks of a page (idle, drawn, zoom, project); the atlas's test hooks answer empty.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapProbe } from '../../src/map/map-probe';

export function benchProbe(
  map: MapLibreMap,
  container: HTMLElement,
  waitForIdle: () => Promise<void>,
): MapProbe {
  return {
    waitForIdle,
    isDataDrawn: () => container.dataset.mapReady === 'true',
    renderedArcIds: () => [],
    renderedActorIds: () => [],
    arcScreenPoint: () => null,
    renderedCount: () => 0,
    renderedPatterns: () => [],
    linkOpacity: () => 1,
    ribbonWidth: () => null,
    paintProperty: () => undefined,
    layoutProperty: () => undefined,
    labelsIn: () => [],
    basemapScale: () => null,
    zoom: () => map.getZoom(),
    project: (lon, lat) => map.project([lon, lat]),
  };
}

/** Resolves at the map's next idle, after asking it for a frame. */
export function nextIdle(map: MapLibreMap): Promise<void> {
  return new Promise<void>((resolve) => {
    map.once('idle', () => {
      resolve();
    });
    map.triggerRepaint();
  });
}

/** The domain checkboxes every page offers, as the atlas labels them (the runner clicks one). */
export function domainCheckboxes(
  controls: HTMLElement,
  domains: readonly { id: string; label: { en: string } }[],
  onChange: (id: string, shown: boolean) => void,
): void {
  for (const domain of domains) {
    const label = document.createElement('label');
    label.style.display = 'block';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', () => {
      onChange(domain.id, box.checked);
    });
    label.append(box, ` ${domain.label.en}`);
    controls.append(label);
  }
}
