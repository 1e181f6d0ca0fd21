import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/messages';

const { say } = translator('en');
import { IDBFactory } from 'fake-indexeddb';
import type { Dataset } from '../../src/core/types';
import { openDatasetLibrary } from '../../src/data/dataset-library';
import { DatasetPipeline } from '../../src/data/dataset-pipeline';
import type { ImportClient } from '../../src/core/protocol';
import { createImportInlineClient as createInline } from '../../src/data/import-inline-client';
import type { ImportPhase } from '../../src/core/protocol';
import { IMPORT_ASSETS, repositoryFetch, ROOT } from './helpers';

const FIXTURES = join(import.meta.dirname, 'fixtures/import');
const ASSETS = IMPORT_ASSETS;
const fetcher = repositoryFetch();

/** An inline client that keeps its datasets in a fresh in-memory IndexedDB. */
function createImportInlineClient(fetcher_: typeof fetcher, assets: typeof ASSETS) {
  const library = openDatasetLibrary({ factory: new IDBFactory() });
  const client = createInline(fetcher_, assets, () => library);
  /** Keeps the last read of a file, as the import's last button does, and reads it back. */
  const kept = async (id: number): Promise<Dataset> => {
    const info = await client.save(id, 'test', 'test.csv');
    const entry = await (await library).get(info.id);
    return entry?.dataset as Dataset;
  };
  return Object.assign(client, { kept });
}

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
    fetcher.calls = 0;
    const result = await client.read(preview.id, preview.linkMapping, null, () => undefined);
    expect(result?.counts).toEqual({ rows: 7, kept: 2, rejected: 4, duplicates: 1 });
    expect(fetcher.calls).toBe(3);
    // The kept rows become a dataset that says what the file did not give.
    expect(result?.partnerships).toBe(2);
    const dataset = await client.kept(preview.id);
    expect(dataset.partnerships.map((p) => [p.parties, p.status, p.date])).toEqual([
      [['DZA', 'ESP'], 'talks-held', '2024-05-17'],
      [['EGY', 'nato'], 'intent-expressed', null],
    ]);
    const [first, second] = dataset.partnerships;
    expect(first?.domains.map((d) => d.domain)).toEqual(['cybersecurity', 'counter-terrorism']);
    expect(first?.summary.en).toBe(
      'Imported from line 2 of links-bom.csv. The file gives no summary: what it gives is shown below.',
    );
    expect(first?.summary.ar).toMatch(/^مستورد من السطر 2 من links-bom\.csv/);
    const passage = dataset.excerpts.find((e) => e.id === first?.statusExcerpts[0]);
    expect(passage).toMatchObject({
      text: 'The ministers discussed "cyber" threats,\nand terrorism.',
      translation: null,
      kind: 'report',
    });
    expect(dataset.sources).toEqual([
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
    expect(dataset.actors.map((a) => [a.id, a.kind, a.anchor.kind, a.anchor.place.en])).toEqual([
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
    expect(swapped?.partnerships).toBe(2);
    expect((await client.kept(preview.id)).partnerships[0]?.parties).toEqual(['ESP', 'DZA']);
    expect(fetcher.calls).toBe(3);
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
      (await client.kept(links.id)).actors.map((a) => [
        a.id,
        a.kind,
        a.anchor.kind,
        a.anchor.lat,
        a.name.en,
      ]),
    ).toEqual([
      ['alger', 'place', 'given', 36.75, 'Algérie (Alger)'],
      ['madrid', 'place', 'given', 40.42, 'España (Madrid)'],
      ['EGY', 'state', 'territory', expect.any(Number), 'Egypt'],
    ]);
    expect(
      (await client.kept(links.id)).domains.map((d) => [d.id, d.label.en, d.label.ar]),
    ).toEqual([['not-given', 'Domain not given', 'المجال غير مذكور']]);
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

  it('keeps the dataset in the library, where the data pipeline reads it; writes the full report', async () => {
    const library = openDatasetLibrary({ factory: new IDBFactory() });
    const client = createInline(fetcher, ASSETS, () => library);
    const preview = await opened(client, 'links-bom.csv');
    const outcome = await client.read(preview.id, preview.linkMapping, null, () => undefined);
    expect([outcome?.issues.length, outcome?.issueCount]).toEqual([6, 6]);
    const report = await client.report(preview.id, 'en');
    expect(report?.split('\r\n').slice(0, 2)).toEqual([
      'Line,Column,Value,Problem',
      '7,,,repeats line 2 exactly; left out',
    ]);
    const info = await client.save(preview.id, 'My links', 'links-bom.csv');
    expect(info).toMatchObject({ name: 'My links', origin: 'links-bom.csv', partnerships: 2 });
    const pipeline = new DatasetPipeline(fetcher, undefined, () => library);
    const loaded = await pipeline.load({ file: 'My links', stored: info.id }, () => undefined);
    expect(loaded.ok && [loaded.summary.title, loaded.summary.links.ids.length]).toEqual([
      { en: 'My links', ar: 'My links' },
      2,
    ]);
    const gone = await pipeline.load({ file: 'Gone', stored: 'no-such-id' }, () => undefined);
    expect(!gone.ok && gone.issues.map((i) => say(i.message))).toEqual([
      'The imported dataset shown last time is no longer kept in this browser; the seed data is shown instead.',
    ]);
  });

  it('forgets its files when cancelled', async () => {
    const client = createImportInlineClient(fetcher, ASSETS);
    const preview = await opened(client, 'od-kepler.csv');
    client.cancel();
    expect(await client.read(preview.id, preview.linkMapping, null, () => undefined)).toBeNull();
  });
});
