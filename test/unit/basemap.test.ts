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
