import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/import/csv';
import { readQuantity } from '../../src/core/import/number';
import { guessLinkMapping, readLinks } from '../../src/core/import/links-table';
import { datasetFromLinks, Ids } from '../../src/core/import/to-dataset';
import { linksCsv } from '../../src/core/export-data';
import { loadMessages, translator } from '../../src/core/messages';

beforeAll(async () => {
  await loadMessages('ar');
});

const value = (text: string) => {
  const read = readQuantity(text);
  return 'value' in read ? read.value : 'empty' in read ? 'empty' : 'error';
};

describe('readQuantity', () => {
  it('reads decimal points and commas, and thousands separators of every kind', () => {
    expect(value('1234')).toBe(1234);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('1,234,567')).toBe(1234567);
    expect(value('1.234.567')).toBe(1234567);
    expect(value('1 234 567')).toBe(1234567);
    expect(value('1\u202f234')).toBe(1234);
    expect(value("1'234.5")).toBe(1234.5);
    expect(value('3,5')).toBe(3.5);
    expect(value('0.75')).toBe(0.75);
    expect(value('1.2e6')).toBe(1.2e6);
    expect(value('$1,200')).toBe(1200);
    expect(value('1200 USD')).toBe(1200);
  });

  it('reads Arabic-Indic digits and the Arabic separators', () => {
    expect(value('٣٥٠٠')).toBe(3500);
    expect(value('٣٬٥٠٠٫٢٥')).toBe(3500.25);
    expect(value('۱۲۳')).toBe(123);
  });

  it('reads negatives, says what is empty, and refuses what is not one number', () => {
    expect(value('-7')).toBe(-7);
    expect(value('\u22127')).toBe(-7);
    expect(value('(120)')).toBe(-120);
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
    for (const bad of ['n/a', '12-14', '1,23,4', '1.2.3', 'ten', '--3', '1,2.3,4']) {
      expect(value(bad), bad).toBe('error');
    }
  });
});

