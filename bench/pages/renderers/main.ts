/**
 * The two ways issue 23 allowed for drawing the links as GPU instances, side by side on one page
 * (`?renderer=custom` or `?renderer=deck`): everything else is the same (the atlas's style and
 * 1:50m basemap, the file fetched and summarised on the main thread, one instance per pair, a
 * domain checkbox that recomputes which pairs are shown with the atlas's own filter code), so the
 * difference measured is the renderer:
 * - `custom`: the atlas's own MapLibre custom layer (`src/map/arc-layer.ts`, WebGL2 instancing);
 * - `deck`: deck.gl 9.4's `ArcLayer` through `MapboxOverlay` (overlaid: deck.gl's interleaved
 *   mode fails on MapLibre 6.17), the pairs given as binary attributes, the filter written into
 *   the colour attribute (an update trigger), never a new data array.
 * devDependencies only: nothing here reaches the atlas's bundle.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../page.css';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { PAIR_BOW } from '../../../src/core/bowed-arc';
import { compileFilter, DEFAULT_FILTERS, filterPass } from '../../../src/core/filters';
import { INSTANCE_FLOATS, pairInstances } from '../../../src/core/pair-instances';
import { palette } from '../../../src/core/palette';
import { summarizeDataset, visiblePairs } from '../../../src/core/summary';
import { ArcLayer, densityOpacity } from '../../../src/map/arc-layer';
import { createStyle, LAYERS, SOURCES } from '../../../src/map/style';
import { benchProbe, datasetAndBasemap, deckFrames, domainCheckboxes, nextIdle } from '../probe';

maplibregl.setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);
const renderer = params.get('renderer') === 'deck' ? 'deck' : 'custom';
const dataUrl = params.get('data') ?? '/bench-data/2/atlas.json';
const container = document.getElementById('map') as HTMLElement;
const controls = document.getElementById('controls') as HTMLElement;

const map = new maplibregl.Map({
  container,
  style: createStyle(),
  center: [13, 40],
  zoom: 3,
  renderWorldCopies: false,
  canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
  fadeDuration: 0,
});

const [dataset, basemap] = await datasetAndBasemap(map, dataUrl, countriesUrl);
const source = (id: string) => map.getSource<maplibregl.GeoJSONSource>(id);
void source(SOURCES.countries)?.setData(basemap.countries);
void source(SOURCES.borders)?.setData(basemap.borders);
void source(SOURCES.coastline)?.setData(basemap.coastline);
void source(SOURCES.countryLabels)?.setData(basemap.labels);

const summary = summarizeDataset(dataset);
const pairs = pairInstances(summary);
if (summary.frame) map.fitBounds(summary.frame, { padding: 24, duration: 0 });
const hidden = new Set<string>();
const shownPairs = () => {
  const filter = compileFilter(summary, { ...DEFAULT_FILTERS, hiddenDomains: [...hidden] });
  return visiblePairs(summary, filterPass(summary, filter).mapped);
};

/** Draws the pairs with one renderer; `show` applies a new per-pair visibility; `drawn` waits. */
interface Renderer {
  show: (visible: Uint8Array) => void;
  drawn: () => Promise<void>;
}

function customRenderer(): Renderer {
  const layer = new ArcLayer('custom-arcs', PAIR_BOW);
  map.addLayer(layer, LAYERS.highlightCasing);
  layer.setColors(
    summary.domains.map((d) => d.color),
    palette.linkNeutral,
  );
  layer.setPairs(pairs);
  return {
    show: (visible) => {
      layer.setVisibility(visible);
    },
    drawn: () => nextIdle(map),
  };
}

/** deck.gl is loaded on demand, so that its chunks are its bundle cost (`npm run bench` prints them). */
async function deckRenderer(): Promise<Renderer> {
  const [{ MapboxOverlay }, { ArcLayer: DeckArcLayer }] = await Promise.all([
    import('@deck.gl/mapbox'),
    import('@deck.gl/layers'),
  ]);
  // Mercator units (as `pairInstances` holds the ends) back to degrees, for deck.gl.
  const lon = (x: number) => x * 360 - 180;
  const lat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  const n = pairs.count;
  const sources = new Float32Array(n * 2);
  const targets = new Float32Array(n * 2);
  const widths = new Float32Array(n);
  for (let p = 0; p < n; p++) {
    const g = p * INSTANCE_FLOATS;
    sources.set([lon(pairs.geometry[g] ?? 0), lat(pairs.geometry[g + 1] ?? 0)], p * 2);
    targets.set([lon(pairs.geometry[g + 2] ?? 0), lat(pairs.geometry[g + 3] ?? 0)], p * 2);
    widths[p] = (pairs.geometry[g + 4] ?? 0) * (n > 300 ? 0.4 : 1);
  }
  const [r, g, b] = [0x37, 0x41, 0x51];
  const alpha = Math.round(255 * densityOpacity(n));
  let visible: Uint8Array = new Uint8Array(n).fill(1);
  let version = 0;
  const frames = deckFrames();
  const overlay = new MapboxOverlay({
    interleaved: false,
    layers: [],
    onAfterRender: frames.afterRender,
  });
  map.addControl(overlay);
  const layer = () =>
    new DeckArcLayer({
      id: 'deck-arcs',
      data: {
        length: n,
        attributes: {
          getSourcePosition: { value: sources, size: 2 },
          getTargetPosition: { value: targets, size: 2 },
          getWidth: { value: widths, size: 1 },
        },
      },
      getSourceColor: (_: unknown, { index }: { index: number }) => [
        r,
        g,
        b,
        visible[index] ? alpha : 0,
      ],
      getTargetColor: (_: unknown, { index }: { index: number }) => [
        r,
        g,
        b,
        visible[index] ? alpha : 0,
      ],
      getTilt: 90,
      // Bowed about as far as the atlas's own curve (compared by eye on the same frame).
      getHeight: PAIR_BOW * 2,
      widthUnits: 'pixels',
      numSegments: 24,
      updateTriggers: { getSourceColor: version, getTargetColor: version },
    });
  overlay.setProps({ layers: [layer()] });
  return {
    show: (next) => {
      visible = next;
      version++;
      overlay.setProps({ layers: [layer()] });
    },
    drawn: () => Promise.all([frames.next(overlay), nextIdle(map)]).then(() => undefined),
  };
}

const drawing = renderer === 'deck' ? await deckRenderer() : customRenderer();
await drawing.drawn();
container.dataset.mapReady = 'true';
performance.mark('atlas:data-drawn');

domainCheckboxes(controls, dataset.domains, (id, shown) => {
  if (shown) hidden.delete(id);
  else hidden.add(id);
  drawing.show(shownPairs());
});

window.__atlasMap = benchProbe(map, container, () => drawing.drawn());
