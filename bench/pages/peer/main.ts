/**
 * The benchmark's peer: the same generated `atlas.json` drawn by flowmap.gl 9 (deck.gl's
 * `MapboxOverlay` over MapLibre) on a blank style, as the issue that asked for it
 * measured ("peer B"): the dataset is fetched and converted to locations and flows on the main
 * thread, clustering is off and every flow is drawn. A domain checkbox filters the flows and hands
 * flowmap.gl the new list, as an application built on it would. devDependencies only: nothing
 * here reaches the atlas's bundle.
 */
import { MapboxOverlay } from '@deck.gl/mapbox';
import { FlowmapLayer } from '@flowmap.gl/layers';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../page.css';
import { extentOf } from '../../../src/core/extent';
import type { Dataset, LonLat } from '../../../src/core/types';
import { benchProbe, deckFrames, domainCheckboxes, nextIdle } from '../probe';

maplibregl.setWorkerUrl(workerUrl);

interface Location {
  id: string;
  name: string;
  lat: number;
  lon: number;
}
interface Flow {
  origin: string;
  dest: string;
  count: number;
  domains: string[];
}

const container = document.getElementById('map') as HTMLElement;
const controls = document.getElementById('controls') as HTMLElement;
const dataUrl = new URLSearchParams(location.search).get('data') ?? '/bench-data/2/atlas.json';

const map = new maplibregl.Map({
  container,
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } }],
  },
  center: [13, 40],
  zoom: 3,
  renderWorldCopies: false,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});

const [dataset] = await Promise.all([
  fetch(dataUrl).then((r) => r.json() as Promise<Dataset>),
  new Promise((resolve) => map.once('load', resolve)),
]);

// Peer B's conversion, on the main thread: actors become locations, partnerships flows.
const locations: Location[] = dataset.actors.map((a) => ({
  id: a.id,
  name: a.name.en,
  lat: a.anchor.lat,
  lon: a.anchor.lon,
}));
const allFlows: Flow[] = dataset.partnerships.map((p) => ({
  origin: p.parties[0],
  dest: p.parties[1],
  count: p.value ?? 1,
  domains: p.domains.map((d) => d.domain),
}));

// The atlas's frame: the file's, else the extent of the parties.
const anchors = new Map(dataset.actors.map((a) => [a.id, [a.anchor.lon, a.anchor.lat] as LonLat]));
const parties = new Set(dataset.partnerships.flatMap((p) => p.parties));
const frame =
  dataset.view?.bounds ??
  extentOf([...parties].flatMap((id) => (anchors.has(id) ? [anchors.get(id) as LonLat] : [])));
if (frame) map.fitBounds(frame, { padding: 24, duration: 0 });

// Resolved each time flowmap.gl has computed the layers for the latest data.
let layersReady: Promise<void> = Promise.resolve();
let markReady = () => {};
const hidden = new Set<string>();

function show(): void {
  layersReady = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const flows = hidden.size
    ? allFlows.filter((f) => f.domains.some((d) => !hidden.has(d)))
    : allFlows;
  overlay.setProps({
    layers: [
      new FlowmapLayer<Location, Flow>({
        id: 'flows',
        data: { locations, flows },
        getLocationId: (l) => l.id,
        getLocationName: (l) => l.name,
        getLocationLat: (l) => l.lat,
        getLocationLon: (l) => l.lon,
        getFlowOriginId: (f) => f.origin,
        getFlowDestId: (f) => f.dest,
        getFlowMagnitude: (f) => f.count,
        clusteringEnabled: false,
        maxTopFlowsDisplayNum: Math.max(1, flows.length),
        pickable: true,
        onScaleChange: () => {
          markReady();
        },
      }),
    ],
  });
}

// Overlaid, not interleaved: deck.gl 9.4's interleaved mode fails on MapLibre 6.17 here
// ("Cannot read properties of undefined (reading 'height')"). deck.gl then draws on its own
// canvas in its own frame loop, so a drawn map is MapLibre idle and a deck.gl frame after the
// flows were computed.
const frames = deckFrames();
const overlay = new MapboxOverlay({
  interleaved: false,
  layers: [],
  onAfterRender: frames.afterRender,
});
const nextDeckFrame = () => frames.next(overlay);
const drawn = async () => {
  await layersReady;
  await Promise.all([nextDeckFrame(), nextIdle(map)]);
};
map.addControl(overlay);
show();
await drawn();
container.dataset.mapReady = 'true';
performance.mark('atlas:data-drawn');

domainCheckboxes(controls, dataset.domains, (id, shown) => {
  if (shown) hidden.delete(id);
  else hidden.add(id);
  show();
});

window.__atlasMap = benchProbe(map, container, drawn);
