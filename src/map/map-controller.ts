/**
 * The imperative side of the map. It owns the MapLibre `Map`, which never leaves this class: the
 * rest of the app calls the methods below and hears back through the callbacks it passed in.
 *
 * Arcs are drawn one per pair of actors. Their geometry is sent once per dataset; the domain filter
 * and the selection change only feature state, so a toggle costs the pairs whose look changes.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, GeoJSON, LineString, Point } from 'geojson';
import type { ActorPointProperties, PairProperties } from '../core/summary';
import { organizationMarker, stateMarker, MARKER_PIXEL_RATIO } from './marker-images';
import type { MapProbe } from './map-probe';
import { palette } from '../core/palette';
import { countriesFilter, createStyle, ICONS, LAYERS, SOURCES } from './style';

// Without an explicit worker URL the built app never reaches idle (the worker cannot be found).
maplibregl.setWorkerUrl(workerUrl);

/** The Mediterranean, from the Atlantic coast to the Levant and from the Sahel to the North Sea. */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [-12, 24],
  [38, 53],
];

export interface MapControllerOptions {
  onPairClick: (pair: number) => void;
  onPairHover: (pair: number | null) => void;
  /** Where the pointer is while it is over an arc (CSS pixels in the map), null when it leaves. */
  onArcPointer?: (point: { x: number; y: number } | null) => void;
  /** Ids of the partnerships on an arc that pass the filter (for the test probe). */
  linksOnPair: (pair: number) => string[];
  /** The line a partnership is drawn on, as [lon, lat] points (for the test probe). */
  lineOfLink: (id: string) => [number, number][] | null;
  /** Accessible name of the map's canvas. */
  label: string;
  /** Name of the button that brings back the initial view. */
  resetLabel: string;
  /** Cut instead of flying, for `prefers-reduced-motion`. */
  reducedMotion: boolean;
}

/** How far from an arc, in CSS pixels, a click or hover still reaches it. */
const HIT_RADIUS = 6;

