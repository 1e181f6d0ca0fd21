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
import type { Language } from '../core/messages';
import { palette, TINTS } from '../core/palette';
import { seaLabels } from '../core/seas';

export const SOURCES = {
  countries: 'countries',
  borders: 'borders',
  disputed: 'disputed',
  coastline: 'coastline',
  countryLabels: 'country-labels',
  seaLabels: 'sea-labels',
  highlight: 'highlight',
  actors: 'actors',
} as const;

export const LAYERS = {
  /** The territories of the selected partnership's parties, or of the actor in focus. */
  parties: 'party-fill',
  /** The territories of the parties of the link under the pointer, tinted lightly. */
  hoveredParties: 'party-hover-fill',
  partyLabels: 'party-labels',
  members: 'members-fill',
  frameworks: 'framework-outline',
  disputed: 'disputed-boundaries',
  countryLabels: 'country-labels',
  seaLabels: 'sea-labels',
  minorSeaLabels: 'sea-labels-minor',
  /** Every pair's ribbon: a custom layer (`arc-layer.ts`), added by the controller. */
  arcs: 'arcs',
  highlightCasing: 'highlight-casing',
  highlightUnderlay: 'highlight-underlay',
  highlight: 'highlight-strands',
  actors: 'actors',
} as const;

/** The symbol layers whose text is a name in the interface language. */
export const NAME_LAYERS = [
  LAYERS.countryLabels,
  LAYERS.partyLabels,
  LAYERS.seaLabels,
  LAYERS.minorSeaLabels,
  LAYERS.actors,
] as const;

export const ICONS = {
  state: 'marker-state',
  organization: 'marker-organization',
  place: 'marker-place',
} as const;

/** Local font families for labels; MapLibre draws them with the browser's text engine. */
export const MAP_FONT: readonly string[] = [
  'Noto Sans',
  'Noto Sans Arabic',
  'DejaVu Sans',
  'Arial',
  'sans-serif',
];

/**
 * A label's text in the interface language: features carry `name_en` and `name_ar`. In Arabic, a
 * place without an Arabic name keeps its English one rather than going unnamed.
 */
export function nameField(language: Language): ExpressionSpecification {
  return language === 'ar'
    ? ['coalesce', ['get', 'name_ar'], ['get', 'name_en']]
    : ['get', 'name_en'];
}

/**
 * Link widths and offsets are given for the overview zoom; lines grow a little as the map zooms
 * in, and offsets grow with them so that strands stay side by side.
 */
function zoomScaled(value: ExpressionSpecification): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    2,
    ['*', 0.75, value],
    4,
    value,
    7,
    ['*', 1.4, value],
  ];
}

/**
 * Dashes for talks and intent, dots where no status is given, a solid line for signed agreements
 * (see `LineStyle`). Lengths are in line widths, so they are chosen by width: about 13 px on and
 * 8 off for dashes, whether the line is a 3 px strand or a 16 px neutral ribbon.
 */
const byWidth = (narrow: number[], ...tiers: [number, number[]][]): ExpressionSpecification => [
  'step',
  ['get', 'width'],
  ['literal', narrow],
  ...tiers.flatMap(([from, dash]): (number | ExpressionSpecification)[] => [
    from,
    ['literal', dash],
  ]),
];

const DASHES: ExpressionSpecification = [
  'match',
  ['get', 'style'],
  'dashed',
  byWidth([4, 2.5], [5, [1.6, 1]], [10, [1.1, 0.7]], [14, [0.85, 0.52]]),
  'dotted',
  byWidth([0.8, 1.6], [5, [0.3, 0.5]], [10, [0.2, 0.35]]),
  ['literal', [1, 0]],
];

