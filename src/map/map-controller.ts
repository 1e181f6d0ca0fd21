/**
 * The imperative side of the map. It owns the MapLibre `Map`, which never leaves this class: the
 * rest of the app calls the methods below and hears back through the callbacks it passed in.
 *
 * Each pair of parties is one ribbon, drawn by the GPU as one instance of a custom layer
 * (`arc-layer.ts`), sent once per dataset; the domain filter writes one byte per pair, and the pair
 * under the pointer is found on the CPU (`core/arc-hit.ts`). Hover and selection draw the
 * partnerships concerned one by one in a small GeoJSON source of their own.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { CaptureSizeError } from '../core/export-layout';
import { basemapScaleForZoom, type BasemapScale } from '../core/basemap';
import { contextZoom, partnershipFrame, type Bounds } from '../core/extent';
import type { Corner, FrameContents } from '../core/legend';
import { ArcHitIndex } from '../core/arc-hit';
import {
  controlPoint,
  curvePoint,
  latOfY,
  lonOfX,
  mercatorX,
  mercatorY,
  PAIR_BOW,
} from '../core/bowed-arc';
import {
  patternName,
  zoomScale,
  type HighlightProperties,
  type LineStyle,
} from '../core/link-drawing';
import { chordAt, INSTANCE_FLOATS, type PairInstances } from '../core/pair-instances';
import type { Language } from '../core/messages';
import type { ActorPointProperties } from '../core/summary';
import type { BasemapData } from '../core/protocol';
import { ArcLayer, type DrawnCount } from './arc-layer';
import { organizationMarker, placeMarker, stateMarker, MARKER_PIXEL_RATIO } from './marker-images';
import type { MapProbe } from './map-probe';
import { palette } from '../core/palette';
import {
  countriesFilter,
  countryLabelsFilter,
  createStyle,
  ICONS,
  LABEL_SIZES,
  LAYERS,
  NAME_LAYERS,
  nameField,
  SOURCES,
} from './style';

// Without an explicit worker URL the built app never reaches idle (the worker cannot be found).
maplibregl.setWorkerUrl(workerUrl);

/** The Mediterranean, from the Atlantic coast to the Levant and from the Sahel to the North Sea. */
const CORNERS: readonly Corner[] = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];
/** Room kept between a legend block and the map's edge, in CSS pixels. */
const CORNER_MARGIN = 12;

/** The longest a fit waits for the countries' shapes. */
const TERRITORY_WAIT_MS = 4000;

const delay = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

export const INITIAL_BOUNDS: Bounds = [
  [-12, 24],
  [38, 53],
];

export interface MapControllerOptions {
  /** A link drawn on its own (hovered or selected) was clicked: its row in the link table. */
  onLinkClick: (link: number) => void;
  /** A pair's ribbon was clicked. */
  onPairClick: (pair: number) => void;
  /** An actor's marker was clicked. */
  onActorClick?: (actor: string) => void;
  /** The camera came to rest somewhere (after any move: the user's, a fit, a jump). */
  onCamera?: (camera: { lon: number; lat: number; zoom: number }) => void;
  /** The pointer is over a link drawn on its own, over a pair's ribbon, or over neither. */
  onHover: (target: { link: number } | { pair: number } | null) => void;
  /** The colours of the dataset's domains, in taxonomy order, for the ribbons' strands. */
  domainColors: () => readonly string[];
  /** Where the pointer is while it is over an arc (CSS pixels in the map), null when it leaves. */
  onArcPointer?: (point: { x: number; y: number } | null) => void;
  /** The ids of the partnerships on a pair that pass the filters (for the test probe). */
  linksOnPair: (pair: number) => string[];
  /** The pair a partnership is drawn on (for the test probe); null for an unknown id. */
  pairOfLink?: (id: string) => number | null;
  /** The line a partnership is drawn on, as [lon, lat] points (for the test probe). */
  lineOfLink: (id: string) => [number, number][] | null;
  /** Accessible name of the map's canvas. */
  label: string;
  /** Name of the button that brings back the initial view. */
  resetLabel: string;
  /** Credits shown in the map's corner: the basemap and where the links come from. */
  attribution: string;
  /** Cut instead of flying, for `prefers-reduced-motion`. */
  reducedMotion: boolean;
  /**
   * Boxes (CSS pixels, relative to the map's container) of what floats over the map, such as the
   * legend: a fit to a link keeps clear of them.
   */
  overlays?: () => { x: number; y: number; width: number; height: number }[];
  /** The map's WebGL context was lost (nothing is drawn), or restored (MapLibre redraws). */
  onContext?: (state: 'lost' | 'restored') => void;
  /** How many pairs the view holds that pass the filters, and how many are drawn under the cap. */
  onLinksDrawn?: (count: DrawnCount) => void;
  /** A dataset's pairs (as given to `setData`) are on screen and the map is idle. */
  onDataDrawn?: (pairs: PairInstances) => void;
}

