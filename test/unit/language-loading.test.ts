// Each test file gets its own modules, so the Arabic table starts out not loaded here.
import { describe, expect, it } from 'vitest';
import { messageLanguage, messagesLoaded, setMessageLanguage, t } from '../../src/core/messages';
import { createAtlasStore } from '../../src/store/atlas-store';

describe('loading a language on demand', () => {
  it('refuses a language whose messages are not loaded, then switches once they are', async () => {
    expect(messagesLoaded('ar')).toBe(false);
    expect(() => {
      setMessageLanguage('ar');
    }).toThrow(/not loaded/);
    expect(messageLanguage()).toBe('en');

    const store = createAtlasStore();
    const switching = store.getState().setLanguage('ar');
    // Nothing changes until the table is here: no half-English, half-Arabic render.
    expect(store.getState().language).toBe('en');
    await switching;
    expect(store.getState().language).toBe('ar');
    expect(messageLanguage()).toBe('ar');
    expect(t('list.heading')).toBe('الشراكات');

    // Back to English is immediate.
    void store.getState().setLanguage('en');
    expect(store.getState().language).toBe('en');
  });

  it('lets a later switch win over a slower earlier one', async () => {
    const store = createAtlasStore();
    setMessageLanguage('en');
    const toArabic = store.getState().setLanguage('ar');
    void store.getState().setLanguage('en');
    await toArabic;
    expect(store.getState().language).toBe('en');
    expect(messageLanguage()).toBe('en');
  });
});
