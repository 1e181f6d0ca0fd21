import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  fillStandaloneShell,
  nearestScale,
  readStandaloneContents,
  STANDALONE_FORMAT,
  STANDALONE_SLOT,
  STANDALONE_VERSION,
  standaloneScales,
  type StandaloneContents,
} from '../../src/core/standalone';
import type { Dataset } from '../../src/core/types';
import { atlasFile, readAtlasFile } from '../../src/data/atlas-file';
import { createInlineClient } from '../../src/data/inline-client';
import {
  ARABIC_NAMES_ADDRESS,
  countriesAddress,
  gunzipped,
  savedFiles,
  savedLibrary,
} from '../../src/standalone/saved-atlas';

const SEED = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as Dataset;
const SOURCES = Object.fromEntries(
  SEED.sources.flatMap((s) => (s.file ? [[s.file, readFileSync(`data/${s.file}`, 'utf8')]] : [])),
);
const gzipBase64 = (text: string) => bytesToBase64(new Uint8Array(gzipSync(text)));

/** A page's contents as Share writes them, with the smallest basemap. */
function contents(overrides: Partial<StandaloneContents> = {}): StandaloneContents {
  return {
    format: STANDALONE_FORMAT,
    version: STANDALONE_VERSION,
    atlasFile: bytesToBase64(
      new Uint8Array(
        gzipSync(
          atlasFile({ dataset: SEED, sources: SOURCES, deck: null, view: '?p=dza-esp-2024' }),
        ),
      ),
    ),
    basemaps: {
      '110m': gzipBase64(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')),
    },
    arabicNames: gzipBase64(readFileSync('node_modules/i18n-iso-countries/langs/ar.json', 'utf8')),
    saved: '2026-12-03T06:00:00.000Z',
    ...overrides,
  };
}

const SHELL = `<!doctype html>\n<html lang="en" dir="ltr"><head><title>Partnership Atlas</title></head><body>${STANDALONE_SLOT}<script type="module">const id = 'atlas-standalone';</script></body></html>`;

/** The slot's text in a filled page. */
const slotText = (page: string) => {
  const open = STANDALONE_SLOT.replace('</script>', '');
  const at = page.indexOf(open) + open.length;
  return page.slice(at, page.indexOf('</script>', at));
};

describe('a standalone page', () => {
  it('saves the two small scales always, and the 1:10m one only for a view zoomed in that far', () => {
    expect(standaloneScales([])).toEqual(['110m', '50m']);
    expect(standaloneScales([3.67, Number.NaN, 1])).toEqual(['110m', '50m']);
    expect(standaloneScales([3.67, 6.2])).toEqual(['110m', '50m', '10m']);
  });

  it('stands in the nearest saved scale for one it lacks, the finer of two as near', () => {
    expect(nearestScale('10m', ['110m', '50m'])).toBe('50m');
    expect(nearestScale('110m', ['50m', '10m'])).toBe('50m');
    expect(nearestScale('50m', ['110m', '10m'])).toBe('10m');
    expect(nearestScale('50m', ['50m'])).toBe('50m');
    expect(nearestScale('50m', [])).toBeNull();
  });

  it('writes bytes as base64 and reads them back, as Node writes it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
      { numRuns: 40 },
    );
    expect(() => base64ToBytes('not base64!')).toThrow();
  });

  it('fills the shell’s one slot so that no text can end it early, titled and in the language', () => {
    const hostile = contents({ saved: '</script><script>alert(1)</script><!--' });
    const page = fillStandaloneShell(SHELL, hostile, {
      title: 'Gulf <ties> & "more" $&',
      language: 'ar',
    });
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('<title>Gulf &lt;ties&gt; &amp; &quot;more&quot; $&amp;</title>');
    const text = slotText(page);
    expect(text).not.toContain('<');
    const read = readStandaloneContents(text);
    expect(read).toEqual({ ok: true, contents: hostile });
    // The script after the slot is untouched.
    expect(page).toContain(`<script type="module">const id = 'atlas-standalone';</script>`);
  });

  it('refuses a shell without its slot, or with two', () => {
    const page = { title: 'x', language: 'en' as const };
    expect(() => fillStandaloneShell('<html><title>x</title></html>', contents(), page)).toThrow(
      /no single slot/,
    );
    expect(() =>
      fillStandaloneShell(SHELL.replace('</body>', `${STANDALONE_SLOT}</body>`), contents(), page),
    ).toThrow(/no single slot/);
  });

  it('says why a page cannot be shown: empty, damaged, not ours, newer or lacking a part', () => {
    const why = (text: string) => {
      const read = readStandaloneContents(text);
      return read.ok ? null : read.why;
    };
    expect(why('')).toBe('the page carries no atlas');
    expect(why('{"format":')).toMatch(/^its atlas is damaged/);
    expect(why('[1]')).toMatch(/names the format null/);
    expect(why(JSON.stringify({ ...contents(), format: 'kepler.gl' }))).toMatch(/"kepler.gl"/);
    expect(why(JSON.stringify({ ...contents(), version: STANDALONE_VERSION + 1 }))).toMatch(
      /newer version \(2\)/,
    );
    expect(why(JSON.stringify({ ...contents(), arabicNames: undefined }))).toBe(
      'its atlas lacks "arabicNames"',
    );
    expect(why(JSON.stringify({ ...contents(), basemaps: { '1m': 'x' } }))).toMatch(/basemaps/);
  });

  it('serves the pipeline its dataset with the title in both languages, its excerpts checked, and the saved basemap', async () => {
    const page = contents();
    const atlas = readAtlasFile(new Uint8Array(await gunzipped(page.atlasFile).arrayBuffer()));
    if (!atlas.ok) throw new Error('the atlas file does not read');
    const library = savedLibrary({
      id: 'standalone',
      name: SEED.title.en,
      origin: 'standalone page',
      created: page.saved,
      updated: page.saved,
      partnerships: 0,
      dataset: atlas.json,
      sources: atlas.sources,
    });
    const client = createInlineClient(savedFiles(page), () => Promise.resolve(library));
    const loaded = await client.load(
      { file: SEED.title.en, stored: 'standalone' },
      () => undefined,
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    expect(loaded.summary.title).toEqual(SEED.title);
    expect(loaded.summary.links.ids.length).toBe(SEED.partnerships.length);
    const basemap = await client.basemap({
      countries: countriesAddress('110m'),
      arabicNames: ARABIC_NAMES_ADDRESS,
      key: '110m',
    });
    expect(basemap.countries).toMatchObject({ type: 'FeatureCollection' });
    await expect(
      client.basemap({
        countries: countriesAddress('10m'),
        arabicNames: ARABIC_NAMES_ADDRESS,
        key: '10m',
      }),
    ).rejects.toThrow(/404/);
    await expect(library.add({} as never)).rejects.toThrow(/read-only/);
    expect(await library.list()).toEqual([
      expect.objectContaining({ id: 'standalone', name: SEED.title.en }),
    ]);
  });
});