/** Space kept between a fitted link and the map's edges, in CSS pixels. */
const FIT_MARGIN = 60;

/** How far from an arc, in CSS pixels, a click or hover still reaches it. */
const HIT_RADIUS = 5;

/** Opacity of the other links while one is hovered. */
const DIMMED_OPACITY = 0.25;

/** Loads the basemap at one scale (the controller picks the scale for the zoom). */
export type BasemapLoader = (scale: BasemapScale) => Promise<BasemapData>;

/** Performance mark set each time a dataset's arcs have been drawn. */
export const DATA_DRAWN_MARK = 'atlas:data-drawn';
/** The longest the basemap waits for the first dataset's frame (see `basemapHeld`). */
const BASEMAP_WAIT_MS = 1500;

/** A map button that brings back the initial view, styled like MapLibre's own controls. */
class ResetViewControl implements maplibregl.IControl {
  private container: HTMLElement | null = null;

  constructor(
    private readonly label: string,
    private readonly onReset: () => void,
  ) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'atlas-reset-view';
    button.title = this.label;
    button.setAttribute('aria-label', this.label);
    // A "home" glyph drawn in SVG, so it needs no icon font.
    button.innerHTML =
      '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M10 3 3 9.5h2V17h4v-4.5h2V17h4V9.5h2z" fill="currentColor"/></svg>';
    button.addEventListener('click', this.onReset);
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
  }
}

