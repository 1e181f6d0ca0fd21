// Each test file gets its own modules, so the Arabic table starts out not loaded here.
import { describe, expect, it } from 'vitest';
import { messagesLoaded, translator } from '../../src/core/messages';
import { createAtlasStore } from '../../src/store/atlas-store';

describe('loading a language on demand', () => {
  it('refuses a language whose messages are not loaded, then switches once they are', async () => {
    expect(messagesLoaded('ar')).toBe(false);
    expect(() => translator('ar')).toThrow(/not loaded/);

    const store = createAtlasStore();
    const switching = store.getState().setLanguage('ar');
    // Nothing changes until the table is here: no half-English, half-Arabic render.
    expect(store.getState().language).toBe('en');
    await switching;
    expect(store.getState().language).toBe('ar');
    expect(translator(store.getState().language).t('list.heading')).toBe('الشراكات');

    // Back to English is immediate.
    void store.getState().setLanguage('en');
    expect(store.getState().language).toBe('en');
  });

  it('lets a later switch win over a slower earlier one', async () => {
    const store = createAtlasStore();
    const toArabic = store.getState().setLanguage('ar');
    void store.getState().setLanguage('en');
    await toArabic;
    expect(store.getState().language).toBe('en');
  });

  it('has no language in use: two translators speak at once, each its own', async () => {
    const store = createAtlasStore();
    await store.getState().setLanguage('ar');
    const english = translator('en');
    const arabic = translator('ar');
    expect(english.t('list.heading')).toBe('Partnerships');
    expect(arabic.t('list.heading')).toBe('الشراكات');
    expect(english.localized({ en: 'Algeria', ar: 'الجزائر' })).toBe('Algeria');
    expect(arabic.partnershipCount(2)).toBe('شراكتان');
    expect(english.partnershipCount(2)).toBe('2 partnerships');
  });
});
