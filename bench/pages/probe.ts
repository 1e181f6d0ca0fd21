/**
 * The probe the benchmark's reference pages (naive, peer) give the runner: only what `run.ts`
 * asks of a page (idle, drawn, zoom, project); the atlas's test hooks answer empty.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { basemapFromTopology, isCountriesTopology, type Basemap } from '../../src/core/basemap';
import type { Dataset } from '../../src/core/types';
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

/** The dataset the runner names and a Natural Earth basemap, fetched while the map loads. */
export async function datasetAndBasemap(
  map: MapLibreMap,
  dataUrl: string,
  countriesUrl: string,
): Promise<[Dataset, Basemap]> {
  const [dataset, basemap] = await Promise.all([
    fetch(dataUrl).then((r) => r.json() as Promise<Dataset>),
    fetch(countriesUrl)
      .then((r) => r.json() as Promise<unknown>)
      .then((topology) => {
        if (!isCountriesTopology(topology)) throw new Error('not a countries topology');
        return basemapFromTopology(topology);
      }),
    new Promise((resolve) => map.once('load', resolve)),
  ]);
  return [dataset, basemap];
}

/**
 * deck.gl draws only when something changed: `next` asks the overlay for a frame (a reason given to
 * its Deck's `redraw` forces one; the overlay keeps its Deck private) and resolves when a frame is
 * drawn; `afterRender` is the overlay's `onAfterRender`. Where the first frame after the call is
 * deck.gl's own, that one resolves it.
 */
export function deckFrames(): {
  afterRender: () => void;
  next: (overlay: object) => Promise<void>;
} {
  let drawn = () => {};
  return {
    afterRender: () => {
      drawn();
    },
    next: (overlay) =>
      new Promise<void>((resolve) => {
        drawn = resolve;
        // Deck's own loop draws any pending change at the next animation frame; the forced frame
        // after it makes sure there is one.
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            (overlay as { _deck?: { redraw: (reason?: string) => void } })._deck?.redraw(
              'benchmark: a drawn frame',
            );
          });
        });
      }),
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