const emptyCollection = (): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: [],
});

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
    // The parties' own territories, lightly on hover (filters set by the controller).
    id: LAYERS.hoveredParties,
    type: 'fill',
    source: SOURCES.countries,
    filter: NONE,
    paint: { 'fill-color': palette.party, 'fill-opacity': 0.12 },
  },
  {
    id: LAYERS.parties,
    type: 'fill',
    source: SOURCES.countries,
    filter: NONE,
    paint: { 'fill-color': TINTS.party.colour, 'fill-opacity': TINTS.party.opacity },
  },
  {
    // Member states of the organization in focus (filter set by the controller).
    id: LAYERS.members,
    type: 'fill',
    source: SOURCES.countries,
    filter: NONE,
    paint: { 'fill-color': TINTS.members.colour, 'fill-opacity': TINTS.members.opacity },
  },
  {
    // Partners of its frameworks, outlined so that they never read as members; solid, so that the
    // outline never reads as a disputed boundary (dashed, darker and thinner).
    id: LAYERS.frameworks,
    type: 'line',
    source: SOURCES.countries,
    filter: NONE,
    paint: { 'line-color': palette.framework, 'line-width': 2.2 },
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
    id: LAYERS.countryLabels,
    type: 'symbol',
    source: SOURCES.countryLabels,
    filter: ['>', ['get', 'area'], 0.00002],
    layout: {
      'text-field': nameField('en'),
      'text-font': [...MAP_FONT],
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

/**
 * Country labels, but those of the parties in view, which `partyLabels` writes large: the
 * filter the controller gives the country labels' layer.
 */
export function countryLabelsFilter(parties: readonly string[]): FilterSpecification {
  const large = ['>', ['get', 'area'], 0.00002] as FilterSpecification;
  if (parties.length === 0) return large;
  return ['all', large, ['!', countriesFilter(parties)]] as FilterSpecification;
}

/**
 * Label sizes: on screen, and for a projector (presenting), where they are read from the back of
 * a room. The controller switches between them.
 */
export const LABEL_SIZES = {
  screen: {
    party: ['interpolate', ['linear'], ['zoom'], 2, 16, 5, 22, 8, 26] as ExpressionSpecification,
    actor: 14,
  },
  projector: {
    party: ['interpolate', ['linear'], ['zoom'], 2, 22, 5, 30, 8, 34] as ExpressionSpecification,
    actor: 20,
  },
} as const;

/** A state party's name, large on its territory (filter set by the controller). */
const partyLabelLayer: LayerSpecification = {
  id: LAYERS.partyLabels,
  type: 'symbol',
  source: SOURCES.countryLabels,
  filter: NONE,
  layout: {
    'text-field': nameField('en'),
    'text-font': [...MAP_FONT],
    'text-size': LABEL_SIZES.screen.party,
    'text-letter-spacing': 0.04,
    'text-max-width': 8,
    'text-padding': 2,
    // Off its centre where the capital's marker and name sit there (Madrid in Spain).
    'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
    'text-radial-offset': 1.2,
  },
  paint: {
    'text-color': palette.partyLabel,
    'text-halo-color': '#ffffff',
    'text-halo-width': 2,
  },
};

/** Sea names: spaced blue text, under everything else that has a label. */
function seaLabelLayer(id: string, tier: 1 | 2, minzoom: number): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: SOURCES.seaLabels,
    minzoom,
    filter: ['==', ['get', 'tier'], tier],
    layout: {
      'text-field': nameField('en'),
      'text-font': [...MAP_FONT],
      'text-size': tier === 1 ? 13 : 11,
      'text-letter-spacing': 0.12,
      'text-max-width': 8,
      'text-padding': 6,
    },
    paint: {
      'text-color': palette.seaLabel,
      'text-halo-color': palette.sea,
      'text-halo-width': 1,
    },
  };
}

const labelLayers: LayerSpecification[] = [
  seaLabelLayer(LAYERS.seaLabels, 1, 0),
  seaLabelLayer(LAYERS.minorSeaLabels, 2, 4.5),
  partyLabelLayer,
];

const strandPaint: { 'line-color': ExpressionSpecification } & Record<
  'line-offset' | 'line-dasharray',
  ExpressionSpecification
> = {
  'line-color': ['get', 'color'],
  'line-offset': zoomScaled(['get', 'offset']),
  'line-dasharray': DASHES,
};

const dataLayers: LayerSpecification[] = [
  {
    // The selected and the hovered link again, above the others: a casing (dark for the
    // selection, white for the hover), then a white underlay that shows through the dashes.
    id: LAYERS.highlightCasing,
    type: 'line',
    source: SOURCES.highlight,
    filter: ['==', ['get', 'part'], 'casing'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['match', ['get', 'role'], 'selected', palette.arcSelected, palette.arcHovered],
      'line-width': zoomScaled(['get', 'width']),
    },
  },
  {
    id: LAYERS.highlightUnderlay,
    type: 'line',
    source: SOURCES.highlight,
    filter: ['==', ['get', 'part'], 'underlay'],
    layout: { 'line-cap': 'butt', 'line-join': 'round' },
    paint: {
      // Light grey under the selection's dashes, so that the ribbon reads as one band with
      // dashes, not a rail of black and white; white under the hovered link's.
      'line-color': [
        'match',
        ['get', 'role'],
        'selected',
        palette.dashUnderlay,
        palette.arcHovered,
      ],
      'line-width': zoomScaled(['get', 'width']),
    },
  },
  {
    id: LAYERS.highlight,
    type: 'line',
    source: SOURCES.highlight,
    filter: ['==', ['get', 'part'], 'strand'],
    layout: { 'line-cap': 'butt', 'line-join': 'round' },
    paint: { ...strandPaint, 'line-width': zoomScaled(['get', 'width']) },
  },
  {
    id: LAYERS.actors,
    type: 'symbol',
    source: SOURCES.actors,
    layout: {
      'icon-image': [
        'match',
        ['get', 'kind'],
        'organization',
        ICONS.organization,
        'place',
        ICONS.place,
        ICONS.state,
      ],
      'icon-allow-overlap': true,
      'text-field': nameField('en'),
      'text-font': [...MAP_FONT],
      'text-size': LABEL_SIZES.screen.actor,
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
      [SOURCES.seaLabels]: { type: 'geojson', data: seaLabels() },
      // Smooth curves lose nothing to stronger simplification, and a tile buffer just wider than the
      // widest line keeps geometry duplicated across tiles to a minimum.
      [SOURCES.highlight]: { type: 'geojson', data: emptyCollection(), tolerance: 1, buffer: 16 },
      [SOURCES.actors]: { type: 'geojson', data: emptyCollection(), promoteId: 'id' },
    },
    // Symbols are placed from the top layer down, so actor markers claim their space before the
    // country labels, which then give way instead of covering a marker.
    layers: [...basemapLayers, ...labelLayers, ...dataLayers],
  };
}
