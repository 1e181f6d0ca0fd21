import { readFileSync } from 'node:fs';
import englishNames from 'i18n-iso-countries/langs/en.json';
import arabicNames from 'i18n-iso-countries/langs/ar.json';
import countries50m from 'world-atlas/countries-50m.json';
import { describe, expect, it } from 'vitest';
import { countryLabelPoints, isCountriesTopology } from '../../src/core/basemap';
import {
  cowToIso,
  guessCodeSystem,
  indexCow,
  isCowList,
  readCode,
} from '../../src/core/import/code-systems';
import { parseCsv } from '../../src/core/import/csv';
import { createGazetteer, pointsFromLabels } from '../../src/core/import/gazetteer';
import { guessLinkMapping, readLinks } from '../../src/core/import/links-table';
import { translator } from '../../src/core/messages';

const list: unknown = JSON.parse(readFileSync('data/import/cow-states.json', 'utf8'));
if (!isCowList(list)) throw new Error('not the COW list');
const cow = indexCow(list);
if (!isCountriesTopology(countries50m)) throw new Error('world-atlas 50m is not a topology');
const gazetteer = createGazetteer({
  english: englishNames.countries,
  arabic: arabicNames.countries,
  pointOf: pointsFromLabels(countryLabelPoints(countries50m)),
});
const { say } = translator('en');

describe('the Correlates of War list', () => {
  it('holds the state system with its codes, abbreviations and source', () => {
    expect(list.source).toContain('Correlates of War');
    expect(list.states.length).toBeGreaterThan(200);
    expect(cow.byCode.get(2)?.name).toBe('United States of America');
    expect(cow.byCode.get(200)?.abbreviation).toBe('UKG');
    expect(cow.byAbbreviation.get('FRN')?.code).toBe(220);
    // Codes and abbreviations are each unique.
    expect(new Set(list.states.map((s) => s.code)).size).toBe(list.states.length);
    expect(new Set(list.states.map((s) => s.abbreviation)).size).toBe(list.states.length);
  });

  it('places a state on its present-day state, and refuses one with no territory today', () => {
    const iso = (value: string, system: 'cow-numeric' | 'cow-abbreviation' = 'cow-numeric') => {
      const found = cowToIso(system, value, cow);
      return 'iso3' in found ? found.iso3 : say(found.error);
    };
    expect(iso('20')).toBe('CAN');
    expect(iso('255')).toBe('DEU');
    // The traps: COW's abbreviations that are other states' ISO codes.
    expect(iso('AUS', 'cow-abbreviation')).toBe('AUT');
    expect(iso('AUL', 'cow-abbreviation')).toBe('AUS');
    expect(iso('SLV', 'cow-abbreviation')).toBe('SVN');
    expect(iso('MNG', 'cow-abbreviation')).toBe('MNE');
    expect(iso('245')).toBe(
      'Correlates of War “245” is Bavaria, which has no present-day territory to place it on: give coordinates in a locations file',
    );
    expect(iso('300')).toContain('Austria-Hungary, which has no present-day territory');
    expect(iso('999')).toBe('“999” is not in the Correlates of War state list');
  });
});

describe('guessing what a code column holds', () => {
  it('takes 2 and 200 for COW codes: they are not ISO codes in use', () => {
    const guess = guessCodeSystem(['2', '200', '220', '20', '365'], cow);
    expect(guess?.system).toBe('cow-numeric');
    expect(guess?.why.kind).toBe('because');
    expect(guess?.why.values).toContain('200');
  });

  it('takes ISO numeric codes for ISO numeric codes, and says when both read them', () => {
    expect(guessCodeSystem(['012', '724', '818', '826'], cow)?.system).toBe('iso-numeric');
    // 20, 40 and 70 are COW (Canada, Cuba, Mexico) and ISO (Andorra, Austria, Bosnia).
    const both = guessCodeSystem(['20', '40', '70'], cow);
    expect(both?.candidates).toEqual(expect.arrayContaining(['iso-numeric', 'cow-numeric']));
    expect(both?.why.kind).toBe('either');
  });

  it('tells COW abbreviations from ISO alpha-3 by the values only one system has', () => {
    expect(guessCodeSystem(['UKG', 'FRN', 'GMY', 'USA', 'RUS'], cow)?.system).toBe(
      'cow-abbreviation',
    );
    expect(guessCodeSystem(['GBR', 'FRA', 'DEU', 'USA', 'RUS'], cow)?.system).toBe('iso-alpha3');
    expect(guessCodeSystem(['Algeria', 'Spain'], cow)?.system).toBe('names');
    expect(guessCodeSystem(['', ' '], cow)).toBeNull();
  });
});

describe('an alliance table in COW codes', () => {
  it('places its states by COW, never Canada on Andorra, and reports Bavaria', () => {
    const table = parseCsv(
      ['ccode1,ccode2,year', '2,20,1949', '200,220,1904', '255,245,1866', '2,200,1949'].join('\n'),
    ).table;
    const { mapping } = guessLinkMapping(table.header);
    expect(mapping.origin).toBe(0);
    expect(mapping.dest).toBe(1);
    const read = readLinks(table, mapping, {
      gazetteer,
      codes: { origin: 'cow-numeric', dest: 'cow-numeric' },
      readCode: (system, value) => readCode(system, value, cow),
    });
    expect(read.links.map((l) => l.parties.map((p) => p.key).join('-'))).toEqual([
      'USA-CAN',
      'GBR-FRA',
      'USA-GBR',
    ]);
    expect(read.issues.map((i) => `${i.line} ${i.column}: ${say(i.message)}`)).toEqual([
      '4 ccode2: Correlates of War “245” is Bavaria, which has no present-day territory to place it on: give coordinates in a locations file',
    ]);
    // Read as ISO numeric instead, 20 would be Andorra: the choice matters, and is the user's.
    const asIso = readLinks(table, mapping, {
      gazetteer,
      codes: { origin: 'cow-numeric', dest: 'iso-numeric' },
      readCode: (system, value) => readCode(system, value, cow),
    });
    expect(asIso.links[0]?.parties[1].key).toBe('AND');
  });
});
