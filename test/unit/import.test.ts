import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import englishNames from 'i18n-iso-countries/langs/en.json';
import arabicNames from 'i18n-iso-countries/langs/ar.json';
import countries50m from 'world-atlas/countries-50m.json';
import { describe, expect, it } from 'vitest';
import { countryLabelPoints, isCountriesTopology } from '../../src/core/basemap';
import { translator } from '../../src/core/messages';

const { say } = translator('en');
import { parseCsv, writeCsv } from '../../src/core/import/csv';
import { decodeBytes, guessSingleByte } from '../../src/core/import/decode';
import { createGazetteer, pointsFromLabels } from '../../src/core/import/gazetteer';
import { readGeoJson } from '../../src/core/import/geojson';
import {
  guessLinkMapping,
  guessLocationMapping,
  issuesCsv,
  readDate,
  readLinks,
  readLocations,
  readNumber,
  splitDomains,
  type RowIssue,
} from '../../src/core/import/links-table';

const FIXTURES = join(import.meta.dirname, 'fixtures/import');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

if (!isCountriesTopology(countries50m)) throw new Error('world-atlas 50m is not a topology');
const gazetteer = createGazetteer({
  english: englishNames.countries,
  arabic: arabicNames.countries,
  pointOf: pointsFromLabels(countryLabelPoints(countries50m)),
});

/** Issues as "line column: message", to compare whole reports at once. */
const lines = (issues: readonly RowIssue[]) =>
  issues.map((issue) => `${issue.line} ${issue.column}: ${say(issue.message)}`);