describe('rows with a value and columns of their own', () => {
  // flowmap.blue's flows: the same pair on several rows with other counts and other columns.
  const csv = [
    'origin,dest,count,alliance,start_year',
    'FRA,DEU,120,NATO,1955',
    'FRA,DEU,45,WEU,1954',
    'FRA,DEU,120,NATO,1955',
    'FRA,ITA,,NATO,1949',
    'FRA,ITA,(3),EDC,1952',
    'FRA,ESP,lots,NATO,1982',
  ].join('\n');
  const table = parseCsv(csv).table;
  const { mapping } = guessLinkMapping(table.header);

  it('finds the value column by its header, and reads every row that differs', () => {
    expect(table.header[mapping.value ?? -1]).toBe('count');
    const result = readLinks(table, mapping, { gazetteer: null, locations: places() });
    // Only the row identical in every cell is a repeat; the unreadable value is refused.
    expect(result.counts).toEqual({
      rows: 6,
      kept: 4,
      rejected: 1,
      duplicates: 1,
      noValue: 1,
      negativeValue: 1,
    });
    expect(result.links.map((l) => l.value)).toEqual([120, 45, null, -3]);
    // "start_year" is the span's start; the rest of what the atlas does not read stays as fields.
    expect(result.links[1]?.fields).toEqual([{ name: 'alliance', value: 'WEU' }]);
    expect(result.links[1]?.start).toBe('1954');
    const { say } = translator('en');
    expect(result.issues.map((i) => `${i.line} ${i.column}: ${say(i.message)}`)).toEqual([
      '4 : repeats line 2 exactly; left out',
      expect.stringContaining('7 count: not a number') as string,
    ]);
    expect(result.valueColumn).toBe('count');
  });

  it('keeps the value and the other fields in the dataset, and exports them back', () => {
    const result = readLinks(table, mapping, { gazetteer: null, locations: places() });
    const made = datasetFromLinks(result.links, {
      file: 'flows.csv',
      unit: 'line',
      domainsColumn: '',
      valueColumn: result.valueColumn,
    });
    expect(made.dataset.value).toEqual({ name: 'count', unit: null });
    // A unit the user wrote; else the one the header names.
    const written = datasetFromLinks(result.links, {
      file: 'flows.csv',
      unit: 'line',
      domainsColumn: '',
      valueColumn: result.valueColumn,
      valueUnit: ' commitments ',
    });
    expect(written.dataset.value).toEqual({ name: 'count', unit: 'commitments' });
    const usd = datasetFromLinks(result.links, {
      file: 'aid.csv',
      unit: 'line',
      domainsColumn: '',
      valueColumn: 'amount_usd',
    });
    expect(usd.dataset.value?.unit).toBe('USD');
    expect(made.dataset.partnerships.map((p) => p.value)).toEqual([120, 45, null, -3]);
    // Several rows of one pair stay several partnerships.
    expect(new Set(made.dataset.partnerships.map((p) => p.id)).size).toBe(4);
    const exported = parseCsv(
      linksCsv(made.dataset, {
        status: () => ({ en: 'not given', ar: 'غير مذكورة' }),
      }),
    ).table;
    expect(exported.header.slice(-3)).toEqual(['value', 'value_unit', 'alliance']);
    expect(exported.rows[1]?.cells.slice(-3)).toEqual(['45', '', 'WEU']);
    const startColumn = exported.header.indexOf('start');
    expect(exported.rows[1]?.cells[startColumn]).toBe('1954');
    // Read back, the atlas's own derived columns are not taken for the row's fields.
    const again = readLinks(exported, guessLinkMapping(exported.header).mapping, {
      gazetteer: null,
      locations: new Map(
        made.dataset.actors.map((a) => [
          a.id.toLowerCase(),
          { id: a.id, name: a.name.en, nameAr: null, point: [a.anchor.lon, a.anchor.lat] },
        ]),
      ),
    });
    expect(again.links.map((l) => l.value)).toEqual([120, 45, null, -3]);
    expect(again.links[1]?.fields).toEqual([{ name: 'alliance', value: 'WEU' }]);
    expect(again.links.map((l) => [l.start, l.end])).toEqual(
      result.links.map((l) => [l.start, l.end]),
    );
  });
});

describe('Ids', () => {
  it('stays linear on 100,000 rows of one pair', () => {
    const ids = new Ids('partnership');
    const taken = new Set<string>();
    for (let i = 0; i < 100_000; i++) taken.add(ids.take('fra-deu'));
    expect(taken.size).toBe(100_000);
    // One try per id, and one more for each that had to be numbered.
    expect(ids.tries).toBeLessThan(3 * 100_000);
  });

  it('numbers around ids that are already taken', () => {
    const ids = new Ids('partnership');
    expect(ids.take('a-b-2')).toBe('a-b-2');
    expect(ids.take('a-b')).toBe('a-b');
    expect(ids.take('a-b')).toBe('a-b-3');
    expect(ids.take('a-b')).toBe('a-b-4');
  });
});

/** A locations table for the three countries. */
function places() {
  const place = (id: string, lon: number, lat: number) =>
    [
      id.toLowerCase(),
      { id, name: id, nameAr: null, point: [lon, lat] as [number, number] },
    ] as const;
  return new Map([
    place('FRA', 2.35, 48.86),
    place('DEU', 13.4, 52.52),
    place('ITA', 12.5, 41.9),
    place('ESP', -3.7, 40.42),
  ]);
}

describe('ribbons by value', () => {
  it('sums a pair’s values, draws the strongest pair last and widest', async () => {
    const { summarizeDataset, pairValue } = await import('../../src/core/summary');
    const { pairInstances, INSTANCE_FLOATS, VALUE_WIDTH } =
      await import('../../src/core/pair-instances');
    const summary = summarizeDataset(flows(100));
    expect([0, 1, 2].map((p) => pairValue(summary, p))).toEqual([40, 100, 2]);
    const ribbons = pairInstances(summary);
    // Drawn weakest first: FRA–ESP (2), FRA–DEU (40), FRA–ITA (100) on top.
    expect([...ribbons.order]).toEqual([2, 0, 1]);
    const width = (p: number) => ribbons.geometry[p * INSTANCE_FLOATS + 7];
    expect(width(1)).toBeCloseTo(VALUE_WIDTH.max, 5);
    expect(width(0)).toBeGreaterThan(width(2) ?? 0);
    expect(width(0)).toBeLessThan(width(1) ?? 0);
  });
});

