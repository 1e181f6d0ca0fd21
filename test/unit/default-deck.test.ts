import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DECK_SCENES,
  defaultDeck,
  featuredPartnerships,
  type DeckPartnership,
} from '../../src/core/deck';

const partnership = (id: string, pair: string, value: number | null = null): DeckPartnership => ({
  id,
  title: id,
  excerpt: null,
  notes: '',
  pair,
  value,
});

describe('the default deck', () => {
  it('keeps a scene for every partnership of a small dataset, in its order', () => {
    const few = [partnership('a', 'x'), partnership('b', 'y'), partnership('c', 'x')];
    expect(featuredPartnerships(few).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('is the overview and at most ten scenes, the pairs with most partnerships first', () => {
    const many: DeckPartnership[] = [];
    // Pair k has k + 1 partnerships: pair 29 is the strongest.
    for (let k = 0; k < 30; k++) {
      for (let n = 0; n <= k; n++) many.push(partnership(`p${k}-${n}`, `pair${k}`));
    }
    const deck = defaultDeck('Deck', { title: 'All', notes: '' }, many);
    expect(deck.scenes).toHaveLength(1 + DEFAULT_DECK_SCENES);
    expect(deck.scenes.slice(1).map((s) => s.selected)).toEqual(
      [29, 28, 27, 26, 25, 24, 23, 22, 21, 20].map((k) => `p${k}-0`),
    );
  });

  it('ranks pairs by the sum of their values where there are values, featuring the greatest', () => {
    const many: DeckPartnership[] = [];
    for (let k = 0; k < 20; k++) {
      many.push(
        partnership(`small-${k}`, `pair${k}`, k),
        partnership(`big-${k}`, `pair${k}`, 2 * k),
      );
    }
    // One pair of many rows but small values does not outrank fewer rows of large values.
    for (let n = 0; n < 12; n++) many.push(partnership(`many-${n}`, 'crowd', 1));
    const featured = featuredPartnerships(many);
    expect(featured.map((p) => p.id)).toEqual(
      [19, 18, 17, 16, 15, 14, 13, 12, 11, 10].map((k) => `big-${k}`),
    );
  });
});