describe('decoding the bytes of a file', () => {
  it('reads UTF-8 with a byte-order mark, and drops the mark', () => {
    const decoded = decodeBytes(fixture('links-bom.csv'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', bom: true, how: 'bom' });
    expect(decoded.text.startsWith('Origin,')).toBe(true);
  });

  it('recognises the Windows-1256 that Arabic Excel writes', () => {
    const decoded = decodeBytes(fixture('links-windows-1256.csv'));
    expect(decoded).toMatchObject({ encoding: 'windows-1256', how: 'guessed' });
    expect(decoded.text).toContain('الجزائر,إسبانيا,الأمن السيبراني;مكافحة الإرهاب');
  });

  it('recognises Latin-1 with accented letters alone between ASCII', () => {
    const decoded = decodeBytes(fixture('locations-latin1.csv'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Algérie (Alger)');
    expect(decoded.text).toContain('Île fantôme');
  });

  it('reads UTF-16 by its mark, valid UTF-8 as UTF-8, and any encoding the user picks', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x2c, 0x00, 0x28, 0x06]);
    expect(decodeBytes(utf16)).toMatchObject({ text: 'A,ب', encoding: 'utf-16le', bom: true });
    expect(decodeBytes(new TextEncoder().encode('مصر'))).toMatchObject({
      text: 'مصر',
      how: 'valid',
    });
    const bytes = fixture('links-windows-1256.csv');
    expect(decodeBytes(bytes, 'windows-1252')).toMatchObject({ how: 'chosen' });
    expect(decodeBytes(bytes, 'windows-1252').text).not.toContain('الجزائر');
    // A byte Windows-1252 leaves undefined settles it.
    expect(guessSingleByte(Uint8Array.from([0x41, 0x81, 0x42]))).toBe('windows-1256');
  });
});

describe('reading CSV', () => {
  it('handles CRLF, quotes holding commas, quotes and line breaks, and empty lines', () => {
    const { table, problems } = parseCsv(decodeBytes(fixture('links-bom.csv')).text);
    expect(problems).toEqual([]);
    expect(table.header).toEqual([
      'Origin',
      'Dest',
      'Domains',
      'Status',
      'Date',
      'Source',
      'Excerpt',
    ]);
    expect(table.rows).toHaveLength(7);
    expect(table.rows[0]?.cells[6]).toBe(
      'The ministers discussed "cyber" threats,\nand terrorism.',
    );
    // Each row keeps the line it starts on: the quoted break and the empty lines count.
    expect(table.rows.map((row) => row.line)).toEqual([2, 5, 7, 9, 10, 11, 12]);
  });

  it('guesses the delimiter and reports rows of the wrong length and open quotes', () => {
    expect(parseCsv('a;b\n1;2\n').table.delimiter).toBe(';');
    expect(parseCsv('a\tb\n1\t2\n').table.delimiter).toBe('\t');
    const { table, problems } = parseCsv('a,b,c\n1,2\n1,2,3,4\n"open,5,6\n');
    expect(table.rows).toHaveLength(3);
    expect(problems).toEqual([
      { line: 4, kind: 'unclosedQuote' },
      { line: 2, kind: 'cellCount', found: 2, expected: 3 },
      { line: 3, kind: 'cellCount', found: 4, expected: 3 },
      { line: 4, kind: 'cellCount', found: 1, expected: 3 },
    ]);
  });

  it('writes what it reads back unchanged', () => {
    const rows = [
      ['origin', 'excerpt'],
      ['DZA', 'قال: "نعم"، ثم،\nأضاف'],
      ['ESP', ' padded '],
    ];
    const { table } = parseCsv(writeCsv(rows));
    // Unquoted cells are trimmed when read; the writer quotes padded ones, so padding survives.
    expect([table.header, ...table.rows.map((r) => r.cells)]).toEqual(rows);
  });

  it('reads 50 MB in one pass, reporting progress', () => {
    const row =
      'DZA,ESP,cybersecurity;counter-terrorism,talks-held,2024-05-17,"quoted, with comma"\n';
    const text =
      'origin,dest,domains,status,date,excerpt\n' + row.repeat(Math.ceil(50e6 / row.length));
    const reports: number[] = [];
    const started = performance.now();
    const { table } = parseCsv(text, { onProgress: (f) => reports.push(f) });
    const elapsed = performance.now() - started;
    expect(table.rows.length).toBeGreaterThan(550_000);
    expect(reports.length).toBeGreaterThan(100);
    expect(reports.at(-1)).toBe(1);
    expect(reports).toEqual([...reports].sort((a, b) => a - b));
    // Generous: the point is that it is linear, not quadratic (this machine: about 2 s).
    expect(elapsed).toBeLessThan(20_000);
  }, 60_000);
});

describe('the gazetteer', () => {
  it('finds states by ISO code of any kind and by English or Arabic name', () => {
    for (const value of ['DZ', 'dza', '012', '12', 'Algeria', 'الجزائر', 'الجزاير']) {
      const found = gazetteer.resolve(value);
      expect(found.ok && found.entry.id, value).toBe('DZA');
    }
    const spain = gazetteer.resolve('إسبانيا');
    expect(spain.ok && spain.entry.point).toEqual(expect.arrayContaining([expect.any(Number)]));
  });

  it('places organizations at their headquarters', () => {
    const nato = gazetteer.resolve('حلف شمال الأطلسي');
    expect(nato.ok && nato.entry).toMatchObject({
      id: 'nato',
      placedAt: 'headquarters',
      place: { en: 'Brussels' },
    });
    const league = gazetteer.resolve('Arab League');
    expect(league.ok && league.entry.place?.ar).toBe('القاهرة');
  });

  it('lists what is ambiguous or unknown, and never guesses', () => {
    const congo = gazetteer.resolve('Congo');
    expect(congo.ok).toBe(false);
    expect(
      !congo.ok && congo.reason === 'ambiguous' && congo.candidates.map((c) => c.id).sort(),
    ).toEqual(['COD', 'COG']);
    // "AU": Australia's code and the African Union's acronym.
    const au = gazetteer.resolve('AU');
    expect(!au.ok && au.reason).toBe('ambiguous');
    expect(gazetteer.resolve('Atlantis')).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('a links table with the gazetteer', () => {
  it('keeps the good rows and reports every bad one by line and column', () => {
    const { table, problems } = parseCsv(decodeBytes(fixture('links-bom.csv')).text);
    const { mapping, layout } = guessLinkMapping(table.header);
    expect(layout).toBe('links');
    expect(mapping).toMatchObject({
      origin: 0,
      dest: 1,
      domains: 2,
      status: 3,
      date: 4,
      source: 5,
      excerpt: 6,
    });
    const result = readLinks(table, mapping, { gazetteer, csvProblems: problems });
    expect(result.counts).toEqual({ rows: 7, kept: 2, rejected: 4, duplicates: 1 });
    expect(result.links.map((l) => l.parties.map((p) => p.key))).toEqual([
      ['DZA', 'ESP'],
      ['EGY', 'nato'],
    ]);
    expect(result.links[0]).toMatchObject({
      domains: ['cybersecurity', 'counter-terrorism'],
      status: 'talks-held',
      date: '2024-05-17',
      source: 'https://example.org/a',
    });
    expect(lines(result.issues)).toEqual([
      '7 : repeats line 2 exactly; left out',
      '9 Origin: “Congo” could be any of: Democratic Republic of the Congo (COD), Republic of the Congo (COG); write its ISO code instead',
      '10 Origin: “Atlantis” is in neither the locations file nor the gazetteer; give its coordinates in a locations file',
      '11 Dest: names the same actor at both ends',
      '12 Status: is not a status this atlas knows (talks-held, intent-expressed, agreement-signed, renewed, suspended, ended)',
      '12 Date: is not a date: write it YYYY-MM-DD, YYYY-MM or YYYY',
    ]);
  });

  it('reads Arabic names from a Windows-1256 file, with either separator between domains', () => {
    const { table } = parseCsv(decodeBytes(fixture('links-windows-1256.csv')).text);
    const result = readLinks(table, guessLinkMapping(table.header).mapping, { gazetteer });
    expect(result.issues).toEqual([]);
    expect(result.links.map((l) => [l.parties[0].key, l.parties[1].key, l.domains])).toEqual([
      ['DZA', 'ESP', ['الأمن السيبراني', 'مكافحة الإرهاب']],
      ['EGY', 'nato', ['مكافحة الإرهاب', 'إزالة الألغام']],
    ]);
  });

  it('finds actors in a locations file first (Latin-1, semicolons, decimal commas)', () => {
    const locations = parseCsv(decodeBytes(fixture('locations-latin1.csv')).text).table;
    const read = readLocations(locations, guessLocationMapping(locations.header));
    expect(lines(read.issues)).toEqual(['4 lat: has no latitude']);
    const links = parseCsv(decodeBytes(fixture('links-by-location.csv')).text).table;
    const result = readLinks(links, guessLinkMapping(links.header).mapping, {
      gazetteer,
      locations: read.places,
    });
    expect(result.issues).toEqual([]);
    expect(result.links[0]?.parties.map((p) => [p.name, p.point, p.placedBy])).toEqual([
      ['Algérie (Alger)', [3.06, 36.75], 'locations'],
      ['España (Madrid)', [-3.7, 40.42], 'locations'],
    ]);
    // Not in the locations file: the gazetteer places it.
    expect(result.links[1]?.parties[1]).toMatchObject({ key: 'EGY', placedBy: 'gazetteer' });
  });
});

describe('an origin–destination table (kepler.gl)', () => {
  it('takes coordinates from each row and reports swapped or impossible ones', () => {
    const { table } = parseCsv(decodeBytes(fixture('od-kepler.csv')).text);
    const { mapping, layout } = guessLinkMapping(table.header);
    expect(layout).toBe('od');
    const result = readLinks(table, mapping, { gazetteer: null });
    expect(result.links.map((l) => l.parties.map((p) => p.name))).toEqual([
      ['Algiers', 'Madrid'],
      ['Cairo', 'Brussels'],
    ]);
    expect(result.links[0]?.parties[0].point).toEqual([3.06, 36.75]);
    expect(lines(result.issues)).toEqual([
      '4 source_lat: is not a latitude (it must be between -90 and 90); the latitude and longitude columns look swapped',
      '5 source_lng: is not a longitude: it must be between -180 and 180',
    ]);
    expect(result.issues[0]?.value).toBe('116.41');
  });
});

describe('cells', () => {
  it('reads dates, numbers and domain lists as spreadsheets write them', () => {
    expect(['2024-05-17', '2024-05', '2024'].map(readDate)).toEqual([
      '2024-05-17',
      '2024-05',
      '2024',
    ]);
    expect(['2024-02-30', '17/05/2024', '2024-13'].map(readDate)).toEqual([null, null, null]);
    expect(['36.75', '36,75', '-3.7', '+1', '.5', '1e3', 'abc', ''].map(readNumber)).toEqual([
      36.75,
      36.75,
      -3.7,
      1,
      0.5,
      null,
      null,
      null,
    ]);
    expect(splitDomains(' cyber ; Cyber| demining ;; ')).toEqual(['cyber', 'demining']);
  });

  it('reports broken quoting on the line the row starts on, and leaves the row out', () => {
    const { table, problems } = parseCsv('origin,dest\n"DZA\nx"y,ESP\n');
    expect(problems).toEqual([{ line: 2, kind: 'quoteInField' }]);
    const result = readLinks(table, guessLinkMapping(table.header).mapping, {
      gazetteer,
      csvProblems: problems,
    });
    expect(lines(result.issues)).toEqual([
      '2 : has text after a closing quotation mark: its quoting is broken',
      expect.stringMatching(/^2 origin: /) as unknown as string,
    ]);
    expect(result.links).toEqual([]);
  });

  it('writes the report as CSV in the interface language', () => {
    const { table } = parseCsv('origin,dest\nDZA,\n');
    const { issues } = readLinks(table, guessLinkMapping(table.header).mapping, { gazetteer });
    const report = parseCsv(issuesCsv(issues, 'line', translator('en'))).table;
    expect(report.header).toEqual(['Line', 'Column', 'Value', 'Problem']);
    expect(report.rows.map((r) => r.cells)).toEqual([['2', 'dest', '', 'names no actor']]);
  });
});

describe('GeoJSON', () => {
  it('reads lines between actors, points as actors, and reports what it cannot use', () => {
    const value: unknown = JSON.parse(decodeBytes(fixture('links.geojson')).text);
    const result = readGeoJson(value);
    expect(
      result.links.map((l) => ({
        line: l.line,
        parties: l.parties.map((p) => [p.key, p.name, p.point]),
        domains: l.domains,
        status: l.status,
        date: l.date,
      })),
    ).toEqual([
      {
        line: 2,
        parties: [
          ['alger', 'Algiers', [3.06, 36.75]],
          ['Madrid', 'Madrid', [-3.7, 40.42]],
        ],
        domains: ['cybersecurity', 'counter-terrorism'],
        status: 'talks-held',
        date: null,
      },
      {
        line: 3,
        parties: [
          ['Cairo', 'Cairo', [31.24, 30.04]],
          ['Brussels', 'Brussels', [4.43, 50.88]],
        ],
        domains: [],
        status: null,
        date: '2024',
      },
    ]);
    expect(lines(result.issues)).toEqual([
      '4 geometry: is not a LineString or a Point: only lines between two actors and actors are read',
      '5 geometry: is not a latitude (it must be between -90 and 90); the latitude and longitude columns look swapped',
      '5 date: is not a date: write it YYYY-MM-DD, YYYY-MM or YYYY',
    ]);
    expect(parseCsv(issuesCsv(result.issues, 'feature', translator('en'))).table.header[0]).toBe(
      'Feature',
    );
  });

  it('says plainly when a file is not GeoJSON', () => {
    expect(lines(readGeoJson({ hello: 'world' }).issues)).toEqual([
      '0 : is not GeoJSON: expected a FeatureCollection, a Feature or a geometry',
    ]);
  });
});
