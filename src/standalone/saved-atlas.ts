/**
 * What a standalone page carries, served to the dataset pipeline as if fetched and stored: its
 * atlas file as the one dataset of a read-only library, the basemap's files and the Arabic country
 * names under made-up addresses that nothing else could ask for.
 */
import type { BasemapScale } from '../core/basemap';
import type { Fetch } from '../core/protocol';
import { base64ToBytes, BASEMAP_SCALES, type StandaloneContents } from '../core/standalone';
import type { DatasetLibrary, StoredDataset } from '../data/dataset-library';

/** The address of a saved basemap scale, as the pipeline is asked to fetch it. */
export const countriesAddress = (scale: BasemapScale) => `standalone:countries-${scale}.json`;
export const ARABIC_NAMES_ADDRESS = 'standalone:arabic-names.json';

/** The saved scales, coarsest first. */
export const savedScales = (contents: StandaloneContents): BasemapScale[] =>
  BASEMAP_SCALES.filter((scale) => contents.basemaps[scale] !== undefined);

/** Gzipped bytes in base64, unzipped by the browser as they are read; throws if not base64. */
export function gunzipped(base64: string): Response {
  // TypeScript's DOM types see the stream's writable side as taking any BufferSource.
  const gunzip = new DecompressionStream('gzip') as unknown as ReadableWritablePair<
    Uint8Array,
    Uint8Array
  >;
  const bytes = base64ToBytes(base64);
  return new Response(new Blob([bytes.slice().buffer]).stream().pipeThrough(gunzip));
}

/** Serves the page's gzipped files; anything else is not in the page. */
export function savedFiles(contents: StandaloneContents): Fetch {
  const files = new Map<string, string>([[ARABIC_NAMES_ADDRESS, contents.arabicNames]]);
  for (const scale of savedScales(contents)) {
    files.set(countriesAddress(scale), contents.basemaps[scale] ?? '');
  }
  return (url) => {
    const file = files.get(url);
    return Promise.resolve(
      file === undefined
        ? new Response(null, { status: 404, statusText: 'not in this page' })
        : gunzipped(file),
    );
  };
}

const readOnly = () => Promise.reject(new Error('a standalone page is read-only'));

/** A library holding the page's one dataset, which nothing can change. */
export function savedLibrary(entry: StoredDataset): DatasetLibrary {
  const { id, name, origin, created, updated, partnerships } = entry;
  const info = { id, name, origin, created, updated, partnerships };
  return {
    list: () => Promise.resolve([info]),
    get: (id) => Promise.resolve(id === entry.id ? entry : null),
    add: readOnly,
    rename: readOnly,
    replace: readOnly,
    remove: readOnly,
    close: () => undefined,
  };
}
