/**
 * Spans: when a partnership came into force and ended, each as precise as its source. The core
 * date arithmetic, the validator's check, and what imports read from alliance tables.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dayRange, precisionOf, spanReversed } from '../../src/core/dates';
import { parseCsv } from '../../src/core/import/csv';
import { guessLinkMapping, readLinks, readSpanDate } from '../../src/core/import/links-table';
import { datasetFromLinks } from '../../src/core/import/to-dataset';
import { datasetGeoJson, linksCsv } from '../../src/core/export-data';
import { loadMessages, translator } from '../../src/core/messages';
import { validateDataset } from '../../src/core/validate';
import { seedJson, seedSourceTexts } from './helpers';

beforeAll(async () => {
  await loadMessages('ar');
});

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('partial dates', () => {
  it('knows how precise a date is', () => {
    expect(precisionOf('2017')).toBe('year');
    expect(precisionOf('2017-03')).toBe('month');
    expect(precisionOf('2017-03-09')).toBe('day');
    expect(precisionOf('9 March 2017')).toBeNull();
  });

  it('spans every day a partial date could be', () => {
    expect(dayRange('2017')).toEqual({ first: day('2017-01-01'), last: day('2017-12-31') });
    expect(dayRange('2016-02')).toEqual({ first: day('2016-02-01'), last: day('2016-02-29') });
    expect(dayRange('2017-03-09')).toEqual({ first: day('2017-03-09'), last: day('2017-03-09') });
    expect(dayRange('March 2017')).toBeNull();
  });

  it('calls a span reversed only when its end is certainly before its start', () => {
    expect(spanReversed('2010', '1995')).toBe(true);
    expect(spanReversed('2017-03-09', '2017-03-08')).toBe(true);
    expect(spanReversed('2017-03', '2017-02-28')).toBe(true);
    // The same year, or a month within the year: they may be the same day.
    expect(spanReversed('2017-03', '2017')).toBe(false);
    expect(spanReversed('2017', '2017-01')).toBe(false);
    expect(spanReversed('1995', '2010')).toBe(false);
    expect(spanReversed('2017-03-09', '2017-03-09')).toBe(false);
  });
});

describe('the validator', () => {
  it('accepts a span, an open one and none, and refuses one that ends before it starts', () => {
    const dataset = seedJson();
    const [first, second] = dataset.partnerships;
    if (!first || !second) throw new Error('fixture');
    first.start = '2017-03';
    first.end = null;
    second.start = '2019';
    second.end = '2024-05-17';
    expect(
      validateDataset(structuredClone(dataset), { file: 'f.json', sourceTexts: seedSourceTexts() })
        .ok,
    ).toBe(true);
    second.end = '2018-12';
    const result = validateDataset(dataset, { file: 'f.json', sourceTexts: seedSourceTexts() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { say } = translator('en');
    const ar = translator('ar');
    expect(
      result.issues.map((i) => ({
        file: i.file,
        record: i.record,
        field: i.field,
        en: say(i.message),
      })),
    ).toEqual([
      {
        file: 'f.json',
        record: expect.stringContaining(second.id) as string,
        field: 'end',
        en: 'ends (2018-12) before it starts (2019)',
      },
    ]);
    const [issue] = result.issues;
    if (issue) expect(ar.say(issue.message)).toContain('2018-12');
  });

  it('refuses a start that is not a date, naming the field', () => {
    const dataset = seedJson();
    const first = dataset.partnerships[0];
    if (!first) throw new Error('fixture');
    first.start = '2017-13';
    const result = validateDataset(dataset, { file: 'f.json', sourceTexts: seedSourceTexts() });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.field)).toEqual(['start']);
  });
});

describe('imports', () => {
  it('reads the span cells of spreadsheets and alliance tables', () => {
    expect(readSpanDate('1995', 'start')).toBe('1995');
    expect(readSpanDate('1995.0', 'start')).toBe('1995');
    expect(readSpanDate('2017-03', 'end')).toBe('2017-03');
    expect(readSpanDate('', 'end')).toBeNull();
    expect(readSpanDate('NaN', 'end')).toBeNull();
    expect(readSpanDate('n/a', 'start')).toBeNull();
    // ATOP writes 0 for an alliance still in force; a start of 0 is not a year.
    expect(readSpanDate('0', 'end')).toBeNull();
    expect(readSpanDate('0', 'start')).toBeUndefined();
    expect(readSpanDate('3/9/2017', 'start')).toBeUndefined();
    expect(readSpanDate('2017-02-30', 'start')).toBeUndefined();
  });

  const places = () =>
    new Map(
      ['USA', 'GBR', 'FRA', 'DEU'].map((id, i) => [
        id.toLowerCase(),
        { id, name: id, nameAr: null, point: [i * 10, 40] as [number, number] },
      ]),
    );

  it('finds ATOP’s yrent and yrexit, locates the problems, and exports the spans back', () => {
    const table = parseCsv(
      [
        'country1,country2,atopid,yrent,yrexit',
        'USA,GBR,3180,1949,0',
        'FRA,DEU,3400,1963,1991',
        'USA,FRA,3180,1949.0,',
        'GBR,DEU,3500,1990,1955',
        'USA,DEU,3600,sometime,2001',
      ].join('\n'),
    ).table;
    const { mapping } = guessLinkMapping(table.header);
    expect(table.header[mapping.start ?? -1]).toBe('yrent');
    expect(table.header[mapping.end ?? -1]).toBe('yrexit');
    const result = readLinks(table, mapping, { gazetteer: null, locations: places() });
    expect(result.links.map((l) => [l.start, l.end])).toEqual([
      ['1949', null],
      ['1963', '1991'],
      ['1949', null],
    ]);
    const { say } = translator('en');
    expect(result.issues.map((i) => `${i.line} ${i.column}: ${say(i.message)}`)).toEqual([
      '5 yrexit: the end (1955) comes before the start (1990)',
      '6 yrent: is not a date: write it YYYY-MM-DD, YYYY-MM or YYYY',
    ]);
    const made = datasetFromLinks(result.links, {
      file: 'atop.csv',
      unit: 'line',
      domainsColumn: '',
    });
    expect(made.dataset.partnerships.map((p) => [p.start ?? null, p.end ?? null])).toEqual([
      ['1949', null],
      ['1963', '1991'],
      ['1949', null],
    ]);
    const csv = parseCsv(linksCsv(made.dataset, { status: () => ({ en: '', ar: '' }) })).table;
    const at = (name: string) => csv.header.indexOf(name);
    expect(csv.rows.map((r) => [r.cells[at('start')], r.cells[at('end')]])).toEqual([
      ['1949', ''],
      ['1963', '1991'],
      ['1949', ''],
    ]);
    const geo = datasetGeoJson(made.dataset, { status: () => ({ en: '', ar: '' }) });
    const second = geo.features.find((f) => f.properties.id === made.dataset.partnerships[1]?.id);
    expect(second?.properties).toMatchObject({ start: '1963', end: '1991' });
  });

  it('reads Arabic headers, and “from” and “to” as years beside the parties’ own columns', () => {
    const arabic = guessLinkMapping(['الدولة الأولى', 'الدولة الثانية', 'البداية', 'النهاية']);
    expect(arabic.mapping.start).toBe(2);
    expect(arabic.mapping.end).toBe(3);
    const both = guessLinkMapping(['country1', 'country2', 'from', 'to']);
    expect(both.mapping).toMatchObject({ origin: 0, dest: 1, start: 2, end: 3 });
    // Alone, "from" and "to" are the parties, as before.
    expect(guessLinkMapping(['from', 'to', 'count']).mapping).toMatchObject({ origin: 0, dest: 1 });
  });
});

describe('GeoJSON imports', () => {
  it('read a line’s start and end properties, years as numbers included, and locate a bad one', async () => {
    const { readGeoJson } = await import('../../src/core/import/geojson');
    const line = (start: unknown, end: unknown, from: number[], to: number[]) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [from, to] },
      properties: { origin: `P${from.join(',')}`, dest: `P${to.join(',')}`, start, end },
    });
    const result = readGeoJson({
      type: 'FeatureCollection',
      features: [
        line(1995, 2010, [0, 0], [10, 10]),
        line('2017-03', null, [0, 0], [20, 10]),
        line('someday', null, [0, 0], [30, 10]),
      ],
    });
    expect(result.links.map((l) => [l.start, l.end])).toEqual([
      ['1995', '2010'],
      ['2017-03', null],
    ]);
    const { say } = translator('en');
    expect(result.issues.map((i) => `${i.line} ${i.column} ${i.value}: ${say(i.message)}`)).toEqual(
      ['3 start someday: is not a date: write it YYYY-MM-DD, YYYY-MM or YYYY'],
    );
  });
});
