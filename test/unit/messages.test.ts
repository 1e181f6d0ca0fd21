import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  en,
  format,
  formatNumber,
  loadMessages,
  localized,
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
});
