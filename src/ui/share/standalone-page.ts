/**
 * Saving a standalone page (Share): the site's shell filled with the atlas file and the basemap at
 * the scales its views use, gzipped by the browser's own CompressionStream (no zip code in the
 * page). Part of the share dialog's chunk.
 */
import arabicNamesUrl from 'i18n-iso-countries/langs/ar.json?url';
import countries10mUrl from 'world-atlas/countries-10m.json?url';
import countries110mUrl from 'world-atlas/countries-110m.json?url';
import countries50mUrl from 'world-atlas/countries-50m.json?url';
import type { BasemapScale } from '../../core/basemap';
import {
  bytesToBase64,
  fillStandaloneShell,
  STANDALONE_FORMAT,
  STANDALONE_VERSION,
  type StandaloneContents,
} from '../../core/standalone';

const COUNTRIES: Record<BasemapScale, string> = {
  '110m': countries110mUrl,
  '50m': countries50mUrl,
  '10m': countries10mUrl,
};

/** The shell the build writes beside `index.html` (vite.config.ts, `standaloneShell`). */
const SHELL = `${import.meta.env.BASE_URL}standalone-shell.html`;

/** Thrown when a file the page needs is not on the site, with its address. */
async function fetched(url: string): Promise<Response> {
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/** A stream's bytes gzipped (by the browser), in base64. */
async function gzipBase64(body: ReadableStream<Uint8Array>): Promise<string> {
  // TypeScript's DOM types see the stream's writable side as taking any BufferSource.
  const gzip = new CompressionStream('gzip') as unknown as ReadableWritablePair<
    Uint8Array,
    Uint8Array
  >;
  const gzipped = new Response(body.pipeThrough(gzip));
  return bytesToBase64(new Uint8Array(await gzipped.arrayBuffer()));
}

/** A file of the site, gzipped, in base64. */
const fileGzipBase64 = async (url: string) =>
  gzipBase64((await fetched(url)).body as ReadableStream<Uint8Array>);

/** The standalone page's text for an atlas file. */
export async function standalonePage(options: {
  atlasFile: Uint8Array;
  scales: readonly BasemapScale[];
  title: string;
  language: 'en' | 'ar';
}): Promise<string> {
  if (import.meta.env.DEV) {
    // The dev server builds no shell: it is the production build's (vite.config.ts).
    throw new Error(
      'a standalone page is made from the production build: npm run build, then npm run preview',
    );
  }
  const shell = fetched(SHELL).then((response) => response.text());
  const basemaps: StandaloneContents['basemaps'] = {};
  await Promise.all(
    options.scales.map(async (scale) => {
      basemaps[scale] = await fileGzipBase64(COUNTRIES[scale]);
    }),
  );
  const contents: StandaloneContents = {
    format: STANDALONE_FORMAT,
    version: STANDALONE_VERSION,
    // Gzipped too: an atlas file stores a large dataset's JSON as it is (zip-bomb limits).
    atlasFile: await gzipBase64(new Blob([options.atlasFile.slice().buffer]).stream()),
    basemaps,
    arabicNames: await fileGzipBase64(arabicNamesUrl),
    saved: new Date().toISOString(),
  };
  return fillStandaloneShell(await shell, contents, options);
}
