/**
 * The map's style: typed layer specs for the basemap and the data. No glyphs URL, no sprite, no
 * tiles: labels are drawn with local fonts and icons are added from pixel buffers, so the map makes
 * no network request.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { palette } from '../core/palette';

export const SOURCES = {
  countries: 'countries',
  borders: 'borders',
  disputed: 'disputed',
  coastline: 'coastline',
  countryLabels: 'country-labels',
  arcs: 'arcs',
  actors: 'actors',
} as const;

export const LAYERS = {
  members: 'members-fill',
  frameworks: 'framework-outline',
  disputed: 'disputed-boundaries',
  arcs: 'arcs',
  arcsCasing: 'arcs-casing',
  actors: 'actors',
} as const;

export const ICONS = { state: 'marker-state', organization: 'marker-organization' } as const;

/** Local font families for labels; MapLibre draws them with the browser's text engine. */
const FONT: string[] = ['Noto Sans', 'DejaVu Sans', 'Arial', 'sans-serif'];

const emptyCollection = (): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: [],
});

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
/** Filtered out: drawn fully transparent (filters cannot read feature state). */
const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hovered'], false];

/** A filter that matches no country. */
const NONE: FilterSpecification = ['in', ['get', 'iso'], ['literal', []]];

/** A filter that matches the countries with these ISO numeric codes. */
export function countriesFilter(isos: readonly string[]): FilterSpecification {
  return ['in', ['get', 'iso'], ['literal', [...isos]]];
}

const basemapLayers: LayerSpecification[] = [
  { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
  {
    id: 'land',
    type: 'fill',
    source: SOURCES.countries,
    paint: { 'fill-color': palette.land, 'fill-antialias': true },
  },
  {
    // Member states of the organization in focus (filter set by the controller).
    id: LAYERS.members,
    type: 'fill',
    source: SOURCES.countries,
    filter: NONE,
    paint: { 'fill-color': palette.members, 'fill-opacity': 0.28 },
  },
  {
    // Partners of its frameworks, outlined so that they never read as members.
    id: LAYERS.frameworks,
    type: 'line',
    source: SOURCES.countries,
    filter: NONE,
    paint: { 'line-color': palette.framework, 'line-width': 2.2, 'line-dasharray': [2, 1] },
  },
  {
    id: 'coastline',
    type: 'line',
    source: SOURCES.coastline,
    paint: { 'line-color': palette.coastline, 'line-width': 0.8 },
  },
  {
    id: 'borders',
    type: 'line',
    source: SOURCES.borders,
    paint: { 'line-color': palette.border, 'line-width': 0.8 },
  },
  {
    // Disputed boundaries: dashed and darker than settled borders, never solid.
    id: LAYERS.disputed,
    type: 'line',
    source: SOURCES.disputed,
    paint: { 'line-color': palette.disputed, 'line-width': 1.2, 'line-dasharray': [3, 2] },
  },
  {
    id: 'country-labels',
    type: 'symbol',
    source: SOURCES.countryLabels,
    filter: ['>', ['get', 'area'], 0.00002],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 13],
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.08,
      'text-max-width': 7,
      'symbol-sort-key': ['-', 0, ['get', 'area']],
      'text-padding': 4,
    },
    paint: {
      'text-color': palette.countryLabel,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.2,
    },
  },
];

const dataLayers: LayerSpecification[] = [
  {
    id: LAYERS.arcsCasing,
    type: 'line',
    source: SOURCES.arcs,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': palette.arcCasing,
      // Only the selected and the hovered arc get a casing: zero-width lines cost no fill, and with
      // tens of thousands of arcs a casing under each would double the pixels drawn.
      'line-width': ['case', hidden, 0, selected, 9, hovered, 8, 0],
      'line-opacity': 0.9,
    },
  },
  {
    id: LAYERS.arcs,
    type: 'line',
    source: SOURCES.arcs,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['case', selected, palette.arcSelected, palette.arc],
      'line-width': ['case', selected, 5.5, hovered, 4.5, 3.5],
      'line-opacity': ['case', hidden, 0, 1],
    },
  },
  {
    id: LAYERS.actors,
    type: 'symbol',
    source: SOURCES.actors,
    layout: {
      'icon-image': ['match', ['get', 'kind'], 'organization', ICONS.organization, ICONS.state],
      'icon-allow-overlap': true,
      'text-field': ['get', 'name'],
      'text-font': FONT,
      'text-size': 14,
      'text-anchor': 'top',
      'text-offset': [0, 0.9],
      'text-optional': true,
      'text-allow-overlap': false,
    },
    paint: {
      'text-color': palette.actorLabel,
      'text-halo-color': '#ffffff',
      'text-halo-width': 1.6,
    },
  },
];

/** The whole style, with empty sources that the controller fills. */
export function createStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCES.countries]: { type: 'geojson', data: emptyCollection() },
      [SOURCES.borders]: { type: 'geojson', data: emptyCollection() },
      [SOURCES.disputed]: { type: 'geojson', data: emptyCollection() },
      [SOURCES.coastline]: { type: 'geojson', data: emptyCollection() },
      [SOURCES.countryLabels]: { type: 'geojson', data: emptyCollection() },
      // Smooth curves lose nothing to stronger simplification, and a tile buffer just wider than the
      // widest line keeps geometry duplicated across tiles to a minimum.
      [SOURCES.arcs]: { type: 'geojson', data: emptyCollection(), tolerance: 1, buffer: 16 },
      [SOURCES.actors]: { type: 'geojson', data: emptyCollection(), promoteId: 'id' },
    },
    // Symbols are placed from the top layer down, so actor markers claim their space before the
    // country labels, which then give way instead of covering a marker.
    layers: [...basemapLayers, ...dataLayers],
  };
}
