import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  ARABIC_NAMES_WITHOUT_ISO,
  basemapFromTopology,
  basemapScaleForZoom,
  isCountriesTopology,
  labelPoint,
  ringBounds,
  unwrapRing,
} from '../../src/core/basemap';
import { countryNamesFromLanguageFile, numericToAlpha2 } from '../../src/core/iso-codes';
import { SEAS, seaLabels } from '../../src/core/seas';
import { ROOT } from './helpers';

const topology: unknown = JSON.parse(
  readFileSync(join(ROOT, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
);

describe('basemap', () => {
  it('recognises the world-atlas countries file and nothing else', () => {
    expect(isCountriesTopology(topology)).toBe(true);
    expect(isCountriesTopology({ type: 'FeatureCollection' })).toBe(false);
    expect(isCountriesTopology(null)).toBe(false);
  });

  it('builds countries, borders, coastline and labels', () => {
    if (!isCountriesTopology(topology)) throw new Error('fixture');
    const basemap = basemapFromTopology(topology);
    expect(basemap.countries.features.length).toBeGreaterThan(200);
    expect(basemap.borders.features[0]?.geometry.coordinates.length).toBeGreaterThan(100);
    expect(basemap.coastline.features[0]?.geometry.coordinates.length).toBeGreaterThan(100);
    const algeria = basemap.countries.features.find((f) => f.properties.name_en === 'Algeria');
    expect(algeria?.properties.iso).toBe('012');
  });

  it('draws disputed boundaries apart from settled borders: Morocco–Western Sahara is disputed', () => {
    if (!isCountriesTopology(topology)) throw new Error('fixture');
    const basemap = basemapFromTopology(topology);
    const disputed = basemap.disputed.features[0]?.geometry.coordinates ?? [];
    const borders = basemap.borders.features[0]?.geometry.coordinates ?? [];
    // The vertices that Morocco and Western Sahara share are their common boundary.
    const vertices = (name: string) => {
      const country = basemap.countries.features.find((f) => f.properties.name_en === name);
      const polygons =
        country?.geometry.type === 'Polygon'
          ? [country.geometry.coordinates]
          : (country?.geometry.coordinates ?? []);
      return new Set(polygons.flat(2).map(([lon = 0, lat = 0]) => `${lon},${lat}`));
    };
    const morocco = vertices('Morocco');
    const shared = [...vertices('W. Sahara')].filter((v) => morocco.has(v));
    expect(shared.length).toBeGreaterThan(3);
    const onLine = (lines: number[][][]) => {
      const points = new Set(lines.flat().map(([lon = 0, lat = 0]) => `${lon},${lat}`));
      return shared.filter((v) => points.has(v)).length;
    };
    expect(onLine(disputed)).toBe(shared.length);
    // Only the end points, where the line meets settled borders, may appear among them.
    expect(onLine(borders)).toBeLessThanOrEqual(2);
  });

  it('puts a country’s label inside its largest polygon, not among its overseas territories', () => {
    if (!isCountriesTopology(topology)) throw new Error('fixture');
    const basemap = basemapFromTopology(topology);
    const label = basemap.labels.features.find((f) => f.properties.name_en === 'France');
    const [lon, lat] = label?.geometry.coordinates ?? [0, 0];
    expect(lon).toBeGreaterThan(-5);
    expect(lon).toBeLessThan(8);
    expect(lat).toBeGreaterThan(42);
    expect(lat).toBeLessThan(51);
    const france = basemap.countries.features.find((f) => f.properties.name_en === 'France');
    expect(france && geoContains(france, [lon ?? 0, lat ?? 0])).toBe(true);
  });
});

describe('the antimeridian', () => {
  it('keeps Russia and Fiji continuous across it, so no band of them spans the world', () => {
    if (!isCountriesTopology(topology)) throw new Error('fixture');
    const basemap = basemapFromTopology(topology);
    const jumps = (rings: number[][][]) =>
      rings.filter((ring) =>
        ring.some((point, i) => i > 0 && Math.abs((point[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180),
      ).length;
    for (const name of ['Russia', 'Fiji']) {
      const country = basemap.countries.features.find((f) => f.properties.name_en === name);
      const geometry = country?.geometry;
      const rings =
        geometry?.type === 'Polygon' ? geometry.coordinates : (geometry?.coordinates.flat() ?? []);
      expect(rings.length, name).toBeGreaterThan(0);
      expect(jumps(rings), name).toBe(0);
      // Closed rings stay closed.
      for (const ring of rings) expect(ring[0]).toEqual(ring.at(-1));
    }
    expect(jumps(basemap.coastline.features[0]?.geometry.coordinates ?? [])).toBe(0);
    // Drawn flat, as a map draws it, nothing of Russia lies over the Norwegian Sea, where the band
    // used to be. (Spherical tests such as geoContains never saw the band.)
    const russia = basemap.countries.features.find((f) => f.properties.name_en === 'Russia');
    const polygons = russia?.geometry.type === 'MultiPolygon' ? russia.geometry.coordinates : [];
    expect(polygons.some((polygon) => polygon.some((ring) => insidePlanar(ring, -5, 66)))).toBe(
      false,
    );
    expect(polygons.some((polygon) => polygon.some((ring) => insidePlanar(ring, 40, 60)))).toBe(
      true,
    );
  });

  it('leaves a ring round a pole as it is', () => {
    const ring = [
      [-180, -80],
      [0, -70],
      [180, -80],
      [-180, -89.9],
      [-180, -80],
    ];
    expect(unwrapRing(ring, true)).toBe(ring);
    expect(
      unwrapRing(
        [
          [170, 60],
          [-170, 61],
        ],
        false,
      ),
    ).toEqual([
      [170, 60],
      [190, 61],
    ]);
  });
});

describe('names on the map', () => {
  const arabic = countryNamesFromLanguageFile(
    JSON.parse(
      readFileSync(join(ROOT, 'node_modules/i18n-iso-countries/langs/ar.json'), 'utf8'),
    ) as unknown,
  );

  it('looks Arabic country names up by ISO numeric code in i18n-iso-countries', () => {
    expect(numericToAlpha2('724')).toBe('ES');
    expect(arabic('724')).toBe('إسبانيا');
    expect(arabic('012')).toBe('الجزائر');
    expect(arabic('818')).toBe('مصر');
    expect(arabic('999')).toBeUndefined();
    expect(countryNamesFromLanguageFile(null)('724')).toBeUndefined();
    expect(
      countryNamesFromLanguageFile({ countries: { ES: ['إسبانيا', 'مملكة إسبانيا'] } })('724'),
    ).toBe('إسبانيا');
  });

  it('labels every country in English and, where a source names it, in Arabic', () => {
    if (!isCountriesTopology(topology)) throw new Error('fixture');
    const labels = basemapFromTopology(topology, arabic).labels.features.map((f) => f.properties);
    const byName = new Map(labels.map((p) => [p.name_en, p]));
    expect(byName.get('W. Sahara')?.name_ar).toBe('الصحراء الغربية');
    expect(byName.get('Morocco')?.name_ar).toBe('المغرب');
    expect(byName.get('Kosovo')?.name_ar).toBe(ARABIC_NAMES_WITHOUT_ISO.Kosovo);
    // Natural Earth's areas without an ISO code and without a known Arabic name stay unnamed in
    // Arabic rather than getting a guess.
    expect(byName.get('Siachen Glacier')?.name_ar).toBeNull();
    const missing = labels
      .filter((p) => p.iso !== null && p.name_ar === null)
      .map((p) => p.name_en);
    expect(missing).toEqual([]);
  });

  it('names the seas in both languages, each label in open water', () => {
    if (!isCountriesTopology(topology)) throw new Error('fixture');
    const land = basemapFromTopology(topology).countries;
    expect(seaLabels().features).toHaveLength(SEAS.length);
    for (const sea of SEAS) {
      expect(sea.name_ar).toMatch(/[\u0600-\u06ff]/);
      const onLand = land.features.find((country) => geoContains(country, sea.at));
      expect(onLand?.properties.name_en, `${sea.name_en} label on land`).toBeUndefined();
    }
  });

  it('picks a coarser scale for the world and a finer one when zoomed in', () => {
    expect(basemapScaleForZoom(1)).toBe('110m');
    expect(basemapScaleForZoom(3.6)).toBe('50m');
    expect(basemapScaleForZoom(6)).toBe('10m');
  });
});

/** Even–odd point-in-ring test on the flat lon/lat plane. */
function insidePlanar(ring: number[][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('a country’s bounds, which a fit keeps in view', () => {
  it('are those of its ring, or cross the antimeridian where that is shorter', () => {
    expect(
      ringBounds([
        [-8.7, 27.7],
        [12, 23.5],
        [8.6, 37],
        [-8.7, 27.7],
      ]),
    ).toEqual([-8.7, 23.5, 12, 37]);
    // A ring from 170° E to 170° W: 20° wide across 180°, not 340° the other way.
    const [west, , east] = ringBounds([
      [170, 60],
      [-170, 60],
      [-170, 70],
      [170, 70],
    ]);
    expect([west, east]).toEqual([170, -170]);
    expect(ringBounds([])).toEqual([0, 0, 0, 0]);
  });

  it('come with every country label, from its largest polygon', () => {
    const labels = labelPoint({
      type: 'Feature',
      properties: { iso: '250', name_en: 'France', name_ar: null },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            // Clockwise, as world-atlas (and d3) winds an outer ring.
            [
              [-4, 43],
              [-4, 51],
              [8, 51],
              [8, 43],
              [-4, 43],
            ],
          ],
          // French Guiana: far away and smaller; a fit to France does not reach it.
          [
            [
              [-54, 2],
              [-54, 5.8],
              [-51.6, 5.8],
              [-51.6, 2],
              [-54, 2],
            ],
          ],
        ],
      },
    });
    expect(labels.properties.bounds).toEqual([-4, 43, 8, 51]);
  });
});
