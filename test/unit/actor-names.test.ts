import { describe, expect, it } from 'vitest';
import { distinctNames } from '../../src/core/actor-names';

describe('names that tell actors apart', () => {
  it('adds the id where two actors share a name, in that language only', () => {
    const names = distinctNames([
      { id: '334', name: { en: 'Adiaké', ar: 'أدياكي' } },
      { id: '335', name: { en: 'ADIAKE', ar: 'أدياكي ٢' } },
      { id: 'ABJ', name: { en: 'Abidjan', ar: 'أبيدجان' } },
    ]);
    // Case and accents do not tell names apart for a reader.
    expect(names).toEqual([
      { en: 'Adiaké (334)', ar: 'أدياكي' },
      { en: 'ADIAKE (335)', ar: 'أدياكي ٢' },
      { en: 'Abidjan', ar: 'أبيدجان' },
    ]);
  });
});
