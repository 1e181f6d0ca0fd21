/** A read-only window on the map for browser tests; it holds no MapLibre types. */

/** What tests and diagnostics may ask of the map, without reaching the `Map` itself. */
export interface MapProbe {
  /** Resolves once the map has drawn everything it was asked to and stopped moving. */
  waitForIdle: () => Promise<void>;
  /** Whether the current dataset's arcs have been drawn (also `data-map-ready` on the map). */
  isDataDrawn: () => boolean;
  /** Ids of the partnerships whose arcs are drawn in the current view. */
  renderedArcIds: () => string[];
  /** Ids of the actors whose markers are drawn in the current view. */
  renderedActorIds: () => string[];
  /**
   * The ribbons drawn in the current view, named by their domains and line style as
   * `patternName` writes them ("ribbon-3-d").
   */
  renderedPatterns: () => string[];
  /** Opacity of the pairs' ribbons: below 1 while they are dimmed. */
  linkOpacity: () => number;
  /**
   * The width in CSS pixels of the ribbon a partnership is drawn on, at the current zoom, by
   * domains or by value as the legend chose; null for an id not on the map.
   */
  ribbonWidth: (id: string) => number | null;
  /** Features of a style layer drawn in the current view. */
  renderedCount: (layer: string) => number;
  /** A paint property of a style layer, as the style holds it. */
  paintProperty: (layer: string, name: string) => unknown;
  /** The camera's zoom level. */
  zoom: () => number;
  /** Where a [lon, lat] point is, in CSS pixels relative to the map's container. */
  project: (lon: number, lat: number) => { x: number; y: number };
  /** A point on the arc in CSS pixels relative to the map's container, or null if none is in view. */
  arcScreenPoint: (id: string) => { x: number; y: number } | null;
  /**
   * The names of the labels (country, sea and actor names) drawn in a box of CSS pixels, as
   * MapLibre placed them: their collision boxes, not just their anchors.
   */
  labelsIn: (box: { x: number; y: number; width: number; height: number }) => string[];
  /** The Natural Earth scale the basemap is drawn at, once drawn. */
  basemapScale: () => string | null;
  /** A layout property of a style layer, as the style holds it. */
  layoutProperty: (layer: string, name: string) => unknown;
}

declare global {
  interface Window {
    /** Read-only hooks for browser tests; see `MapProbe`. */
    __atlasMap?: MapProbe;
  }
}
