import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { say } from '../../src/core/messages';
import type { ImportClient } from '../../src/store/import-client';
import { createImportInlineClient } from '../../src/store/import-inline-client';
import type { ImportPhase } from '../../src/store/import-pipeline';
import { ROOT } from './helpers';

const FIXTURES = join(import.meta.dirname, 'fixtures/import');
const ASSETS = {
  englishNames: 'http://test/en.json',
  arabicNames: 'http://test/ar.json',
  countries: 'http://test/countries-50m.json',
};
const FILES: Record<string, string> = {
  'http://test/en.json': 'node_modules/i18n-iso-countries/langs/en.json',
  'http://test/ar.json': 'node_modules/i18n-iso-countries/langs/ar.json',
  'http://test/countries-50m.json': 'node_modules/world-atlas/countries-50m.json',
};
let fetches = 0;
const fetcher = (url: string) => {
  fetches++;
  const path = FILES[url];
  return Promise.resolve(
    path
      ? new Response(readFileSync(join(ROOT, path), 'utf8'))
      : new Response('missing', { status: 404 }),
  );
};

const bytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

async function opened(client: ImportClient, name: string, progress: [ImportPhase, number][] = []) {
  const result = await client.open(name, bytes(name), undefined, (phase, fraction) => {
    progress.push([phase, fraction]);
  });
  if (!result.ok) throw new Error(say(result.message));
  return result.preview;
}

describe('the import pipeline', () => {
  it('previews a CSV file: encoding, delimiter, columns guessed, first rows, progress', async () => {
    const client = createImportInlineClient(fetcher, ASSETS);
    const progress: [ImportPhase, number][] = [];
    const preview = await opened(client, 'links-windows-1256.csv', progress);
    expect(preview).toMatchObject({
      kind: 'csv',
      encoding: 'windows-1256',
      how: 'guessed',
      delimiter: ',',
      header: ['origin', 'dest', 'domains', 'status', 'date'],
      rows: 2,
      layout: 'links',
      linkMapping: { origin: 0, dest: 1, domains: 2, status: 3, date: 4 },
    });
    expect(preview.sample[0]?.[0]).toBe('الجزائر');
    expect(progress[0]).toEqual(['decoding', 0]);
    expect(progress.at(-1)).toEqual(['parsing', 1]);
  });

  it('reads the rows with the columns the user chose, placing actors with the gazetteer once', async () => {
    const client = createImportInlineClient(fetcher, ASSETS);
    const preview = await opened(client, 'links-bom.csv');
    fetches = 0;
    const result = await client.read(preview.id, preview.linkMapping, null, () => undefined);
    expect(result?.counts).toEqual({ rows: 7, kept: 2, rejected: 4, duplicates: 1 });
    expect(fetches).toBe(3);
    // The kept rows become a dataset that says what the file did not give.
    const dataset = result?.dataset;
    expect(dataset?.partnerships.map((p) => [p.parties, p.status, p.date])).toEqual([
      [['DZA', 'ESP'], 'talks-held', '2024-05-17'],
      [['EGY', 'nato'], 'intent-expressed', null],
    ]);
    const [first, second] = dataset?.partnerships ?? [];
    expect(first?.domains.map((d) => d.domain)).toEqual(['cybersecurity', 'counter-terrorism']);
    expect(first?.summary.en).toBe(
      'Imported from line 2 of links-bom.csv. The file gives no summary: what it gives is shown below.',
    );
    expect(first?.summary.ar).toMatch(/^مستورد من السطر 2 من links-bom\.csv/);
    const passage = dataset?.excerpts.find((e) => e.id === first?.statusExcerpts[0]);
    expect(passage).toMatchObject({
      text: 'The ministers discussed "cyber" threats,\nand terrorism.',
      translation: null,
      kind: 'report',
    });
    expect(dataset?.sources).toEqual([
      expect.objectContaining({
        id: passage?.source,
        file: null,
        url: 'https://example.org/a',
        subject: 'https://example.org/a',
        publisher: null,
        published: null,
        language: 'en',
      }),
    ]);
    // No passage and no source for the second row: cited as nothing, not filled in.
    expect([second?.statusExcerpts, second?.sources, second?.domains[0]?.excerpts]).toEqual([
      [],
      [],
      [],
    ]);
    expect(dataset?.actors.map((a) => [a.id, a.kind, a.anchor.kind, a.anchor.place.en])).toEqual([
      ['DZA', 'state', 'territory', 'Algeria'],
      ['ESP', 'state', 'territory', 'Spain'],
      ['EGY', 'state', 'territory', 'Egypt'],
      ['nato', 'organization', 'headquarters', 'Brussels'],
    ]);
    // The user says the first column is the destination: the links turn round.
    const swapped = await client.read(
      preview.id,
      { ...preview.linkMapping, origin: 1, dest: 0 },
      null,
      () => undefined,
    );
    expect(swapped?.dataset?.partnerships[0]?.parties).toEqual(['ESP', 'DZA']);
    expect(fetches).toBe(3);
  });

  it('takes places from a locations file opened beside the links', async () => {
    const client = createImportInlineClient(fetcher, ASSETS);
    const links = await opened(client, 'links-by-location.csv');
    const places = await opened(client, 'locations-latin1.csv');
    expect(places).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    const result = await client.read(
      links.id,
      links.linkMapping,
      { id: places.id, mapping: places.locationMapping },
      () => undefined,
    );
    // Places the locations file names become places of unknown kind, where it puts them.
    expect(
      result?.dataset?.actors.map((a) => [a.id, a.kind, a.anchor.kind, a.anchor.lat, a.name.en]),
    ).toEqual([
      ['alger', 'place', 'given', 36.75, 'Algérie (Alger)'],
      ['madrid', 'place', 'given', 40.42, 'España (Madrid)'],
      ['EGY', 'state', 'territory', expect.any(Number), 'Egypt'],
    ]);
    expect(result?.dataset?.domains.map((d) => [d.id, d.label.en, d.label.ar])).toEqual([
      ['not-given', 'Domain not given', 'المجال غير مذكور'],
    ]);
    // The locations file's own problem is in the report too.
    expect(result?.issues.map((i) => say(i.message))).toEqual(['has no latitude']);
  });

  it('recognises GeoJSON and our own dataset, and says what is wrong with a broken file', async () => {
    const client = createImportInlineClient(fetcher, ASSETS);
    const geojson = await opened(client, 'links.geojson');
    expect(geojson.kind).toBe('geojson');
    expect((await client.read(geojson.id, {}, null, () => undefined))?.counts.kept).toBe(2);
    const dataset = await client.open(
      'atlas.json',
      readFileSync(join(ROOT, 'data/atlas.json')),
      undefined,
      () => undefined,
    );
    expect(dataset.ok && dataset.preview.kind).toBe('dataset');
    const broken = await client.open(
      'broken.json',
      new TextEncoder().encode('{"type": '),
      undefined,
      () => undefined,
    );
    expect(!broken.ok && say(broken.message)).toMatch(/^is not valid JSON/);
    const empty = await client.open('empty.csv', new Uint8Array(), undefined, () => undefined);
    expect(!empty.ok && say(empty.message)).toBe('is empty: there is no header line');
  });

  it('forgets its files when cancelled', async () => {
    const client = createImportInlineClient(fetcher, ASSETS);
    const preview = await opened(client, 'od-kepler.csv');
    client.cancel();
    expect(await client.read(preview.id, preview.linkMapping, null, () => undefined)).toBeNull();
  });
});