describe('the value range filter', () => {
  it('keeps the partnerships in range, leaves out those without a value, and bins them', async () => {
    const { summarizeDataset } = await import('../../src/core/summary');
    const { compileFilter, DEFAULT_FILTERS, filterLinks, valueHistogram } =
      await import('../../src/core/filters');
    const summary = summarizeDataset(flows(1000));
    const rows = (valueMin: number | null, valueMax: number | null) => [
      ...filterLinks(summary, compileFilter(summary, { ...DEFAULT_FILTERS, valueMin, valueMax })),
    ];
    // No range: every partnership, with a value or not.
    expect(rows(null, null)).toEqual([0, 1, 2, 3, 4]);
    expect(rows(10, 100)).toEqual([0, 1]);
    expect(rows(null, 5)).toEqual([4]);
    expect(rows(1000, null)).toEqual([2]);
    const histogram = valueHistogram(summary, 4);
    // 2 to 1,000 spans more than two decades: log bins.
    expect(histogram?.log).toBe(true);
    expect(histogram?.unknown).toBe(1);
    expect(histogram?.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(histogram?.edges[0]).toBe(2);
    expect(histogram?.edges.at(-1)).toBe(1000);
  });
});

describe('the cap on the pairs drawn', () => {
  it('draws the strongest in view up to the cap, and every visible pair without one', async () => {
    const { capPairs } = await import('../../src/core/pair-instances');
    // Five pairs, weakest first in the drawing order: 3, 0, 4, 1, 2 (2 the strongest).
    const boxes = new Float32Array(5 * 4);
    for (let p = 0; p < 5; p++) boxes.set([0.1 * p, 0.4, 0.1 * p + 0.05, 0.45], p * 4);
    const data = {
      count: 5,
      geometry: new Float32Array(5 * 8),
      masks: new Uint32Array(5),
      order: Uint32Array.from([3, 0, 4, 1, 2]),
      boxes,
    };
    const out = new Uint8Array(5);
    const all = new Uint8Array(5).fill(1);
    expect(capPairs(data, all, Infinity, null, out)).toEqual({ shown: 5, drawn: 5 });
    expect([...out]).toEqual([1, 1, 1, 1, 1]);
    expect(capPairs(data, all, 2, [0, 0, 1, 1], out)).toEqual({ shown: 5, drawn: 2 });
    expect([...out]).toEqual([0, 1, 1, 0, 0]);
    // A filtered-out pair leaves its place to the next strongest.
    expect(capPairs(data, Uint8Array.from([1, 0, 1, 1, 1]), 2, [0, 0, 1, 1], out)).toEqual({
      shown: 4,
      drawn: 2,
    });
    expect([...out]).toEqual([0, 0, 1, 0, 1]);
    // Only what is in view counts: pairs 0 and 1 lie west of x = 0.16.
    expect(capPairs(data, all, 1, [0, 0, 0.16, 1], out)).toEqual({ shown: 2, drawn: 1 });
    expect([...out]).toEqual([0, 1, 0, 0, 0]);
  });
});

/** Five flows of four pairs by count, FRA–ITA's count as given, one row without a count. */
function flows(italy: number) {
  const table = parseCsv(
    [
      'origin,dest,count',
      'FRA,DEU,10',
      'FRA,DEU,30',
      `FRA,ITA,${italy}`,
      'FRA,ESP,',
      'FRA,ESP,2',
    ].join('\n'),
  ).table;
  const read = readLinks(table, guessLinkMapping(table.header).mapping, {
    gazetteer: null,
    locations: places(),
  });
  return datasetFromLinks(read.links, {
    file: 'f.csv',
    unit: 'line',
    domainsColumn: '',
    valueColumn: read.valueColumn,
  }).dataset;
}
