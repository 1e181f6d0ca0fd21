import { IDBFactory } from 'fake-indexeddb';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ArticleTarget } from '../../src/core/protocol';
import { defaultDeck, deckToJson } from '../../src/core/deck';
import { ATLAS_FILE_MANIFEST, readAtlasFile } from '../../src/data/atlas-file';
import { openDatasetLibrary } from '../../src/data/dataset-library';
import { createImportInlineClient } from '../../src/data/import-inline-client';
import { MAX_EXPANSION, packFiles, unzipChecked } from '../../src/data/repository-zip';
import { IMPORT_ASSETS, IMPORT_FILES, repositoryFetch, seedJson } from './helpers';

const SOURCES = ['sources/000_37cbfe5228b1c951.txt', 'sources/004_a350234f16e35166.txt'];
const fetcher = repositoryFetch({
  ...IMPORT_FILES,
  'http://test/data/atlas.json': 'data/atlas.json',
  ...Object.fromEntries(SOURCES.map((file) => [`http://test/data/${file}`, `data/${file}`])),
});
const SEED: ArticleTarget = {
  file: 'data/atlas.json',
  url: 'http://test/data/atlas.json',
  sourceUrls: {},
  title: 'Mediterranean security partnerships (seed)',
};
const client = () =>
  createImportInlineClient(fetcher, IMPORT_ASSETS, () =>
    openDatasetLibrary({ factory: new IDBFactory() }),
  );
const VIEW = '?d=counter-terrorism&p=dza-esp-2024';

describe('an atlas file', () => {
  it('carries the dataset with its source texts, the deck and the view, and opens as a stored dataset', async () => {
    const importer = client();
    const deck = deckToJson(defaultDeck('A briefing', { title: 'Overview', notes: '' }, []));
    const bytes = await importer.exportAtlasFile(SEED, deck, VIEW);
    if (!bytes) throw new Error('not written');
    const names = Object.keys(unzipSync(bytes)).sort();
    expect(names).toEqual([ATLAS_FILE_MANIFEST, 'atlas.json', 'deck.json', ...SOURCES].sort());
    const opened = await importer.openAtlasFile('seed.atlas.zip', bytes);
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    expect(opened.deck).toBe(deck);
    expect(opened.view).toBe(VIEW);
    expect(opened.info).toMatchObject({
      name: 'Mediterranean security partnerships (seed)',
      origin: 'seed.atlas.zip',
      partnerships: seedJson().partnerships.length,
    });
  });

  it('refuses a file from a newer version, one not ours and a damaged one, naming why', () => {
    const files = (manifest: unknown) => ({
      [ATLAS_FILE_MANIFEST]: strToU8(JSON.stringify(manifest)),
      'atlas.json': strToU8(JSON.stringify(seedJson())),
    });
    expect(
      readAtlasFile(zipSync(files({ format: 'partnership-atlas-file', version: 2, view: '' }))),
    ).toEqual({ ok: false, problem: { kind: 'newer', version: 2 } });
    expect(readAtlasFile(zipSync(files({ format: 'kepler.gl', version: 1 })))).toMatchObject({
      ok: false,
      problem: { kind: 'not-ours' },
    });
    expect(
      readAtlasFile(zipSync({ 'atlas.json': strToU8(JSON.stringify(seedJson())) })),
    ).toMatchObject({ ok: false, problem: { kind: 'not-ours', why: 'it has no atlas-file.json' } });
    const broken = zipSync({
      [ATLAS_FILE_MANIFEST]: strToU8(
        '{"format": "partnership-atlas-file", "version": 1, "view": ""}',
      ),
      'atlas.json': strToU8('{"partnerships": ['),
    });
    expect(readAtlasFile(broken)).toMatchObject({ ok: false, problem: { kind: 'damaged' } });
    expect(readAtlasFile(strToU8('not a zip at all'))).toMatchObject({
      ok: false,
      problem: { kind: 'not-zip' },
    });
  });

  it('refuses a dataset whose excerpts are not in its texts, with located problems, keeping nothing', async () => {
    const importer = client();
    const bytes = await importer.exportAtlasFile(SEED, null, '');
    if (!bytes) throw new Error('not written');
    const entries = unzipSync(bytes);
    entries[SOURCES[0] as string] = strToU8('Another text altogether.');
    const opened = await importer.openAtlasFile('edited.atlas.zip', zipSync(entries));
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.message).toEqual({
      key: 'atlasFile.invalid',
      params: { file: 'edited.atlas.zip' },
    });
    expect(opened.issues.length).toBeGreaterThan(0);
    expect(opened.issues[0]?.file).toBe('edited.atlas.zip: atlas.json');
  });
});

describe('zip bombs', () => {
  it('are refused before unpacking: more than ten times the packed size', () => {
    const bomb = zipSync({ 'atlas.json': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    const read = unzipChecked(bomb);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.why).toMatch(/expand more than 10 times/);
  });

  it('are refused when the directory declares more than 500 MB, whatever the packed size', () => {
    const zip = zipSync({ 'atlas.json': [strToU8('{}'), { level: 0 }] });
    // The central directory's "uncompressed size" of the one entry, set to 600 MB.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = zip.length - 22;
    const directory = view.getUint32(end + 16, true);
    view.setUint32(directory + 24, 600 * 1024 * 1024, true);
    const read = unzipChecked(zip);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.why).toMatch(/more than 500\.0 MB/);
  });

  it('our own files never trip the limit: a regular dataset that packs twelvefold is kept partly unpacked', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      id: `p-${i}`,
      parties: ['DZA', 'ESP'],
    }));
    const big = strToU8(JSON.stringify({ partnerships: rows }));
    const packed = packFiles({ 'atlas.json': big, 'sources/a.txt': strToU8('text') });
    expect(big.length / packed.length).toBeLessThanOrEqual(MAX_EXPANSION);
    expect(unzipChecked(packed).ok).toBe(true);
  });
});