/** Performance mark set each time a dataset's arcs have been drawn. */
export const DATA_DRAWN_MARK = 'atlas:data-drawn';

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

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export class MapController {
  private readonly map: maplibregl.Map;
  private readonly loaded: Promise<void>;
  private readonly resizeObserver: ResizeObserver;
  private selectedPair: number | null = null;
  private hoveredPair: number | null = null;
  private destroyed = false;
  /** The latest change that has been asked for but may not have reached the map yet. */
  private pendingWork: Promise<unknown> = Promise.resolve();
  /** Set once the current dataset's arcs have been drawn; read by benchmarks and tests. */
  private dataDrawn = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: MapControllerOptions,
  ) {
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
      // Keeps the drawing buffer readable for image export and pixel checks.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(
      new ResetViewControl(options.resetLabel, () => {
        this.resetView();
      }),
      'top-right',
    );
    this.map.addControl(
      new maplibregl.AttributionControl({ compact: false, customAttribution: 'Natural Earth' }),
      'bottom-right',
    );
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');

    this.loaded = new Promise((resolve) => {
      this.map.once('load', () => {
        this.addMarkerImages();
        resolve();
      });
    });
    this.bindEvents();
    this.resizeObserver = new ResizeObserver(() => this.map.resize());
    this.resizeObserver.observe(container);
    window.__atlasMap = this.probe();
  }

  /** Draws the countries, coastline, borders and country labels (GeoJSON, or URLs to it). */
  async setBasemap(
    basemap: Record<
      'countries' | 'borders' | 'disputed' | 'coastline' | 'labels',
      GeoJSON | string
    >,
  ): Promise<void> {
    await this.loaded;
    void this.geojson(SOURCES.countries)?.setData(basemap.countries);
    void this.geojson(SOURCES.borders)?.setData(basemap.borders);
    void this.geojson(SOURCES.disputed)?.setData(basemap.disputed);
    void this.geojson(SOURCES.coastline)?.setData(basemap.coastline);
    void this.geojson(SOURCES.countryLabels)?.setData(basemap.labels);
  }

  /**
   * Sends a dataset's geometry, once per dataset. `arcs` may be a URL: MapLibre's worker then
   * fetches and parses it, and the geometry never passes through the main thread.
   */
  setData(
    arcs: FeatureCollection<LineString, PairProperties> | string,
    actors: FeatureCollection<Point, ActorPointProperties>,
  ): Promise<void> {
    const work = this.loaded.then(() => {
      if (this.destroyed) return;
      this.dataDrawn = false;
      this.container.dataset.mapReady = 'false';
      this.map.removeFeatureState({ source: SOURCES.arcs });
      this.selectedPair = null;
      this.hoveredPair = null;
      void this.geojson(SOURCES.arcs)?.setData(arcs);
      void this.geojson(SOURCES.actors)?.setData(actors);
      const arcsSource = SOURCES.arcs;
      const onData = (event: maplibregl.MapSourceDataEvent) => {
        if (event.sourceId !== arcsSource || !event.isSourceLoaded) return;
        this.map.off('sourcedata', onData);
        this.map.once('idle', () => {
          this.dataDrawn = true;
          this.container.dataset.mapReady = 'true';
          // Benchmarks read this mark: navigation start → the data on screen.
          performance.mark(DATA_DRAWN_MARK);
        });
      };
      this.map.on('sourcedata', onData);
    });
    this.pendingWork = work;
    return work;
  }

  /**
   * Hides the arcs whose partnerships are all filtered out. Only the arcs that changed since
   * `previous` (all hidden ones when it is null) get a new feature state.
   */
  async setPairVisibility(visible: Uint8Array, previous: Uint8Array | null): Promise<void> {
    await this.loaded;
    if (this.destroyed) return;
    for (let pair = 0; pair < visible.length; pair++) {
      const shown = visible[pair] === 1;
      if (previous ? (previous[pair] === 1) === shown : shown) continue;
      this.map.setFeatureState({ source: SOURCES.arcs, id: pair }, { hidden: !shown });
    }
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

  /** Marks the selected and the hovered arc through feature state. */
  async setHighlight(selectedPair: number | null, hoveredPair: number | null): Promise<void> {
    await this.loaded;
    this.setPairState(this.selectedPair, { selected: false });
    this.setPairState(this.hoveredPair, { hovered: false });
    this.selectedPair = selectedPair;
    this.hoveredPair = hoveredPair;
    this.setPairState(selectedPair, { selected: true });
    this.setPairState(hoveredPair, { hovered: true });
  }

  /** Moves the camera so that the line ([lon, lat] points) is in view, clear of the map's edges. */
  fitLine(line: readonly (readonly [number, number])[]): Promise<void> {
    const fit = this.fitAfterLayout(line);
    this.pendingWork = fit;
    return fit;
  }

  /** Back to the overview of the Mediterranean. */
  resetView(): void {
    this.map.fitBounds(INITIAL_BOUNDS, {
      padding: 24,
      duration: this.options.reducedMotion ? 0 : 700,
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.resizeObserver.disconnect();
    if (window.__atlasMap) delete window.__atlasMap;
    this.map.remove();
  }

  private async fitAfterLayout(line: readonly (readonly [number, number])[]): Promise<void> {
    await this.loaded;
    // Opening the details panel narrows the map in the same update that selects the arc: wait for
    // the layout to settle so that the fit uses the map's new size.
    await nextFrame();
    await nextFrame();
    if (this.destroyed || line.length === 0) return;
    this.map.resize();
    const bounds = new maplibregl.LngLatBounds();
    for (const [lon, lat] of line) bounds.extend([lon, lat]);
    this.map.fitBounds(bounds, {
      padding: { top: 80, bottom: 80, left: 80, right: 80 },
      maxZoom: 6,
      duration: this.options.reducedMotion ? 0 : 900,
    });
  }

  private setPairState(pair: number | null, state: Record<string, boolean>): void {
    if (pair === null || this.destroyed) return;
    this.map.setFeatureState({ source: SOURCES.arcs, id: pair }, state);
  }

  private geojson(id: string): maplibregl.GeoJSONSource | undefined {
    return this.destroyed ? undefined : this.map.getSource<maplibregl.GeoJSONSource>(id);
  }

  private addMarkerImages(): void {
    this.map.addImage(ICONS.state, stateMarker(palette.state), { pixelRatio: MARKER_PIXEL_RATIO });
    this.map.addImage(ICONS.organization, organizationMarker(palette.organization), {
      pixelRatio: MARKER_PIXEL_RATIO,
    });
  }

  /**
   * The visible arc under a point, within a few pixels so that a thin line is easy to hit (a box
   * query rather than a wide invisible layer, which would double the arcs' GPU buffers). Hidden
   * arcs are still drawn, transparent, so skip them.
   */
  private pairAt(point: maplibregl.Point): number | null {
    const hits = this.map.queryRenderedFeatures(
      [
        [point.x - HIT_RADIUS, point.y - HIT_RADIUS],
        [point.x + HIT_RADIUS, point.y + HIT_RADIUS],
      ],
      { layers: [LAYERS.arcs] },
    );
    for (const hit of hits) {
      if (hit.state.hidden === true) continue;
      if (typeof hit.id === 'number') return hit.id;
    }
    return null;
  }

  private bindEvents(): void {
    this.map.on('click', (event) => {
      const pair = this.pairAt(event.point);
      // A click on empty map keeps the selection: panels are closed with their own button.
      if (pair !== null) this.options.onPairClick(pair);
    });
    this.map.on('mousemove', (event) => {
      const pair = this.pairAt(event.point);
      this.map.getCanvas().style.cursor = pair === null ? '' : 'pointer';
      if (pair !== this.hoveredPair) this.options.onPairHover(pair);
      this.options.onArcPointer?.(pair === null ? null : { x: event.point.x, y: event.point.y });
    });
    this.map.on('mouseout', () => {
      this.map.getCanvas().style.cursor = '';
      this.options.onPairHover(null);
      this.options.onArcPointer?.(null);
    });
  }

  private renderedPairs(): number[] {
    const pairs = new Set<number>();
    for (const feature of this.map.queryRenderedFeatures({ layers: [LAYERS.arcs] })) {
      if (feature.state.hidden !== true && typeof feature.id === 'number') pairs.add(feature.id);
    }
    return [...pairs];
  }

  private probe(): MapProbe {
    return {
      waitForIdle: () =>
        Promise.all([this.loaded, this.pendingWork]).then(
          () =>
            new Promise<void>((resolve) => {
              this.map.once('idle', () => {
                resolve();
              });
              this.map.triggerRepaint();
            }),
        ),
      isDataDrawn: () => this.dataDrawn,
      renderedArcIds: () => this.renderedPairs().flatMap((pair) => this.options.linksOnPair(pair)),
      renderedCount: (layer) =>
        this.map.getLayer(layer) ? this.map.queryRenderedFeatures({ layers: [layer] }).length : 0,
      paintProperty: (layer, name) =>
        this.map.getLayer(layer)
          ? this.map.getPaintProperty(layer, name as PaintPropertyName)
          : undefined,
      zoom: () => this.map.getZoom(),
      project: (lon, lat) => {
        const { x, y } = this.map.project([lon, lat]);
        return { x, y };
      },
      renderedActorIds: () => [
        ...new Set(
          this.map
            .queryRenderedFeatures({ layers: [LAYERS.actors] })
            .map((f): unknown => f.properties.id)
            .filter((id): id is string => typeof id === 'string'),
        ),
      ],
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
