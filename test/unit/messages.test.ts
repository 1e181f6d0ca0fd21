import { beforeAll, describe, expect, it } from 'vitest';
import {
  en as enBase,
  format,
  formatDate,
  formatNumber,
  loadMessages,
  phrase,
  translator,
  type ArabicPlural,
  type Plural,
} from '../../src/core/messages';
import { ar as arBase } from '../../src/core/messages-ar';
import { arTools } from '../../src/core/messages-ar-tools';
import { arTime } from '../../src/core/messages-ar-time';
import { enTime } from '../../src/core/messages-time';
import { enTools } from '../../src/core/messages-tools';
import { arShare } from '../../src/core/messages-ar-share';
import { arPresent } from '../../src/core/messages-ar-present';
import { enPresent } from '../../src/core/messages-present';
import { enShare } from '../../src/core/messages-share';

/** Every part of each table: the atlas's own, the import's and workbench's, the time bar's, sharing's. */
const en = { ...enBase, ...enTools, ...enTime, ...enShare, ...enPresent };
const ar = { ...arBase, ...arTools, ...arTime, ...arShare, ...arPresent };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Messages that read the same in both languages (numbers, the other language's own name). */
const SAME_IN_BOTH = new Set(['present.progress', 'details.placementNoteOf']);

/** Messages with a count that counts no noun: a position, or a number in brackets after a label. */
const NOT_COUNTED = new Set([
  'details.position',
  'present.progress',
  'deck.moved',
  'print.preparing',
  'print.page',
  'dates.unknown',
  'time.undated',
  'time.bin',
  'time.animating',
  'legend.members',
  'legend.partners',
  'dataExport.all',
  'dataExport.shown',
  'details.sameParties',
]);

describe('message tables', () => {
  beforeAll(() => loadMessages('ar'));

  it('keeps the import’s and the workbench’s messages out of the atlas’s own table', () => {
    const tools = Object.keys(enTools);
    expect(tools.length).toBeGreaterThan(100);
    expect(tools.filter((key) => key in enBase)).toEqual([]);
    expect(tools.every((key) => /^(import|workbench)\./.test(key))).toBe(true);
    const time = Object.keys(enTime);
    expect(time.filter((key) => key in enBase || key in enTools)).toEqual([]);
    expect(time.every((key) => key.startsWith('time.'))).toBe(true);
    const share = Object.keys(enShare);
    expect(share.filter((key) => key in enBase || key in enTools || key in enTime)).toEqual([]);
    expect(
      share.every((key) => /^(share|atlasFile|offline|standalone|dataExport)\./.test(key)),
    ).toBe(true);
    const present = Object.keys(enPresent);
    const earlier = { ...enBase, ...enTools, ...enTime, ...enShare };
    expect(present.filter((key) => key in earlier)).toEqual([]);
    expect(present.every((key) => /^(present|presenter|deck|export|print)\./.test(key))).toBe(true);
  });

  it('has every key in both languages, with the same placeholders and no empty text', () => {
    const missing = Object.keys(en).filter((key) => !(key in ar));
    const extra = Object.keys(ar).filter((key) => !(key in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    for (const [key, english] of Object.entries(en)) {
      const arabic = ar[key as keyof typeof en];
      if (typeof english !== 'string' || typeof arabic !== 'string') {
        // A plural: each form names what the "other" form names, bar the count it may spell out.
        expect(typeof english, key).toBe('object');
        expect(typeof arabic, key).toBe('object');
        const others = placeholders(typeof english === 'string' ? english : english.other);
        expect(others, key).toContain('count');
        const forms: string[] = [english as Plural, arabic as Plural].flatMap((plural) =>
          Object.values(plural).filter((form): form is string => typeof form === 'string'),
        );
        for (const form of forms) {
          expect(form.trim(), key).not.toBe('');
          expect(
            placeholders(form).filter((p) => p !== 'count'),
            key,
          ).toEqual(others.filter((p) => p !== 'count'));
        }
        continue;
      }
      expect(arabic.trim(), key).not.toBe('');
      expect(placeholders(arabic), key).toEqual(placeholders(english));
      if (!SAME_IN_BOTH.has(key)) expect(arabic, key).not.toBe(english);
    }
  });

  it('makes every counted noun agree with its number: all six Arabic forms, at 0, 1, 2, 3, 11 and 100', () => {
    const COUNTS = [0, 1, 2, 3, 11, 100];
    const rules = new Intl.PluralRules('ar');
    // The six categories, one per count above.
    expect(COUNTS.map((n) => rules.select(n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    const counted = Object.entries(en).filter(
      ([key, text]) =>
        typeof text !== 'string' || (text.includes('{count}') && !NOT_COUNTED.has(key)),
    );
    expect(counted.length).toBeGreaterThan(15);
    for (const [key, english] of counted) {
      expect(typeof english, `${key} should be a plural`).toBe('object');
      const arabic = ar[key as keyof typeof en] as ArabicPlural;
      expect(Object.keys(arabic).sort(), key).toEqual([
        'few',
        'many',
        'one',
        'other',
        'two',
        'zero',
      ]);
      const params = {
        count: 0,
        name: 'NATO',
        year: 1994,
        file: 'f.json',
        title: 'T',
        origin: 'o',
        date: 'd',
      };
      const written = COUNTS.map((count) => format(arabic, { ...params, count }, 'ar'));
      COUNTS.forEach((count, i) => {
        expect(written[i], `${key} at ${count}`).toBe(
          format(arabic[rules.select(count)], { ...params, count }, 'ar'),
        );
        expect(written[i], key).not.toMatch(/\{\w+\}/);
      });
      // The six forms differ where Arabic grammar makes them differ: one and two are words, not
      // "1 …" and "2 …".
      expect(new Set(written).size, key).toBeGreaterThanOrEqual(4);
      expect(written[2], key).not.toContain(formatNumber(2, 'ar'));
      expect(Object.keys(english as Plural).sort(), key).toEqual(['one', 'other']);
    }
    const arabic = translator('ar');
    expect(arabic.partnershipCount(2)).toBe('شراكتان');
    expect(arabic.partnershipCount(1)).toBe('شراكة واحدة');
    expect(arabic.partnershipCount(11)).toBe(`${formatNumber(11, 'ar')} شراكة`);
    const english = translator('en');
    expect(english.partnershipCount(1)).toBe('1 partnership');
    expect(english.partnershipCount(2)).toBe('2 partnerships');
  });

  it('speaks the language its translator was made for, numbers included', () => {
    expect(translator('en').t('list.summary', { shown: 2, total: 12000 })).toBe(
      '2 of 12,000 shown',
    );
    const arabic = translator('ar');
    // Digits as the Arabic locale writes them (this ICU's CLDR decides which digits).
    expect(arabic.t('list.summary', { shown: 2, total: 12000 })).toBe(
      `يظهر ${formatNumber(2, 'ar')} من ${new Intl.NumberFormat('ar').format(12000)}`,
    );
    expect(arabic.localized({ en: 'Algeria', ar: 'الجزائر' })).toBe('الجزائر');
    // Years are not grouped.
    expect(formatNumber(1994, 'en')).toBe('1994');
    expect(format('{missing} stays visible', {}, 'en')).toBe('{missing} stays visible');
  });

  it('writes dates for the language, on the source’s own day', () => {
    expect(formatDate('2024-05-17', 'en')).toBe('May 17, 2024');
    const arabic = formatDate('2024-05-17', 'ar');
    expect(arabic).toBe(
      new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2024, 4, 17),
      ),
    );
    expect(arabic).toMatch(/مايو/);
    // Not a date: shown as the source gives it.
    expect(formatDate('spring 2024', 'en')).toBe('spring 2024');
  });

  it('keeps a message to be put into words later, in the language asked for then', () => {
    const kept = phrase('url.ignored', {
      param: 'match',
      value: 'some',
      why: phrase('url.why.match'),
    });
    expect(translator('en').say(kept)).toBe('“match=some” must be “any” or “all”; it was ignored.');
    const { say } = translator('ar');
    expect(say(kept)).toMatch(/^«?.*match=some/);
    expect(say(kept)).not.toMatch(/must be/);
  });
});
