import { describe, expect, it } from 'vitest';
import { ArcHitIndex } from '../../src/core/arc-hit';
import {
  bowedArc,
  chordOf,
  latOfY,
  lonOfX,
  mercatorX,
  mercatorY,
  PAIR_BOW,
} from '../../src/core/bowed-arc';
import { INSTANCE_FLOATS, type PairInstances } from '../../src/core/pair-instances';

const ALGIERS: [number, number] = [3.0588, 36.7538];
const MADRID: [number, number] = [-3.7038, 40.4168];
const middle = (line: [number, number][]) => line[Math.floor(line.length / 2)] ?? [0, 0];

describe('bowedArc', () => {
  it('round-trips Mercator coordinates', () => {
    for (const [lon, lat] of [ALGIERS, MADRID, [-170, -45], [179.9, 80]] as const) {
      expect(lonOfX(mercatorX(lon))).toBeCloseTo(lon, 9);
      expect(latOfY(mercatorY(lat))).toBeCloseTo(lat, 9);
    }
  });

  it('ends exactly on the anchors, in the order given', () => {
    const there = bowedArc(ALGIERS, MADRID);
    const back = bowedArc(MADRID, ALGIERS);
    expect(there[0]).toEqual(ALGIERS);
    expect(there.at(-1)).toEqual(MADRID);
    expect(back[0]).toEqual(MADRID);
    expect(back.at(-1)).toEqual(ALGIERS);
    // The same curve whichever way it is asked for: the bow never depends on the order.
    expect(middle(there)[0]).toBeCloseTo(middle(back)[0], 9);
    expect(middle(there)[1]).toBeCloseTo(middle(back)[1], 9);
  });

  it('bows north of an east–west link, by the share of its length asked for', () => {
    const west: [number, number] = [-10, 0];
    const east: [number, number] = [10, 0];
    const line = bowedArc(west, east, 0.1);
    const [lon, lat] = middle(line);
    expect(lon).toBeCloseTo(0, 6);
    // 0.1 × 20° of longitude on the equator is about 2° of latitude.
    expect(lat).toBeGreaterThan(1.9);
    expect(lat).toBeLessThan(2.1);
    expect(middle(bowedArc(west, east, -0.1))[1]).toBeLessThan(-1.9);
    // With no bow it is the straight Mercator line.
    expect(middle(bowedArc(west, east, 0))[1]).toBeCloseTo(0, 9);
  });

  it('crosses the antimeridian when that is shorter', () => {
    const fiji: [number, number] = [178.4, -18.1];
    const samoa: [number, number] = [-171.8, -13.8];
    const chord = chordOf(fiji, samoa);
    expect(Math.abs(chord.x2 - chord.x0)).toBeLessThan(0.05);
    const line = bowedArc(fiji, samoa);
    expect(line[0]).toEqual(fiji);
    // The far end continues past 180° instead of streaking back across the map.
    expect(line.at(-1)?.[0]).toBeCloseTo(-171.8 + 360, 9);
    for (let i = 1; i < line.length; i++) {
      expect(Math.abs((line[i]?.[0] ?? 0) - (line[i - 1]?.[0] ?? 0))).toBeLessThan(2);
    }
  });
});

describe('ArcHitIndex', () => {
  /** Pairs along the equator and one far north, each 3 px wide. */
  const instances = (chords: [number, number, number, number][]): PairInstances => {
    const geometry = new Float32Array(chords.length * INSTANCE_FLOATS);
    chords.forEach((c, p) => geometry.set([...c, 3, 0, 1, 3], p * INSTANCE_FLOATS));
    return {
      count: chords.length,
      geometry,
      masks: new Uint32Array(chords.length).fill(1),
      order: Uint32Array.from(chords, (_, p) => p),
      boxes: new Float32Array(chords.length * 4),
    };
  };
  const pixel = 1 / 512; // Mercator units per CSS pixel at zoom 0
  const query = (x: number, y: number, visible: Uint8Array) => ({
    x,
    y,
    reach: 5 * pixel,
    widthUnit: pixel,
    visible,
  });

  it('finds the ribbon under the pointer, and none away from every ribbon', () => {
    const data = instances([
      [0.4, 0.5, 0.6, 0.5],
      [0.4, 0.2, 0.6, 0.2],
    ]);
    const index = new ArcHitIndex(data, 0);
    const all = new Uint8Array([1, 1]);
    expect(index.nearest(query(0.5, 0.5, all))).toBe(0);
    expect(index.nearest(query(0.5, 0.2 + 4 * pixel, all))).toBe(1);
    expect(index.nearest(query(0.5, 0.35, all))).toBe(-1);
    // A hidden pair is never hit.
    expect(index.nearest(query(0.5, 0.5, new Uint8Array([0, 1])))).toBe(-1);
  });

  it('follows the bow, not the chord', () => {
    const data = instances([[0.4, 0.5, 0.6, 0.5]]);
    const index = new ArcHitIndex(data, PAIR_BOW);
    const all = new Uint8Array([1]);
    // The curve's middle is PAIR_BOW × 0.2 north of the chord's middle.
    expect(index.nearest(query(0.5, 0.5 - PAIR_BOW * 0.2, all))).toBe(0);
    expect(index.nearest(query(0.5, 0.5, all))).toBe(-1);
  });

  it('visits only the segments near the pointer, however many pairs there are', () => {
    const chords: [number, number, number, number][] = [];
    for (let i = 0; i < 20_000; i++) {
      const y = 0.1 + (0.8 * i) / 20_000;
      chords.push([0.1, y, 0.9, y]);
    }
    const index = new ArcHitIndex(instances(chords), 0);
    const all = new Uint8Array(chords.length).fill(1);
    expect(index.nearest(query(0.5, 0.1, all))).toBe(0);
    // The lines within reach (about 250 of them, 4e-5 apart) and their neighbours' segments in the
    // same cells: a few per cent of the 320,000 segments, not all of them.
    expect(index.lastVisited).toBeGreaterThan(0);
    expect(index.lastVisited).toBeLessThan(320_000 / 25);
  });
});
