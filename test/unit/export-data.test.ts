import { describe, expect, it } from 'vitest';
import {
  actorsCsv,
  datasetGeoJson,
  datasetJson,
  datasetSubset,
  linksCsv,
} from '../../src/core/export-data';
import { parseCsv } from '../../src/core/import/csv';
import { readGeoJson } from '../../src/core/import/geojson';
import {
  guessLinkMapping,
  guessLocationMapping,
  readLinks,
  readLocations,
} from '../../src/core/import/links-table';
import { parseDataset, validateDataset } from '../../src/core/validate';
import { seedJson, seedSourceTexts } from './helpers';

const FILE = 'export.json';
const DZ = 'dza-esp-cyber-ct-talks';

function validated() {
  const result = validateDataset(seedJson(), { file: FILE, sourceTexts: seedSourceTexts() });
  if (!result.ok) throw new Error('the seed does not validate');
  return result.dataset;
}

describe('exporting the dataset', () => {
  it('writes our JSON so that reading it again gives the same dataset', () => {
    const dataset = validated();
    const again = parseDataset(datasetJson(dataset), {
      file: FILE,
      sourceTexts: seedSourceTexts(),
    });
    expect(again.ok && again.dataset).toEqual(dataset);
  });

  it('keeps only what the shown partnerships need, and the result is a valid dataset', () => {
    const subset = datasetSubset(validated(), new Set([DZ]));
    expect(subset.partnerships.map((p) => p.id)).toEqual([DZ]);
    expect(subset.actors.map((a) => a.id).sort()).toEqual(['DZA', 'ESP']);
    expect(subset.sources.map((s) => s.id)).toEqual(['dz-es-talks']);
    expect(subset.excerpts.every((e) => e.source === 'dz-es-talks')).toBe(true);
    const check = validateDataset(subset, { file: FILE, sourceTexts: seedSourceTexts() });
    expect(check.ok).toBe(true);
    // NATO's members come along with NATO: the map shows them.
    const egypt = datasetSubset(validated(), new Set(['egy-nato-closer-cooperation']));
    expect(egypt.actors.length).toBeGreaterThan(30);
  });

  it('writes CSV that the import reads back to the same links, places and passages', () => {
    const dataset = validated();
    const actors = parseCsv(actorsCsv(dataset)).table;
    const places = readLocations(actors, guessLocationMapping(actors.header));
    expect(places.issues).toEqual([]);
    const links = parseCsv(linksCsv(dataset)).table;
    const { mapping, layout } = guessLinkMapping(links.header);
    expect(layout).toBe('links');
    const result = readLinks(links, mapping, { gazetteer: null, locations: places.places });
    expect(result.issues).toEqual([]);
    const anchors = new Map(dataset.actors.map((a) => [a.id, [a.anchor.lon, a.anchor.lat]]));
    const excerpts = new Map(dataset.excerpts.map((e) => [e.id, e.text]));
    expect(
      result.links.map((link) => ({
        parties: link.parties.map((p) => p.key),
        points: link.parties.map((p) => p.point),
        names: link.parties.map((p) => [p.name, p.nameAr]),
        domains: link.domains,
        status: link.status,
        date: link.date,
        excerpt: link.excerpt,
      })),
    ).toEqual(
      dataset.partnerships.map((p) => ({
        parties: p.parties,
        points: p.parties.map((id) => anchors.get(id)),
        names: p.parties.map((id) => {
          const actor = dataset.actors.find((a) => a.id === id);
          return [actor?.name.en, actor?.name.ar];
        }),
        domains: p.domains.map((d) => d.domain),
        status: p.status,
        date: p.date,
        excerpt: excerpts.get(p.statusExcerpts[0] ?? ''),
      })),
    );
  });

  it('writes GeoJSON: a great-circle LineString per partnership from party to party, a Point per actor', () => {
    const dataset = validated();
    const geojson = datasetGeoJson(dataset);
    const lines = geojson.features.filter((f) => f.geometry.type === 'LineString');
    const points = geojson.features.filter((f) => f.geometry.type === 'Point');
    expect(lines).toHaveLength(dataset.partnerships.length);
    expect(points).toHaveLength(dataset.actors.length);
    const dz = lines.find((f) => f.id === DZ);
    const coordinates = dz?.geometry.type === 'LineString' ? dz.geometry.coordinates : [];
    const algeria = dataset.actors.find((a) => a.id === 'DZA');
    const spain = dataset.actors.find((a) => a.id === 'ESP');
    expect(coordinates[0]).toEqual([algeria?.anchor.lon, algeria?.anchor.lat]);
    expect(coordinates.at(-1)).toEqual([spain?.anchor.lon, spain?.anchor.lat]);
    expect(dz?.properties).toMatchObject({ origin: 'DZA', dest: 'ESP', status: 'talks-held' });
    expect(dz?.properties && 'domains' in dz.properties && dz.properties.domains).toContain(
      'cybersecurity',
    );
    // Valid JSON that QGIS and kepler.gl read.
    expect(JSON.parse(JSON.stringify(geojson))).toEqual(geojson);
  });

  it('writes GeoJSON that the import reads back to the same links, names and ends', () => {
    const dataset = validated();
    const back = readGeoJson(JSON.parse(JSON.stringify(datasetGeoJson(dataset))));
    expect(back.issues).toEqual([]);
    const actors = new Map(dataset.actors.map((a) => [a.id, a]));
    expect(
      back.links.map((l) => ({
        parties: l.parties.map((p) => [p.key, p.name, p.nameAr, p.point]),
        domains: l.domains,
        status: l.status,
        date: l.date,
      })),
    ).toEqual(
      dataset.partnerships.map((p) => ({
        parties: p.parties.map((id) => {
          const actor = actors.get(id);
          return [id, actor?.name.en, actor?.name.ar, [actor?.anchor.lon, actor?.anchor.lat]];
        }),
        domains: p.domains.map((d) => d.domain),
        status: p.status,
        date: p.date,
      })),
    );
  });
});
