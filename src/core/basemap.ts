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
  /** Natural Earth's short English name ("Bosnia and Herz."), made for maps. */
  name_en: string;
  /** The Arabic name, or null when no maintained source gives one. */
  name_ar: string | null;
}

/**
 * Arabic names of the areas Natural Earth draws without an ISO code, which the ISO-keyed name
 * table cannot reach. Areas missing here get no Arabic label rather than a made-up one.
 */
export const ARABIC_NAMES_WITHOUT_ISO: Readonly<Record<string, string>> = {
  Kosovo: 'كوسوفو',
  'N. Cyprus': 'شمال قبرص',
  Somaliland: 'أرض الصومال',
};

/** Arabic name of a country by its ISO numeric code, or undefined. */
export type ArabicNameLookup = (isoNumeric: string) => string | undefined;

export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  /** Boundaries shared by two countries, both of undisputed status. */
  borders: FeatureCollection<MultiLineString>;
  /** Boundaries of areas whose status is disputed (see `DISPUTED_AREAS`), drawn distinctly. */
  disputed: FeatureCollection<MultiLineString>;
  /** Boundaries between land and sea. */
  coastline: FeatureCollection<MultiLineString>;
  /** One point per country, inside its largest polygon, for its name. */
  labels: FeatureCollection<Point, LabelProperties>;
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

/** The countries of a world-atlas topology as GeoJSON, rings unwrapped, named in both languages. */
export function countriesFromTopology(
  topology: CountriesTopology,
  arabicName: ArabicNameLookup = () => undefined,
): Basemap['countries'] {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      type: 'Feature',
      geometry: unwrapPolygons(f.geometry),
      properties: countryProperties(
        f.id === undefined ? null : String(f.id),
        f.properties.name,
        arabicName,
      ),
    })),
  };
}

/** One label point per country (see `labelPoint`), without the borders and coastline. */
export function countryLabelPoints(topology: CountriesTopology): Basemap['labels'] {
  return {
    type: 'FeatureCollection',
    features: countriesFromTopology(topology).features.map((country) => labelPoint(country)),
  };
}

/**
 * Converts a world-atlas countries topology into basemap layers; `arabicName` names the countries
 * in Arabic for the labels.
 */
export function basemapFromTopology(
  topology: CountriesTopology,
  arabicName: ArabicNameLookup = () => undefined,
): Basemap {
  const object = topology.objects.countries;
  const countries = countriesFromTopology(topology, arabicName);
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
      features: [{ type: 'Feature', geometry: unwrapLines(borders), properties: {} }],
    },
    disputed: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: unwrapLines(disputed), properties: {} }],
    },
    coastline: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: unwrapLines(coastline), properties: {} }],
    },
    labels: {
      type: 'FeatureCollection',
      features: countries.features.map((country) => labelPoint(country)),
    },
  };
}

/**
 * A ring or line that crosses the antimeridian, with its longitudes made continuous (Chukotka at
 * 190° rather than -170°). Natural Earth jumps from 180 to -180 instead, and a map that joins the
 * two points draws a band of Russia (or Fiji) across the whole world; MapLibre cuts continuous
 * geometry at the antimeridian itself. A ring that goes round a pole (Antarctica) cannot be made
 * continuous and closed, so it is kept as it is.
 */
export function unwrapRing(ring: number[][], closed: boolean): number[][] {
  let crosses = false;
  for (let i = 1; i < ring.length && !crosses; i++) {
    crosses = Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180;
  }
  if (!crosses) return ring;
  const out: number[][] = [];
  let previous: number | null = null;
  for (const [lon = 0, lat = 0] of ring) {
    let x = lon;
    if (previous !== null) {
      while (x - previous > 180) x -= 360;
      while (x - previous < -180) x += 360;
    }
    out.push([x, lat]);
    previous = x;
  }
  const first = out[0]?.[0] ?? 0;
  const last = out.at(-1)?.[0] ?? 0;
  return closed && Math.abs(last - first) > 1e-9 ? ring : out;
}

function unwrapPolygons(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map((r) => unwrapRing(r, true)) }
    : {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((p) => p.map((r) => unwrapRing(r, true))),
      };
}

function unwrapLines(geometry: MultiLineString): MultiLineString {
  return {
    type: 'MultiLineString',
    coordinates: geometry.coordinates.map((line) => unwrapRing(line, false)),
  };
}

function countryProperties(
  iso: string | null,
  name: string,
  arabicName: ArabicNameLookup,
): CountryProperties {
  const arabic =
    iso === null
      ? Object.hasOwn(ARABIC_NAMES_WITHOUT_ISO, name)
        ? ARABIC_NAMES_WITHOUT_ISO[name]
        : undefined
      : arabicName(iso);
  return { iso, name_en: name, name_ar: arabic ?? null };
}

/** A label point's properties: the country's, its area, and its largest polygon's bounds. */
export type LabelProperties = CountryProperties & {
  area: number;
  /**
   * West, south, east, north of the country's largest polygon, in degrees; west is greater than
   * east where it crosses the antimeridian. What a fit to the country keeps in view.
   */
  bounds: [number, number, number, number];
};

/**
 * The centroid of a country's largest polygon, so that overseas territories do not pull it away,
 * with that polygon's bounds.
 */
export function labelPoint(
  country: Feature<Polygon | MultiPolygon, CountryProperties>,
): Feature<Point, LabelProperties> {
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
  const [west, south, east, north] = ringBounds(largest?.coordinates[0] ?? []);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [centroid[0], centroid[1]] },
    properties: {
      ...country.properties,
      area: total,
      bounds: [round(west), round(south), round(east), round(north)],
    },
  };
}

/**
 * West, south, east and north of a ring, in degrees; west is greater than east where the ring
 * crosses the antimeridian (its longitudes then span less when read from 0° to 360°). Not d3's
 * geoBounds: its weight would go to every worker that reads a basemap, for rings that Natural
 * Earth already splits at 180°.
 */
export function ringBounds(ring: readonly number[][]): [number, number, number, number] {
  if (ring.length === 0) return [0, 0, 0, 0];
  let [south, north, west, east] = [Infinity, -Infinity, Infinity, -Infinity];
  let [westShifted, eastShifted] = [Infinity, -Infinity];
  for (const [lon = 0, lat = 0] of ring) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    const shifted = lon < 0 ? lon + 360 : lon;
    westShifted = Math.min(westShifted, shifted);
    eastShifted = Math.max(eastShifted, shifted);
  }
  if (eastShifted - westShifted < east - west) {
    const wrap = (lon: number) => (lon > 180 ? lon - 360 : lon);
    return [wrap(westShifted), south, wrap(eastShifted), north];
  }
  return [west, south, east, north];
}

/** Natural Earth's scales, as world-atlas ships them. */
export type BasemapScale = '110m' | '50m' | '10m';

/**
 * The scale that fits a zoom level: 1:110m for the whole world, 1:50m for the Mediterranean
 * overview and a region, 1:10m once zoomed in on a few countries.
 */
export function basemapScaleForZoom(zoom: number): BasemapScale {
  if (zoom < 2) return '110m';
  if (zoom < 5) return '50m';
  return '10m';
}