type PaintPropertyName = Parameters<maplibregl.Map['getPaintProperty']>[1];
type LayoutPropertyName = Parameters<maplibregl.Map['getLayoutProperty']>[1];

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export class MapController {
  private readonly map: maplibregl.Map;
  private readonly loaded: Promise<void>;
  private readonly resizeObserver: ResizeObserver;
  private destroyed = false;
  private attribution: maplibregl.AttributionControl;
  private dimmed = false;
  private basemapLoader: BasemapLoader | null = null;
  /**
   * The basemap's scale follows the zoom, which the first dataset's frame sets: until that frame is
   * known (or `BASEMAP_WAIT_MS` have passed) no scale is fetched, so that a large dataset's world
   * view does not first fetch and tile the 1:50m countries of the opening view.
   */
  private basemapHeld = true;
  private releaseBasemap: () => void = () => {};
  /**
   * Settles once the first basemap has been sent to the map (or could not be loaded): the data
   * counts as drawn, and the map as settled, only with the countries under the links.
   */
  private basemapIn: Promise<void> = Promise.resolve();
  /** The scale asked for last, and the one on the map. */
  private wantedScale: BasemapScale | null = null;
  private drawnScale: BasemapScale | null = null;
  private basemapRequests = 0;
  private onBasemapError: (error: unknown) => void = () => {};
  /** The latest change that has been asked for but may not have reached the map yet. */
  private pendingWork: Promise<unknown> = Promise.resolve();
  /** Set once the current dataset's arcs have been drawn; read by benchmarks and tests. */
  private dataDrawn = false;
  /** Every pair's ribbon (a custom layer), and the index that finds the one under the pointer. */
  private readonly arcs: ArcLayer;
  /** The most pairs drawn at once (Infinity: all of them); see `setLinkCap`. */
  private linkCap = Infinity;
  private pairs: PairInstances | null = null;
  private home: Bounds = INITIAL_BOUNDS;
  private hits: ArcHitIndex | null = null;
  /** Each country's largest polygon's bounds (ISO numeric → west, south, east, north). */
  private territories = new Map<string, [number, number, number, number]>();
  /** Resolved when the first basemap has come, so that a fit can frame whole countries. */
  private territoriesKnown: Promise<void>;
  private onTerritories: () => void = () => {};
  /** The last fit to a partnership, made again if the map's size changes while it holds. */
  private lastFit: { again: () => void } | null = null;
  /** Counts the camera moves asked for: a fit still waiting for the layout gives way to a later one. */
  private cameraTicket = 0;
  /** The parties' territories last tinted (`setParties`). */
  private partiesKey = '|';
  /** How the highlight is made, and how many features it had at the last zoom. */
  private highlight: {
    build: (scale: number) => FeatureCollection<LineString, HighlightProperties>;
    parts: number;
  } | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: MapControllerOptions,
  ) {
    this.territoriesKnown = new Promise((resolve) => {
      this.onTerritories = resolve;
    });
    this.map = new maplibregl.Map({
      container,
      style: createStyle(),
      bounds: INITIAL_BOUNDS,
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      renderWorldCopies: false,
      locale: { 'Map.Title': options.label },
      maxZoom: 9,
      minZoom: 1,
      // Room for a 4× image export of a wide view (MapLibre's default stops at 4096 pixels).
      maxCanvasSize: [8192, 8192],
      fadeDuration: 0,
      // Keeps the drawing buffer readable for image export and pixel checks.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
    });
    this.arcs = new ArcLayer(LAYERS.arcs, PAIR_BOW, (count) => options.onLinksDrawn?.(count));
    this.map.on('webglcontextlost', () => options.onContext?.('lost'));
    this.map.on('webglcontextrestored', () => {
      this.arcs.contextRestored();
      options.onContext?.('restored');
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(
      new ResetViewControl(options.resetLabel, () => {
        this.resetView();
      }),
      'top-right',
    );
    this.attribution = new maplibregl.AttributionControl({
      compact: false,
      customAttribution: options.attribution,
    });
    this.map.addControl(this.attribution, 'bottom-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');

    this.loaded = new Promise((resolve) => {
      this.map.once('load', () => {
        this.addMarkerImages();
        // Under the links drawn on their own and the actors' markers.
        this.map.addLayer(this.arcs, LAYERS.highlightCasing);
        resolve();
      });
    });
    this.bindEvents();
    this.resizeObserver = new ResizeObserver(() => {
      this.map.resize();
      // A panel that opened after a fit (the details, fetched on first use) narrows the map: the
      // fit is made again for the new size, until the user moves the map or the view changes.
      this.lastFit?.again();
    });
    this.resizeObserver.observe(container);
    window.__atlasMap = this.probe();
  }

  /**
   * Draws the countries, coastline, borders and country labels at the Natural Earth scale that fits
   * the zoom, and again at another scale when the zoom crosses into it.
   */
  useBasemap(load: BasemapLoader, onError: (error: unknown) => void): Promise<void> {
    this.basemapLoader = load;
    this.onBasemapError = onError;
    const frameKnown = new Promise<void>((resolve) => {
      this.releaseBasemap = resolve;
      setTimeout(resolve, BASEMAP_WAIT_MS);
    });
    const work = this.loaded
      .then(() => frameKnown)
      .then(() => {
        this.basemapHeld = false;
        return this.updateBasemapScale();
      });
    this.basemapIn = work.catch(() => undefined);
    this.pendingWork = work;
    return work;
  }

  private async updateBasemapScale(): Promise<void> {
    const load = this.basemapLoader;
    if (!load || this.destroyed || this.basemapHeld) return;
    const scale = basemapScaleForZoom(this.map.getZoom());
    if (scale === this.wantedScale) return;
    this.wantedScale = scale;
    const request = ++this.basemapRequests;
    let basemap: BasemapData;
    try {
      basemap = await load(scale);
    } catch (error) {
      // Asked again at the next zoom change.
      if (request === this.basemapRequests) this.wantedScale = null;
      this.onBasemapError(error);
      return;
    }
    // A later zoom may have asked for another scale meanwhile: only the latest one is drawn. (After
    // `destroy`, `geojson` finds no source and nothing is sent.)
    if (request !== this.basemapRequests) return;
    void this.geojson(SOURCES.countries)?.setData(basemap.countries);
    void this.geojson(SOURCES.borders)?.setData(basemap.borders);
    void this.geojson(SOURCES.disputed)?.setData(basemap.disputed);
    void this.geojson(SOURCES.coastline)?.setData(basemap.coastline);
    void this.geojson(SOURCES.countryLabels)?.setData(basemap.labels);
    for (const [iso, bounds] of Object.entries(basemap.territories)) {
      this.territories.set(iso, bounds);
    }
    this.onTerritories();
    this.drawnScale = scale;
  }

  /** Shows every name on the map (countries, seas, actors) in the interface language. */
  async setLanguage(language: Language): Promise<void> {
    await this.loaded;
    if (this.destroyed) return;
    for (const layer of NAME_LAYERS) {
      this.map.setLayoutProperty(layer, 'text-field', nameField(language));
    }
  }

  /**
   * Sends a dataset's pairs and actors, once per dataset: the pairs go straight to the GPU's buffers
   * (no tiling), the actors' markers to a GeoJSON source.
   */
  setData(
    pairs: PairInstances,
    actors: FeatureCollection<Point, ActorPointProperties>,
  ): Promise<void> {
    const work = this.loaded.then(() => {
      if (this.destroyed) return;
      performance.mark('atlas:data-to-map');
      this.dataDrawn = false;
      this.container.dataset.mapReady = 'false';
      this.pairs = pairs;
      this.hits = new ArcHitIndex(pairs, PAIR_BOW);
      this.arcs.setColors(this.options.domainColors(), palette.linkNeutral);
      this.arcs.setPairs(pairs);
      this.arcs.setCap(this.linkCap, this.viewBox());
      void this.geojson(SOURCES.highlight)?.setData({ type: 'FeatureCollection', features: [] });
      void this.geojson(SOURCES.actors)?.setData(actors);
      // The dataset's frame is in place (the store's binding moved the camera): the basemap's
      // scale can be chosen.
      this.releaseBasemap();
      const onData = (event: maplibregl.MapSourceDataEvent) => {
        if (event.sourceId !== SOURCES.actors || !event.isSourceLoaded) return;
        this.map.off('sourcedata', onData);
        // The basemap is asked for once the frame is known (above): drawn means drawn on it.
        void this.basemapIn
          .then(() => this.idle())
          .then(() => {
            this.dataDrawn = true;
            this.container.dataset.mapReady = 'true';
            // Benchmarks read this mark: navigation start → the data on screen.
            performance.mark(DATA_DRAWN_MARK);
            this.options.onDataDrawn?.(pairs);
          });
      };
      this.map.on('sourcedata', onData);
    });
    this.pendingWork = work;
    return work;
  }

  /**
   * Hides the ribbons of the pairs whose partnerships the filters all leave out (one byte per pair:
   * 1 drawn, 0 hidden), in one small buffer write.
   */
  async setPairVisibility(visible: Uint8Array): Promise<void> {
    await this.loaded;
    if (this.destroyed) return;
    this.arcs.setVisibility(visible);
  }

  /**
   * Draws at most `cap` pairs, the strongest in view, again after each move (Infinity: every pair
   * that passes the filters).
   */
  async setLinkCap(cap: number): Promise<void> {
    await this.loaded;
    if (this.destroyed) return;
    this.linkCap = cap;
    this.arcs.setCap(cap, this.viewBox());
  }

  /** Ribbons show the strands of the ticked domains only (a mask of the dataset's domains). */
  async setTickedDomains(mask: number): Promise<void> {
    await this.loaded;
    if (!this.destroyed) this.arcs.setTicked(mask);
  }

  /** Ribbons as wide as their pair's value, or as their number of domains. */
  async setWidthByValue(byValue: boolean): Promise<void> {
    await this.loaded;
    if (!this.destroyed) this.arcs.setWidthByValue(byValue);
  }

  /** The view in Mercator units: west, north, east, south. */
  private viewBox(): [number, number, number, number] {
    const { clientWidth: width, clientHeight: height } = this.container;
    const corner = (x: number, y: number) => {
      const { lng, lat } = this.map.unproject([x, y]);
      return [mercatorX(lng), mercatorY(lat)] as const;
    };
    const [west, north] = corner(0, 0);
    const [east, south] = corner(width, height);
    return [west, north, east, south];
  }

  /**
   * Shades member states and outlines framework partners (ISO numeric codes), or clears them
   * (null). Country shapes stay where they are; only two layer filters change.
   */
  async setMembership(
    members: readonly string[] | null,
    partners: readonly string[] | null,
  ): Promise<void> {
    await this.loaded;
    if (this.destroyed) return;
    this.map.setFilter(LAYERS.members, countriesFilter(members ?? []));
    this.map.setFilter(LAYERS.frameworks, countriesFilter(partners ?? []));
  }

  /**
   * Tints the territories of the parties (ISO numeric codes) of the selected partnership or the
   * actor in focus, lightly those of the link under the pointer, and writes the selected parties'
   * names large on their territories. Only layer filters change; no shape is sent again.
   */
  async setParties(selected: readonly string[], hovered: readonly string[]): Promise<void> {
    await this.loaded;
    if (this.destroyed) return;
    const key = `${selected.join(',')}|${hovered.join(',')}`;
    if (key === this.partiesKey) return;
    this.partiesKey = key;
    this.map.setFilter(LAYERS.parties, countriesFilter(selected));
    this.map.setFilter(
      LAYERS.hoveredParties,
      countriesFilter(hovered.filter((iso) => !selected.includes(iso))),
    );
    this.map.setFilter(LAYERS.partyLabels, countriesFilter(selected));
    this.map.setFilter(LAYERS.countryLabels, countryLabelsFilter(selected));
  }

  /**
   * Draws the selected and the hovered link above the others (a small source of their own, so the
   * full set of links is never re-sent), and dims the others while one is hovered. `build` makes
   * the features for a line scale (`zoomScale`): it is asked again after a zoom, so that strands
   * show, or give way to one neutral colour, as they become wide enough or too thin to tell apart.
   */
  async setHighlight(
    build: (scale: number) => FeatureCollection<LineString, HighlightProperties>,
    dimOthers: boolean,
  ): Promise<void> {
    await this.loaded;
    if (this.destroyed) return;
    const features = build(zoomScale(this.map.getZoom()));
    this.highlight = { build, parts: features.features.length };
    void this.geojson(SOURCES.highlight)?.setData(features);
    if (dimOthers !== this.dimmed) {
      this.dimmed = dimOthers;
      // A uniform of the links' layer: changing it re-lays out nothing.
      this.arcs.setOpacity(dimOthers ? DIMMED_OPACITY : 1);
    }
  }

  /**
   * Moves the camera so that the line ([lon, lat] points) and the whole territories of the states
   * `isos` (ISO numeric) are in view, clear of the map's edges, and never closer than a scale bar
   * of 200 km (`contextZoom`).
   */
  fitLine(
    line: readonly (readonly [number, number])[],
    animate = true,
    isos: readonly string[] = [],
  ): Promise<void> {
    const fit = this.fitAfterLayout(line, animate, isos, ++this.cameraTicket);
    this.pendingWork = fit;
    return fit;
  }

  /**
   * Moves the camera: at once, or flying there when `animate` (a briefing's scenes), unless the
   * user prefers reduced motion.
   */
  moveTo(camera: { lon: number; lat: number; zoom: number }, animate = false): Promise<void> {
    this.lastFit = null;
    this.cameraTicket++;
    const work = this.loaded.then(() => {
      if (this.destroyed) return;
      const target = { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom };
      if (animate && !this.options.reducedMotion) this.map.flyTo({ ...target, duration: 1600 });
      else this.map.jumpTo(target);
    });
    this.pendingWork = work;
    return work;
  }

  /** Labels sized for a projector (presenting) or for a screen. */
  async setProjectorLabels(projector: boolean): Promise<void> {
    await this.loaded;
    if (this.destroyed) return;
    const sizes = projector ? LABEL_SIZES.projector : LABEL_SIZES.screen;
    this.map.setLayoutProperty(LAYERS.partyLabels, 'text-size', sizes.party);
    this.map.setLayoutProperty(LAYERS.actors, 'text-size', sizes.actor);
  }

  /** The view no longer follows the last fit (the selection it framed is gone). */
  releaseFit(): void {
    this.lastFit = null;
  }

  /** Puts the map's own words (its name, the reset button, the credits) in another language. */
  setTexts(texts: { label: string; resetLabel: string; attribution: string }): void {
    this.map.getCanvas().setAttribute('aria-label', texts.label);
    for (const button of this.container.querySelectorAll<HTMLButtonElement>('.atlas-reset-view')) {
      button.title = texts.resetLabel;
      button.setAttribute('aria-label', texts.resetLabel);
    }
    this.map.removeControl(this.attribution);
    this.attribution = new maplibregl.AttributionControl({
      compact: false,
      customAttribution: texts.attribution,
    });
    this.map.addControl(this.attribution, 'bottom-right');
  }

  /**
   * The frame the home button returns to: the dataset's (see `DatasetSummary.frame`), or the
   * Mediterranean when it has none.
   */
  setHome(bounds: Bounds | null): void {
    this.home = bounds ?? INITIAL_BOUNDS;
  }

  /** Back to the home frame. */
  resetView(animate = true): void {
    this.lastFit = null;
    this.cameraTicket++;
    const work = this.loaded.then(() => {
      if (this.destroyed) return;
      this.map.fitBounds(this.home, {
        padding: 24,
        duration: animate && !this.options.reducedMotion ? 700 : 0,
      });
    });
    this.pendingWork = work;
  }

  /** Resolves once every change asked for has reached the map and it has drawn its last frame. */
  settle(): Promise<void> {
    return Promise.all([this.loaded, this.pendingWork, this.basemapIn]).then(() => this.idle());
  }

  /** Resolves at the map's next idle (everything asked of it loaded and drawn), asking for a frame. */
  private idle(): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.destroyed) {
        resolve();
        return;
      }
      this.map.once('idle', () => {
        resolve();
      });
      this.map.triggerRepaint();
    });
  }

  /**
   * The map drawn at `scale` times its CSS size, copied onto a canvas of its own: it is drawn
   * again at that pixel ratio for the copy, then at its own again.
   */
  async capture(scale: number): Promise<HTMLCanvasElement> {
    await this.settle();
    const previous = this.map.getPixelRatio();
    const wanted = Math.round(this.container.clientWidth * scale);
    try {
      this.map.setPixelRatio(scale);
      await this.settle();
      const source = this.map.getCanvas();
      if (source.width < wanted) throw new CaptureSizeError(source.width, wanted);
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const context = copy.getContext('2d');
      if (!context) throw new Error('2D canvas is not available');
      context.drawImage(source, 0, 0);
      return copy;
    } finally {
      if (!this.destroyed) this.map.setPixelRatio(previous);
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.resizeObserver.disconnect();
    if (window.__atlasMap) delete window.__atlasMap;
    this.map.remove();
  }

  private async fitAfterLayout(
    line: readonly (readonly [number, number])[],
    animate: boolean,
    isos: readonly string[],
    ticket: number,
  ): Promise<void> {
    await this.loaded;
    // The countries' shapes come with the first basemap (a second or two at most); a basemap that
    // fails leaves the fit to the line alone.
    if (isos.length > 0) await Promise.race([this.territoriesKnown, delay(TERRITORY_WAIT_MS)]);
    // Opening the details panel narrows the map in the same update that selects the arc: wait for
    // the layout to settle so that the fit uses the map's new size.
    await nextFrame();
    await nextFrame();
    // A camera asked for meanwhile (a scene's, the one put back after presenting) wins.
    if (this.destroyed || line.length === 0 || ticket !== this.cameraTicket) return;
    this.map.resize();
    const territories = isos.flatMap((iso) => {
      const bounds = this.territories.get(iso);
      return bounds ? [bounds] : [];
    });
    const frame = partnershipFrame(line, territories);
    if (!frame) return;
    const bounds = new maplibregl.LngLatBounds(frame[0], frame[1]);
    const fit = (duration: number) => {
      const camera = this.map.cameraForBounds(bounds, { padding: this.fitPadding(), maxZoom: 6 });
      if (!camera?.center) return;
      const center = maplibregl.LngLat.convert(camera.center);
      // The scale bar measures at the map's centre, which the padding moves off the frame's: the
      // 200 km rule is checked there (with a kilometre to spare against rounding).
      const zoom = Math.min(camera.zoom ?? 6, contextZoom(center.lat, 201));
      if (duration > 0) this.map.flyTo({ center, zoom, duration });
      else this.map.jumpTo({ center, zoom });
    };
    fit(animate && !this.options.reducedMotion ? 900 : 0);
    this.lastFit = { again: () => fit(0) };
  }

  /**
   * Padding that keeps a fitted line clear of the overlays: each one pushes the padding of the
   * side it stands against (the side it is nearest to) out past itself.
   */
  private fitPadding(): { top: number; bottom: number; left: number; right: number } {
    const padding = { top: FIT_MARGIN, bottom: FIT_MARGIN, left: FIT_MARGIN, right: FIT_MARGIN };
    const { clientWidth: width, clientHeight: height } = this.container;
    for (const box of this.options.overlays?.() ?? []) {
      if (box.width === 0 || box.height === 0) continue;
      // Pushing the side where the overlay costs the map the least room.
      const costs = [
        { side: 'left' as const, room: box.x + box.width, total: width },
        { side: 'right' as const, room: width - box.x, total: width },
        { side: 'top' as const, room: box.y + box.height, total: height },
        { side: 'bottom' as const, room: height - box.y, total: height },
      ].sort((a, b) => a.room / a.total - b.room / b.total);
      const best = costs[0];
      // Never more than half the map: a line squeezed into a sliver helps no one.
      if (best) {
        padding[best.side] = Math.max(
          padding[best.side],
          Math.min(best.room + 16, best.total / 2 - FIT_MARGIN),
        );
      }
    }
    return padding;
  }

  private geojson(id: string): maplibregl.GeoJSONSource | undefined {
    return this.destroyed ? undefined : this.map.getSource<maplibregl.GeoJSONSource>(id);
  }

  private addMarkerImages(): void {
    this.map.addImage(ICONS.state, stateMarker(palette.state), { pixelRatio: MARKER_PIXEL_RATIO });
    this.map.addImage(ICONS.organization, organizationMarker(palette.organization), {
      pixelRatio: MARKER_PIXEL_RATIO,
    });
    this.map.addImage(ICONS.place, placeMarker(palette.place), { pixelRatio: MARKER_PIXEL_RATIO });
  }

  /** The actor whose marker is under a point, or null. */
  private actorAt(point: maplibregl.Point): string | null {
    const r = 8;
    for (const hit of this.map.queryRenderedFeatures(
      [
        [point.x - r, point.y - r],
        [point.x + r, point.y + r],
      ],
      { layers: [LAYERS.actors] },
    )) {
      const id: unknown = hit.properties.id;
      if (typeof id === 'string') return id;
    }
    return null;
  }

  /**
   * The link or pair ribbon under a point, within a few pixels so that a thin line is easy to hit.
   * Links drawn on their own come first: they are on top. Ribbons are found on the CPU, among the
   * pairs that are drawn.
   */
  private targetAt(point: maplibregl.Point): { link: number } | { pair: number } | null {
    const hits = this.map.queryRenderedFeatures(
      [
        [point.x - HIT_RADIUS, point.y - HIT_RADIUS],
        [point.x + HIT_RADIUS, point.y + HIT_RADIUS],
      ],
      { layers: [LAYERS.highlight] },
    );
    for (const hit of hits) {
      const link: unknown = hit.properties.link;
      if (typeof link === 'number') return { link };
    }
    if (!this.hits) return null;
    const { lng, lat } = this.map.unproject(point);
    const pixel = 1 / (512 * 2 ** this.map.getZoom());
    const pair = this.hits.nearest({
      x: mercatorX(lng),
      y: mercatorY(lat),
      reach: HIT_RADIUS * pixel,
      widthUnit: zoomScale(this.map.getZoom()) * pixel,
      visible: this.arcs.drawn(),
      byValue: this.arcs.widthByValue(),
    });
    return pair < 0 ? null : { pair };
  }

  private bindEvents(): void {
    let hovered = '';
    this.map.on('click', (event) => {
      const actor = this.actorAt(event.point);
      if (actor !== null && this.options.onActorClick) {
        this.options.onActorClick(actor);
        return;
      }
      const target = this.targetAt(event.point);
      // A click on empty map keeps the selection: panels are closed with their own button.
      if (target && 'link' in target) this.options.onLinkClick(target.link);
      else if (target) this.options.onPairClick(target.pair);
    });
    this.map.on('mousemove', (event) => {
      const target = this.targetAt(event.point);
      const onMarker =
        this.options.onActorClick !== undefined && this.actorAt(event.point) !== null;
      this.map.getCanvas().style.cursor = target === null && !onMarker ? '' : 'pointer';
      const key = JSON.stringify(target);
      if (key !== hovered) {
        hovered = key;
        this.options.onHover(target);
      }
      this.options.onArcPointer?.(target === null ? null : { x: event.point.x, y: event.point.y });
    });
    this.map.on('mouseout', () => {
      this.map.getCanvas().style.cursor = '';
      if (hovered !== 'null') {
        hovered = 'null';
        this.options.onHover(null);
      }
      this.options.onArcPointer?.(null);
    });
    this.map.on('zoomend', () => {
      void this.updateBasemapScale();
      this.redrawHighlight();
    });
    this.map.on('movestart', (event) => {
      // The user's own move (a drag, a wheel, a key) ends the fit's hold on the camera.
      if (event.originalEvent) this.lastFit = null;
    });
    this.map.on('moveend', () => {
      if (Number.isFinite(this.linkCap)) this.arcs.setCap(this.linkCap, this.viewBox());
      const { lng, lat } = this.map.getCenter();
      this.options.onCamera?.({ lon: lng, lat, zoom: this.map.getZoom() });
    });
  }

  /** The highlight again at the new zoom, if its strands have become readable or too thin. */
  private redrawHighlight(): void {
    if (!this.highlight) return;
    const features = this.highlight.build(zoomScale(this.map.getZoom()));
    if (features.features.length === this.highlight.parts) return;
    this.highlight.parts = features.features.length;
    void this.geojson(SOURCES.highlight)?.setData(features);
  }

  /**
   * What the view holds, for a legend of it: the pairs drawn in it, whether a disputed boundary
   * shows, and the corner where a block of `size` CSS pixels covers the fewest points of those
   * pairs' curves.
   */
  frameContents(size: { width: number; height: number }): FrameContents {
    const pairs = this.renderedPairs();
    const data = this.pairs;
    const { clientWidth: width, clientHeight: height } = this.container;
    const covered: Record<Corner, number> = {
      'top-left': 0,
      'top-right': 0,
      'bottom-left': 0,
      'bottom-right': 0,
    };
    const w = size.width + CORNER_MARGIN;
    const h = size.height + CORNER_MARGIN;
    for (const p of data ? pairs : []) {
      if (!data) break;
      const chord = chordAt(data, p);
      const control = controlPoint(chord, PAIR_BOW);
      for (let i = 0; i <= 24; i++) {
        const [x, y] = curvePoint(chord, control, i / 24);
        const point = this.map.project([lonOfX(x), latOfY(y)]);
        const left = point.x <= w;
        const right = point.x >= width - w;
        const top = point.y <= h;
        const bottom = point.y >= height - h;
        if (top && left) covered['top-left']++;
        if (top && right) covered['top-right']++;
        if (bottom && left) covered['bottom-left']++;
        if (bottom && right) covered['bottom-right']++;
      }
    }
    // Ties go to the first: the top left, where the legend usually is.
    const corner = CORNERS.reduce((best, c) => (covered[c] < covered[best] ? c : best));
    const disputed =
      this.map.getLayer(LAYERS.disputed) !== undefined &&
      this.map.queryRenderedFeatures({ layers: [LAYERS.disputed] }).length > 0;
    return { pairs, disputed, corner };
  }

  /** The pairs whose ribbons are drawn in the current view (a point of the curve is in it). */
  private renderedPairs(): number[] {
    const data = this.pairs;
    if (!data) return [];
    const [west, north, east, south] = this.viewBox();
    const visible = this.arcs.drawn();
    const out: number[] = [];
    for (let p = 0; p < data.count; p++) {
      if (visible[p] !== 1) continue;
      const o = p * INSTANCE_FLOATS;
      if ((data.geometry[o + 4] ?? 0) === 0) continue;
      const chord = chordAt(data, p);
      const control = controlPoint(chord, PAIR_BOW);
      for (let i = 0; i <= 16; i++) {
        const [x, y] = curvePoint(chord, control, i / 16);
        if (x >= west && x <= east && y >= north && y <= south) {
          out.push(p);
          break;
        }
      }
    }
    return out;
  }

  /** The names of the ribbons drawn in the view, as `patternName` writes them (mask and style). */
  private renderedRibbons(): string[] {
    const data = this.pairs;
    if (!data) return [];
    const styles: LineStyle[] = ['solid', 'dashed', 'dotted'];
    return [
      ...new Set(
        this.renderedPairs().map((p) =>
          patternName(
            data.masks[p] ?? 0,
            styles[data.geometry[p * INSTANCE_FLOATS + 5] ?? 0] ?? 'solid',
          ),
        ),
      ),
    ];
  }

  /** The distinct string values of a property among a layer's features drawn in the view. */
  private renderedStrings(layer: string, property: string): string[] {
    return [
      ...new Set(
        this.map
          .queryRenderedFeatures({ layers: [layer] })
          .map((f): unknown => f.properties[property])
          .filter((value): value is string => typeof value === 'string'),
      ),
    ];
  }

  private probe(): MapProbe {
    return {
      waitForIdle: () => this.settle(),
      isDataDrawn: () => this.dataDrawn,
      renderedArcIds: () =>
        this.renderedPairs()
          .flatMap((pair) => this.options.linksOnPair(pair))
          .sort(),
      renderedPatterns: () => this.renderedRibbons(),
      linkOpacity: () => this.arcs.getOpacity(),
      ribbonWidth: (id) => {
        const pair = this.options.pairOfLink?.(id) ?? null;
        if (pair === null || !this.pairs) return null;
        const column = this.arcs.widthByValue() ? 7 : 4;
        const width = this.pairs.geometry[pair * INSTANCE_FLOATS + column] ?? 0;
        return width * zoomScale(this.map.getZoom());
      },
      renderedCount: (layer) =>
        this.map.getLayer(layer) ? this.map.queryRenderedFeatures({ layers: [layer] }).length : 0,
      paintProperty: (layer, name) =>
        this.map.getLayer(layer)
          ? this.map.getPaintProperty(layer, name as PaintPropertyName)
          : undefined,
      layoutProperty: (layer, name) =>
        this.map.getLayer(layer)
          ? this.map.getLayoutProperty(layer, name as LayoutPropertyName)
          : undefined,
      zoom: () => this.map.getZoom(),
      basemapScale: () => this.drawnScale,
      labelsIn: ({ x, y, width, height }) =>
        this.map
          .queryRenderedFeatures(
            [
              [x, y],
              [x + width, y + height],
            ],
            { layers: [...NAME_LAYERS] },
          )
          .map((f): unknown => f.properties.name_en)
          .filter((name): name is string => typeof name === 'string'),
      project: (lon, lat) => {
        const { x, y } = this.map.project([lon, lat]);
        return { x, y };
      },
      renderedActorIds: () => this.renderedStrings(LAYERS.actors, 'id'),
      arcScreenPoint: (id) => {
        const coordinates = this.options.lineOfLink(id) ?? [];
        const { clientWidth: width, clientHeight: height } = this.map.getContainer();
        const middle = Math.floor(coordinates.length / 2);
        // From the middle outwards, the first point of the arc that is on screen.
        for (let step = 0; step < coordinates.length; step++) {
          const i = middle + (step % 2 === 0 ? step / 2 : -(step + 1) / 2);
          const point = coordinates[i];
          if (!point) continue;
          const { x, y } = this.map.project(point);
          if (x > 8 && y > 8 && x < width - 8 && y < height - 8) return { x, y };
        }
        return null;
      },
    };
  }
}
