/**
 * The benchmark's reference: what a straightforward MapLibre build does. Everything runs on the
 * main thread: JSON.parse of the whole dataset, one GeoJSON line per link, and each domain toggle
 * rebuilds the feature list and sends it again with `setData`. Same basemap and arc geometry as
 * the atlas, so the difference measured is the architecture.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../page.css';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { greatCircleArc } from '../../../src/core/geometry';
import {
  lineStyleOf,
  maskDomains,
  parsePatternName,
  patternName,
  ribbonWidth,
} from '../../../src/core/link-drawing';
import { ribbonPattern } from '../../../src/map/marker-images';
import { benchProbe, datasetAndBasemap, domainCheckboxes, nextIdle } from '../probe';
import { createStyle, LAYERS, SOURCES } from '../../../src/map/style';

maplibregl.setWorkerUrl(workerUrl);

const container = document.getElementById('map') as HTMLElement;
const controls = document.getElementById('controls') as HTMLElement;
// The links as a plain GeoJSON line layer, one feature per partnership, painted by a pattern image
// per combination of domains (how the atlas drew them before its instanced layer).
const NAIVE_ARCS = 'naive-arcs';
const style = createStyle();
style.sources[NAIVE_ARCS] = {
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
  tolerance: 1,
  buffer: 16,
};
style.layers.splice(
  style.layers.findIndex((l) => l.id === LAYERS.highlightCasing),
  0,
  {
    id: NAIVE_ARCS,
    type: 'line',
    source: NAIVE_ARCS,
    layout: { 'line-cap': 'butt', 'line-join': 'round' },
    paint: { 'line-pattern': ['get', 'pattern'], 'line-width': ['get', 'width'] },
  },
);
const map = new maplibregl.Map({
  container,
  style,
  bounds: [
    [-12, 24],
    [38, 53],
  ],
  renderWorldCopies: false,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});

const dataUrl = new URLSearchParams(location.search).get('data') ?? '/bench-data/2/atlas.json';
const [dataset, basemap] = await datasetAndBasemap(map, dataUrl, countriesUrl);

const anchors = new Map(dataset.actors.map((a) => [a.id, [a.anchor.lon, a.anchor.lat] as const]));
const domainIndex = new Map(dataset.domains.map((d, i) => [d.id, i]));
// The same ribbons as the app, built the straightforward way: one feature per partnership on the
// main thread, each carrying its domain ids for a filter that re-sends the data.
const features: Feature<LineString, { domains: string[] } & Record<string, unknown>>[] =
  dataset.partnerships.map((p) => {
    const domains = p.domains.map((d) => d.domain);
    let mask = 0;
    for (const d of domains) mask |= 1 << (domainIndex.get(d) ?? 0);
    return {
      type: 'Feature' as const,
      geometry: {
        type: 'LineString' as const,
        coordinates: greatCircleArc(
          anchors.get(p.parties[0]) ?? [0, 0],
          anchors.get(p.parties[1]) ?? [0, 0],
        ),
      },
      properties: {
        domains,
        pattern: patternName(mask, lineStyleOf(p.status)),
        width: ribbonWidth(domains.length),
      },
    };
  });
map.setMissingStyleImageResolver((id) => {
  const pattern = parsePatternName(id);
  if (!pattern || map.hasImage(id)) return;
  const colours = maskDomains(pattern.mask, dataset.domains.length).map(
    (d) => dataset.domains[d]?.color ?? '#000000',
  );
  map.addImage(id, ribbonPattern(colours, pattern.style, ribbonWidth(colours.length)), {
    pixelRatio: 2,
  });
});
const hidden = new Set<string>();
const visibleFeatures = (): FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.filter((f) => f.properties.domains.some((d) => !hidden.has(d))),
});

const source = (id: string) => map.getSource<maplibregl.GeoJSONSource>(id);
void source(SOURCES.countries)?.setData(basemap.countries);
void source(SOURCES.borders)?.setData(basemap.borders);
void source(SOURCES.disputed)?.setData(basemap.disputed);
void source(SOURCES.coastline)?.setData(basemap.coastline);
void source(SOURCES.countryLabels)?.setData(basemap.labels);
void source(NAIVE_ARCS)?.setData(visibleFeatures());
map.once('idle', () => {
  container.dataset.mapReady = 'true';
  performance.mark('atlas:data-drawn');
});

domainCheckboxes(controls, dataset.domains, (id, shown) => {
  if (shown) hidden.delete(id);
  else hidden.add(id);
  void source(NAIVE_ARCS)?.setData(visibleFeatures());
});

window.__atlasMap = benchProbe(map, container, () => nextIdle(map));
