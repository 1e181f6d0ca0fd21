/**
 * The imperative side of the map. It owns the MapLibre `Map`, which never leaves this class: the
 * rest of the app calls the methods below and hears back through the callbacks it passed in.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Basemap } from '../core/basemap';
import type { ActorProperties, ArcProperties } from '../core/map-features';
import { organizationMarker, stateMarker, MARKER_PIXEL_RATIO } from './marker-images';
import type { MapProbe } from './map-probe';
import { palette } from './palette';
import { createStyle, ICONS, LAYERS, SOURCES } from './style';

// Without an explicit worker URL the built app never reaches idle (the worker cannot be found).
maplibregl.setWorkerUrl(workerUrl);

/** The Mediterranean, from the Atlantic coast to the Levant and from the Sahel to the North Sea. */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [-12, 24],
  [38, 53],
];

export interface MapControllerOptions {
  onArcClick: (id: string | null) => void;
  onArcHover: (id: string | null) => void;
  /** Accessible name of the map's canvas. */
  label: string;
  /** Cut instead of flying, for `prefers-reduced-motion`. */
  reducedMotion: boolean;
}

export type Bounds = [[number, number], [number, number]];

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export class MapController {
  private readonly map: maplibregl.Map;
  private readonly loaded: Promise<void>;
  private readonly resizeObserver: ResizeObserver;
  private arcs: FeatureCollection<LineString, ArcProperties> | null = null;
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private destroyed = false;
  /** The latest camera move that has been asked for but may not have started yet. */
  private cameraWork: Promise<void> = Promise.resolve();

  constructor(
    container: HTMLElement,
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

  /** Draws the countries, coastline, borders and country labels. */
  async setBasemap(basemap: Basemap): Promise<void> {
    await this.loaded;
    void this.geojson(SOURCES.countries)?.setData(basemap.countries);
    void this.geojson(SOURCES.borders)?.setData(basemap.borders);
    void this.geojson(SOURCES.coastline)?.setData(basemap.coastline);
    void this.geojson(SOURCES.countryLabels)?.setData(basemap.labels);
  }

  /** Sends a dataset's geometry; called once per dataset. */
  async setData(
    arcs: FeatureCollection<LineString, ArcProperties>,
    actors: FeatureCollection<Point, ActorProperties>,
  ): Promise<void> {
    await this.loaded;
    this.arcs = arcs;
    this.selectedId = null;
    this.hoveredId = null;
    void this.geojson(SOURCES.arcs)?.setData(arcs);
    void this.geojson(SOURCES.actors)?.setData(actors);
  }

  /** Shows only these arcs (null: all). Changes a layer filter; the geometry stays where it is. */
  async setVisibleArcs(ids: readonly string[] | null): Promise<void> {
    await this.loaded;
    const filter: maplibregl.FilterSpecification | null =
      ids === null ? null : ['in', ['get', 'id'], ['literal', [...ids]]];
    for (const layer of [LAYERS.arcs, LAYERS.arcsCasing, LAYERS.arcsHit]) {
      this.map.setFilter(layer, filter);
    }
  }

  /** Marks the selected and the hovered arc through feature state. */
  async setHighlight(selectedId: string | null, hoveredId: string | null): Promise<void> {
    await this.loaded;
    this.setArcState(this.selectedId, { selected: false });
    this.setArcState(this.hoveredId, { hovered: false });
    this.selectedId = selectedId;
    this.hoveredId = hoveredId;
    this.setArcState(selectedId, { selected: true });
    this.setArcState(hoveredId, { hovered: true });
  }

  /** Moves the camera so that the arc is in view, clear of the map's edges. */
  fitArc(id: string): Promise<void> {
    const fit = this.fitArcAfterLayout(id);
    // The probe's waitForIdle waits for this, so a test never reads the view before the move.
    this.cameraWork = fit;
    return fit;
  }

  private async fitArcAfterLayout(id: string): Promise<void> {
    await this.loaded;
    // Opening the details panel narrows the map in the same update that selects the arc: wait for
    // the layout to settle so that the fit uses the map's new size.
    await nextFrame();
    await nextFrame();
    if (this.destroyed) return;
    this.map.resize();
    const arc = this.arcs?.features.find((f) => f.properties.id === id);
    if (!arc) return;
    const bounds = new maplibregl.LngLatBounds();
    for (const [lon, lat] of arc.geometry.coordinates) bounds.extend([lon ?? 0, lat ?? 0]);
    this.map.fitBounds(bounds, {
      padding: { top: 80, bottom: 80, left: 80, right: 80 },
      maxZoom: 6,
      duration: this.options.reducedMotion ? 0 : 900,
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.resizeObserver.disconnect();
    if (window.__atlasMap) delete window.__atlasMap;
    this.map.remove();
  }

  private setArcState(id: string | null, state: Record<string, boolean>): void {
    if (id === null || this.destroyed) return;
    this.map.setFeatureState({ source: SOURCES.arcs, id }, state);
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

  private bindEvents(): void {
    const idOf = (event: maplibregl.MapLayerMouseEvent): string | null => {
      const id: unknown = event.features?.[0]?.properties.id;
      return typeof id === 'string' ? id : null;
    };
    this.map.on('click', (event) => {
      const hit = this.map.queryRenderedFeatures(event.point, { layers: [LAYERS.arcsHit] });
      const id: unknown = hit[0]?.properties.id;
      // A click on empty map keeps the selection: panels are closed with their own button.
      if (typeof id === 'string') this.options.onArcClick(id);
    });
    this.map.on('mousemove', LAYERS.arcsHit, (event) => {
      this.map.getCanvas().style.cursor = 'pointer';
      this.options.onArcHover(idOf(event));
    });
    this.map.on('mouseleave', LAYERS.arcsHit, () => {
      this.map.getCanvas().style.cursor = '';
      this.options.onArcHover(null);
    });
  }

  private probe(): MapProbe {
    const uniqueIds = (layer: string) => [
      ...new Set(
        this.map
          .queryRenderedFeatures({ layers: [layer] })
          .map((f): unknown => f.properties.id)
          .filter((id): id is string => typeof id === 'string'),
      ),
    ];
    return {
      waitForIdle: () =>
        Promise.all([this.loaded, this.cameraWork]).then(
          () =>
            new Promise<void>((resolve) => {
              this.map.once('idle', () => resolve());
              this.map.triggerRepaint();
            }),
        ),
      renderedArcIds: () => uniqueIds(LAYERS.arcs),
      renderedActorIds: () => uniqueIds(LAYERS.actors),
      arcScreenPoint: (id) => {
        const arc = this.arcs?.features.find((f) => f.properties.id === id);
        const coordinates = arc?.geometry.coordinates ?? [];
        const { clientWidth: width, clientHeight: height } = this.map.getContainer();
        const middle = Math.floor(coordinates.length / 2);
        // From the middle outwards, the first point of the arc that is on screen.
        for (let step = 0; step < coordinates.length; step++) {
          const i = middle + (step % 2 === 0 ? step / 2 : -(step + 1) / 2);
          const [lon, lat] = coordinates[i] ?? [];
          if (lon === undefined || lat === undefined) continue;
          const { x, y } = this.map.project([lon, lat]);
          if (x > 8 && y > 8 && x < width - 8 && y < height - 8) return { x, y };
        }
        return null;
      },
    };
  }
}
