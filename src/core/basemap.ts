/**
 * Turns Natural Earth country polygons (TopoJSON from the `world-atlas` package) into the layers
 * the basemap draws: land, coastline, land borders and a label point per country.
 */
import { geoArea, geoCentroid } from 'd3-geo';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  Point,
  Polygon,
  MultiPolygon,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryProperties {
  /** ISO 3166-1 numeric code as Natural Earth gives it (a few disputed areas have none). */
  iso: string | null;
  name: string;
}

export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  /** Boundaries shared by two countries, both of undisputed status. */
  borders: FeatureCollection<MultiLineString>;
  /** Boundaries of areas whose status is disputed (see `DISPUTED_AREAS`), drawn distinctly. */
  disputed: FeatureCollection<MultiLineString>;
  /** Boundaries between land and sea. */
  coastline: FeatureCollection<MultiLineString>;
  /** One point per country, inside its largest polygon, for its name. */
  labels: FeatureCollection<Point, CountryProperties & { area: number }>;
}

/**
 * Areas that Natural Earth draws on de facto lines although their status is disputed. Their
 * boundaries are drawn dashed, so that the map does not present them as settled. Western Sahara
 * matters most here: it is at the heart of the 2022 Algeria–Spain rupture.
 */
export const DISPUTED_AREAS: readonly string[] = [
  'W. Sahara',
  'Kosovo',
  'N. Cyprus',
  'Somaliland',
  'Siachen Glacier',
];

type CountriesTopology = Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;

/** Checks that a parsed JSON value looks like world-atlas's countries file. */
export function isCountriesTopology(value: unknown): value is CountriesTopology {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; objects?: { countries?: { type?: unknown } } };
  return v.type === 'Topology' && v.objects?.countries?.type === 'GeometryCollection';
}

/** Converts a world-atlas countries topology into basemap layers. */
export function basemapFromTopology(topology: CountriesTopology): Basemap {
  const object = topology.objects.countries;
  const collection = feature(topology, object) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const countries: Basemap['countries'] = {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { iso: f.id === undefined ? null : String(f.id), name: f.properties.name },
    })),
  };
  const disputedArea = (g: { properties?: object }) => {
    const name: unknown = (g.properties as { name?: unknown } | undefined)?.name;
    return typeof name === 'string' && DISPUTED_AREAS.includes(name);
  };
  const borders = mesh(topology, object, (a, b) => a !== b && !disputedArea(a) && !disputedArea(b));
  const disputed = mesh(
    topology,
    object,
    (a, b) => a !== b && (disputedArea(a) || disputedArea(b)),
  );
  const coastline = mesh(topology, object, (a, b) => a === b);
  return {
    countries,
    borders: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: borders, properties: {} }],
    },
    disputed: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: disputed, properties: {} }],
    },
    coastline: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: coastline, properties: {} }],
    },
    labels: {
      type: 'FeatureCollection',
      features: countries.features.map((country) => labelPoint(country)),
    },
  };
}

/** The centroid of a country's largest polygon, so that overseas territories do not pull it away. */
export function labelPoint(
  country: Feature<Polygon | MultiPolygon, CountryProperties>,
): Feature<Point, CountryProperties & { area: number }> {
  const polygons: Polygon[] =
    country.geometry.type === 'Polygon'
      ? [country.geometry]
      : country.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  let largest = polygons[0];
  let largestArea = -1;
  let total = 0;
  for (const polygon of polygons) {
    const area = geoArea(polygon);
    total += area;
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  const centroid: [number, number] = largest ? geoCentroid(largest) : [0, 0];
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [centroid[0], centroid[1]] },
    properties: { ...country.properties, area: total },
  };
}
