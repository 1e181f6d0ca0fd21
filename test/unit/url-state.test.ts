import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/messages';

const { say } = translator('en');
import {
  checkAgainst,
  DEFAULT_VIEW,
  readUrlState,
  URL_KEYS,
  writeUrlState,
  type ViewState,
} from '../../src/core/url-state';

const FULL: ViewState = {
  selected: 'egy-nato-closer-cooperation',
  hiddenDomains: ['demining', 'cybercrime'],
  domainMode: 'all',
  hiddenStatuses: ['agreement-signed'],
  dateFrom: '2020-01-01',
  dateTo: '2024-12-31',
  unknownDates: false,
  valueMin: -2.5,
  valueMax: 1e6,
  focus: 'nato',
  focusMembers: true,
  query: 'الإرهاب & co',
  camera: { lon: 12.5, lat: 38.25, zoom: 4.5 },
  language: 'ar',
  legendOpen: false,
  filtersOpen: true,
};

describe('URL state', () => {
  it('has one key per field of the view, each with its own parameter', () => {
    expect(new Set(URL_KEYS.map((k) => k.field))).toEqual(new Set(Object.keys(DEFAULT_VIEW)));
    expect(new Set(URL_KEYS.map((k) => k.param)).size).toBe(URL_KEYS.length);
  });

  it('writes nothing for the default view', () => {
    expect(writeUrlState(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips every field', () => {
    const search = writeUrlState(FULL);
    const { view, notices } = readUrlState(search);
    expect(notices).toEqual([]);
    expect({ ...DEFAULT_VIEW, ...view }).toEqual({
      ...FULL,
      // Lists are written sorted, so that equal views give equal URLs.
      hiddenDomains: ['cybercrime', 'demining'],
    });
  });

  it('keeps the dataset parameter it does not own', () => {
    const search = writeUrlState({ ...DEFAULT_VIEW, selected: 'x' }, '?data=/bench/a.json&p=y');
    expect(new URLSearchParams(search).get('data')).toBe('/bench/a.json');
    expect(new URLSearchParams(search).get('p')).toBe('x');
    expect(readUrlState('?data=/a.json').notices).toEqual([]);
  });

  it('ignores garbage with a notice naming the parameter, and keeps the rest', () => {
    const { view, notices: kept } = readUrlState(
      '?p=ok-id&match=some&status=talks-held,maybe&from=2024-13-45&map=1,2&lang=fr&undated=yes&q=' +
        'x'.repeat(201) +
        '&zzz=1&p2=<script>',
    );
    expect(view).toEqual({ selected: 'ok-id' });
    const notices = kept.map(say);
    expect(notices).toHaveLength(9);
    expect(notices.join('\n')).toMatch(/“match=some” must be “any” or “all”/);
    expect(notices.join('\n')).toMatch(/“status=talks-held,maybe” lists a status other than/);
    expect(notices.join('\n')).toMatch(/“from=2024-13-45” is not a date/);
    expect(notices.join('\n')).toMatch(/“map=1,2” is not “longitude,latitude,zoom”/);
    expect(notices.join('\n')).toMatch(/“zzz” is not a setting of this atlas/);
    expect(readUrlState('?p=a%20b').notices.map(say)[0]).toMatch(/is not a partnership id/);
    expect(readUrlState('?map=10,95,3').view).toEqual({});
  });

  it('drops ids the dataset does not have, with a notice for each', () => {
    const known = {
      partnerships: new Set(['a']),
      domains: new Set(['cybersecurity']),
      actors: new Set(['nato']),
    };
    const { view, notices: kept } = checkAgainst(
      { selected: 'gone', hiddenDomains: ['cybersecurity', 'astrology'], focus: 'atlantis' },
      known,
    );
    expect(view).toEqual({ hiddenDomains: ['cybersecurity'] });
    const notices = kept.map(say);
    expect(notices).toHaveLength(3);
    expect(notices[0]).toMatch(/No partnership “gone”/);
    expect(notices[1]).toMatch(/No domain “astrology”/);
    expect(notices[2]).toMatch(/No actor “atlantis”/);
    expect(checkAgainst({ selected: 'a', focus: 'nato' }, known).notices).toEqual([]);
  });
});
