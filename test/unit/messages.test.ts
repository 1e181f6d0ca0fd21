import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  en,
  format,
  formatDate,
  formatNumber,
  loadMessages,
  localized,
  phrase,
  say,
  setMessageLanguage,
  t,
} from '../../src/core/messages';
import { ar } from '../../src/core/messages-ar';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Messages that read the same in both languages (numbers, the other language's own name). */
const SAME_IN_BOTH = new Set(['present.progress']);

describe('message tables', () => {
  beforeAll(() => loadMessages('ar'));
  afterEach(() => {
    setMessageLanguage('en');
  });

  it('has every key in both languages, with the same placeholders and no empty text', () => {
    const missing = Object.keys(en).filter((key) => !(key in ar));
    const extra = Object.keys(ar).filter((key) => !(key in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    for (const [key, english] of Object.entries(en)) {
      const arabic = ar[key as keyof typeof en];
      expect(arabic.trim(), key).not.toBe('');
      expect(placeholders(arabic), key).toEqual(placeholders(english));
      if (!SAME_IN_BOTH.has(key)) expect(arabic, key).not.toBe(english);
    }
  });

  it('follows the language in use, numbers included', () => {
    expect(t('list.summary', { shown: 2, total: 12000 })).toBe('2 of 12,000 shown');
    setMessageLanguage('ar');
    // Digits as the Arabic locale writes them (this ICU's CLDR decides which digits).
    expect(t('list.summary', { shown: 2, total: 12000 })).toBe(
      `يظهر ${formatNumber(2, 'ar')} من ${new Intl.NumberFormat('ar').format(12000)}`,
    );
    expect(localized({ en: 'Algeria', ar: 'الجزائر' })).toBe('الجزائر');
    // Years are not grouped.
    expect(formatNumber(1994, 'en')).toBe('1994');
    expect(format('{missing} stays visible')).toBe('{missing} stays visible');
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

  it('keeps a message to be put into words later, in the language in use then', () => {
    const kept = phrase('url.ignored', {
      param: 'match',
      value: 'some',
      why: phrase('url.why.match'),
    });
    expect(say(kept)).toBe('“match=some” must be “any” or “all”; it was ignored.');
    setMessageLanguage('ar');
    expect(say(kept)).toMatch(/^«?.*match=some/);
    expect(say(kept)).not.toMatch(/must be/);
  });
});
