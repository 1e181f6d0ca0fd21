import { beforeAll, describe, expect, it } from 'vitest';
import {
  actorsCsv,
  datasetGeoJson,
  datasetJson,
  datasetSubset,
  linksCsv,
  passagesCsv,
  type ExportLabels,
} from '../../src/core/export-data';
import { loadMessages, translate } from '../../src/core/messages';
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

const LABELS: ExportLabels = {
  status: (status) => ({
    en: translate('en', `status.${status}`),
    ar: translate('ar', `status.${status}`),
  }),
};
const DZ = 'dza-esp-cyber-ct-talks';

function validated() {
  const result = validateDataset(seedJson(), { file: FILE, sourceTexts: seedSourceTexts() });
  if (!result.ok) throw new Error('the seed does not validate');
  return result.dataset;
}

describe('exporting the dataset', () => {
  beforeAll(() => loadMessages('ar'));

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
    const actors = parseCsv(actorsCsv(dataset, true)).table;
    const places = readLocations(actors, guessLocationMapping(actors.header));
    expect(places.issues).toEqual([]);
    const links = parseCsv(linksCsv(dataset, LABELS)).table;
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
    const geojson = datasetGeoJson(dataset, LABELS);
    const lines = geojson.features.filter((f) => f.geometry.type === 'LineString');
    const points = geojson.features.filter((f) => f.geometry.type === 'Point');
    expect(lines).toHaveLength(dataset.partnerships.length);
    // The parties only, by default; with the rest, every actor the map shows, each with its role.
    expect(points.map((f) => f.id).sort()).toEqual(['DZA', 'EGY', 'ESP', 'nato']);
    const all = datasetGeoJson(dataset, LABELS, true).features.filter(
      (f) => f.geometry.type === 'Point',
    );
    expect(all).toHaveLength(dataset.actors.length);
    const roles = new Set(all.map((f) => ('role' in f.properties ? f.properties.role : null)));
    expect(roles).toEqual(new Set(['party', 'member', 'partner']));
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
    const back = readGeoJson(JSON.parse(JSON.stringify(datasetGeoJson(dataset, LABELS))));
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

  it('writes labels in English and Arabic beside every id of the partnerships file', () => {
    const table = parseCsv(linksCsv(validated(), LABELS)).table;
    const column = (name: string) => table.header.indexOf(name);
    const dz = table.rows.find((row) => row.cells[column('id')] === DZ)?.cells ?? [];
    expect(dz[column('status')]).toBe('talks-held');
    expect(dz[column('status_en')]).toBe('Talks held');
    expect(dz[column('status_ar')]).toBe(translate('ar', 'status.talks-held'));
    expect(dz[column('domains')]?.split(';')).toContain('critical-infrastructure');
    expect(dz[column('domains_en')]?.split(';')).toContain('Critical-infrastructure protection');
    expect(dz[column('domains_ar')]?.split(';').length).toBe(
      dz[column('domains')]?.split(';').length,
    );
  });

  it('writes every cited passage with our translation and its source, one row per citation', () => {
    const dataset = validated();
    const table = parseCsv(passagesCsv(dataset)).table;
    const column = (name: string) => table.header.indexOf(name);
    const citations = dataset.partnerships.reduce(
      (n, p) => n + p.statusExcerpts.length + p.domains.reduce((m, d) => m + d.excerpts.length, 0),
      0,
    );
    expect(table.rows).toHaveLength(citations);
    const texts = new Map(dataset.excerpts.map((e) => [e.text, e.translation]));
    for (const row of table.rows) {
      const passage = row.cells[column('passage')] ?? '';
      // Verbatim, with our translation beside it.
      expect(texts.has(passage)).toBe(true);
      expect(row.cells[column('translation')]).toBe(texts.get(passage));
      expect(row.cells[column('checked_against_source')]).toBe('yes');
    }
    const demining = table.rows.find((row) => row.cells[column('domain')] === 'demining')?.cells;
    expect(demining?.[column('parties')]).toBe('Egypt – NATO');
    expect(demining?.[column('domain_en')]).toBe('Demining');
    expect(demining?.[column('translation')]).toMatch(/^Demining: drawing on NATO/);
  });

  it('lists the parties in the actors file unless the rest is asked for, each with its role', () => {
    const dataset = validated();
    const parties = parseCsv(actorsCsv(dataset)).table;
    const role = parties.header.indexOf('role');
    expect(parties.rows.map((r) => r.cells[role])).toEqual(['party', 'party', 'party', 'party']);
    const all = parseCsv(actorsCsv(dataset, true)).table;
    const byId = new Map(all.rows.map((r) => [r.cells[0], r.cells[role]]));
    expect(byId.get('nato')).toBe('party');
    expect(byId.get('FRA')).toBe('member');
    expect(byId.get('MAR')).toBe('partner');
  });
});
