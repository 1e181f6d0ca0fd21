/** Shared fixtures for unit tests: the seed dataset as files on disk, and ways to break it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/core/types';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DATA = join(ROOT, 'data');

export function readData(path: string): string {
  return readFileSync(join(DATA, path), 'utf8');
}

/** The seed dataset as parsed JSON (not validated), a fresh copy each call. */
export function seedJson(): Dataset {
  return JSON.parse(readData('atlas.json')) as Dataset;
}

/** The text of every source the seed names, keyed as the dataset names them. */
export function seedSourceTexts(): Map<string, string | undefined> {
  return new Map(seedJson().sources.map((s) => [fileOf(s), readData(fileOf(s))]));
}

/** A curated source's text file (curated sources always have one). */
export function fileOf(source: { id: string; file: string | null }): string {
  if (source.file === null) throw new Error(`source ${source.id} has no file`);
  return source.file;
}

/** A fetch that serves files under data/ from http://test/data/…; anything else is a 404. */
export function diskFetch(overrides: Record<string, string> = {}) {
  return (url: string): Promise<Response> => {
    if (url in overrides) return Promise.resolve(new Response(overrides[url]));
    const { pathname } = new URL(url);
    try {
      if (!pathname.startsWith('/data/')) throw new Error('outside data/');
      return Promise.resolve(new Response(readData(pathname.slice('/data/'.length))));
    } catch {
      return Promise.resolve(new Response('missing', { status: 404, statusText: 'Not Found' }));
    }
  };
}

/** Where the seed dataset is, for `diskFetch`. */
export const SEED_LOCATION = {
  file: 'data/atlas.json',
  url: 'http://test/data/atlas.json',
  sourceUrls: {},
} as const;

/**
 * The seed with two more partnerships: a second, signed Algeria–Spain agreement on demining (a
 * pair with two links) and an Egypt–Spain copy of the first (a third pair).
 */
export function seedWithMoreLinks(): Dataset {
  const dataset = seedJson();
  const first = dataset.partnerships[0];
  if (!first) throw new Error('fixture');
  dataset.partnerships.push(
    {
      ...structuredClone(first),
      id: 'esp-dza-second',
      parties: ['ESP', 'DZA'],
      status: 'agreement-signed',
      domains: [{ domain: 'demining', excerpts: ['dz-es-lead'] }],
    },
    { ...structuredClone(first), id: 'egy-esp', parties: ['EGY', 'ESP'] },
  );
  return dataset;
}

/** The import worker's reference files, served from the repository at made-up addresses. */
export const IMPORT_ASSETS = {
  englishNames: 'http://test/en.json',
  arabicNames: 'http://test/ar.json',
  countries: 'http://test/countries-50m.json',
  ingestNames: 'http://test/ingest/actors.json',
  ingestLexicon: 'http://test/ingest/lexicon.json',
  cowStates: 'http://test/import/cow-states.json',
};

/** Repository paths behind those addresses (and any more a test adds). */
export const IMPORT_FILES: Readonly<Record<string, string>> = {
  'http://test/en.json': 'node_modules/i18n-iso-countries/langs/en.json',
  'http://test/ar.json': 'node_modules/i18n-iso-countries/langs/ar.json',
  'http://test/countries-50m.json': 'node_modules/world-atlas/countries-50m.json',
  'http://test/ingest/actors.json': 'data/ingest/actors.json',
  'http://test/ingest/lexicon.json': 'data/ingest/lexicon.json',
  'http://test/import/cow-states.json': 'data/import/cow-states.json',
};

/** A fetch that answers from repository files by address, 404 otherwise; counts its calls. */
export function repositoryFetch(files: Readonly<Record<string, string>> = IMPORT_FILES) {
  const fetcher = (url: string) => {
    fetcher.calls++;
    const path = files[url];
    return Promise.resolve(
      path
        ? new Response(readFileSync(join(ROOT, path), 'utf8'))
        : new Response('missing', { status: 404 }),
    );
  };
  fetcher.calls = 0;
  return fetcher;
}
