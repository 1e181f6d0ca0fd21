import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { basemapFromTopology, isCountriesTopology } from '../../src/core/basemap';
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
    const algeria = basemap.countries.features.find((f) => f.properties.name === 'Algeria');
    expect(algeria?.properties.iso).toBe('012');
  });

  it('draws disputed boundaries apart from settled borders: Morocco–Western Sahara is disputed', () => {
    if (!isCountriesTopology(topology)) throw new Error('fixture');
    const basemap = basemapFromTopology(topology);
    const disputed = basemap.disputed.features[0]?.geometry.coordinates ?? [];
    const borders = basemap.borders.features[0]?.geometry.coordinates ?? [];
    // The vertices that Morocco and Western Sahara share are their common boundary.
    const vertices = (name: string) => {
      const country = basemap.countries.features.find((f) => f.properties.name === name);
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
    const label = basemap.labels.features.find((f) => f.properties.name === 'France');
    const [lon, lat] = label?.geometry.coordinates ?? [0, 0];
    expect(lon).toBeGreaterThan(-5);
    expect(lon).toBeLessThan(8);
    expect(lat).toBeGreaterThan(42);
    expect(lat).toBeLessThan(51);
    const france = basemap.countries.features.find((f) => f.properties.name === 'France');
    expect(france && geoContains(france, [lon ?? 0, lat ?? 0])).toBe(true);
  });
});
