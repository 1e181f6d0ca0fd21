/**
 * Every reader of user input, fed thousands of generated inputs (arbitrary bytes and text, and
 * inputs shaped like the real thing): each ends in a result or a located problem, never an
 * uncaught exception, and no call on an input under 100 KB takes a second. fast-check prints the
 * seed of any failure; failures found are kept below as regression cases.
 */
import englishNames from 'i18n-iso-countries/langs/en.json';
import arabicNames from 'i18n-iso-countries/langs/ar.json';
import countries50m from 'world-atlas/countries-50m.json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryLabelPoints, isCountriesTopology } from '../../src/core/basemap';
import { parseDeck } from '../../src/core/deck-schema';
import { parseCsv } from '../../src/core/import/csv';
import { decodeBytes } from '../../src/core/import/decode';
import { createGazetteer, pointsFromLabels } from '../../src/core/import/gazetteer';
import { readGeoJson } from '../../src/core/import/geojson';
import {
  guessLinkMapping,
  guessLocationMapping,
  readLinks,
  readLocations,
} from '../../src/core/import/links-table';
import { readArticle } from '../../src/core/ingest/article';
import type { Lexicon } from '../../src/core/ingest/lexicon';
import type { NameList } from '../../src/core/ingest/names';
import { createProposer } from '../../src/core/ingest/propose';
import { jsonTooDeep } from '../../src/core/limits';
import { readPresenterMessage } from '../../src/core/presenter-message';
import { readUrlState } from '../../src/core/url-state';
import { parseDataset } from '../../src/core/validate';
import { readData } from './helpers';

/** Generated inputs per reader (the closing note reports them). */
const RUNS = 3_000;

if (!isCountriesTopology(countries50m)) throw new Error('world-atlas 50m is not a topology');
const gazetteer = createGazetteer({
  english: englishNames.countries,
  arabic: arabicNames.countries,
  pointOf: pointsFromLabels(countryLabelPoints(countries50m)),
});
const proposer = createProposer(
  JSON.parse(readData('ingest/actors.json')) as NameList,
  JSON.parse(readData('ingest/lexicon.json')) as Lexicon,
);
const seed = readData('atlas.json');

/** Runs `read` and fails on a throw or on a call of a second or more. */
function quick<T>(read: () => T): T {
  const started = performance.now();
  const result = read();
  expect(performance.now() - started).toBeLessThan(1000);
  return result;
}

/** Text made of the characters that matter to parsers, and any others. */
const parserText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(',', ';', '\t', '"', "'", '\n', '\r', '{', '}', '[', ']', ':', '\\', '=', '@'),
    fc.constantFrom('DZA', 'ESP', 'الجزائر', 'وإسبانيا', 'NATO', '__proto__', 'constructor'),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
    fc.constantFrom('\u202e', '\u2066', '\u200b', '\ud800', '\ufeff'),
  ),
  maxLength: 400,
});
const bytes = fc.uint8Array({ maxLength: 4096 });
const csvText = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom(
          'origin',
          'dest',
          'domains',
          'status',
          'date',
          'excerpt',
          'lat',
          'lon',
          'id',
          'name',
          'count',
          'المصدر',
        ),
        parserText,
      ),
      { minLength: 1, maxLength: 8 },
    ),
    fc.array(fc.array(parserText, { maxLength: 8 }), { maxLength: 12 }),
  )
  .map(([header, rows]) => [header.join(','), ...rows.map((r) => r.join(','))].join('\n'));

describe('fuzzing every reader of user input', () => {
  it('decodes any bytes to text', () => {
    fc.assert(
      fc.property(bytes, (input) => {
        expect(typeof quick(() => decodeBytes(input)).text).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it('reads any text as a CSV table, a links table and a locations table', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          csvText,
          parserText,
          bytes.map((b) => decodeBytes(b).text),
        ),
        (text) => {
          const { table } = quick(() => parseCsv(text));
          const links = quick(() =>
            readLinks(table, guessLinkMapping(table.header).mapping, { gazetteer }),
          );
          expect(Array.isArray(links.issues)).toBe(true);
          const places = quick(() => readLocations(table, guessLocationMapping(table.header)));
          expect(places.places).toBeInstanceOf(Map);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads any JSON value, and any value, as GeoJSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => {
        expect(Array.isArray(quick(() => readGeoJson(value)).issues)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads any text, JSON or a damaged seed as a dataset: valid, or located problems', () => {
    const damaged = fc
      .tuple(fc.nat({ max: seed.length }), fc.nat({ max: 40 }), parserText)
      .map(([at, cut, insert]) => seed.slice(0, at) + insert + seed.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(damaged, parserText, fc.json()), (text) => {
        const result = quick(() => parseDataset(text, { file: 'fuzz.json', curated: false }));
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads any text or JSON as a deck: a deck, or located problems', () => {
    fc.assert(
      fc.property(fc.oneof(parserText, fc.json()), (text) => {
        const result = quick(() => parseDeck(text, 'deck.json'));
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads any address query as a view, with a notice for what it ignores', () => {
    const param = fc.constantFrom(
      'p',
      'focus',
      'hide',
      'q',
      'status',
      'from',
      'to',
      'lang',
      'view',
      'scene',
      'x',
    );
    // Written as a browser may receive it: raw, with stray and broken percent escapes.
    const value = fc.oneof(
      parserText,
      fc.constantFrom('%', '%E0', '%ED%A0%80', '%ZZ', '&', '=', '+', '#', '%00', '..'),
    );
    const query = fc
      .array(fc.tuple(param, value), { maxLength: 6 })
      .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);
    fc.assert(
      fc.property(fc.oneof(query, parserText), (search) => {
        expect(Array.isArray(quick(() => readUrlState(search)).notices)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads any text or bytes as an article, and proposes from it', () => {
    const article = fc.oneof(
      parserText,
      bytes.map((b) => decodeBytes(b).text),
      fc
        .array(
          fc.constantFrom(
            'وقعت مصر والأردن اتفاقية.',
            'لم يتم التوقيع',
            'Egypt and NATO met.',
            'هل تعلم؟',
            '<DOC><TEXT>',
            '</TEXT></DOC>',
            '\n',
          ),
          { maxLength: 20 },
        )
        .map((p) => p.join(' ')),
    );
    fc.assert(
      fc.property(article, (text) => {
        const read = quick(() => readArticle(text, text.length));
        if (read.ok) {
          const proposal = quick(() => proposer.propose(read.article.text));
          for (const pair of proposal.pairs)
            for (const index of pair.evidence) expect(proposal.sentences[index]).toBeDefined();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reads any message on the presenter channel as ours or nothing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        quick(() => readPresenterMessage(value));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads inputs of up to 100 KB within a second each', () => {
    const large = fc
      .tuple(parserText, fc.integer({ min: 50, max: 250 }))
      .map(([piece, times]) => piece.repeat(times).slice(0, 100_000));
    fc.assert(
      fc.property(large, (text) => {
        quick(() => parseCsv(text));
        quick(() => parseDataset(text, { file: 'fuzz.json', curated: false }));
        quick(() => parseDeck(text, 'deck.json'));
        const read = quick(() => readArticle(text, text.length));
        if (read.ok) quick(() => proposer.propose(read.article.text));
      }),
      { numRuns: 50 },
    );
  });

  it('finds deep nesting in any text', () => {
    fc.assert(
      fc.property(parserText, (text) => {
        quick(() => jsonTooDeep(text));
      }),
      { numRuns: RUNS },
    );
  });
});
