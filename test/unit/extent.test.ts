import { describe, expect, it } from 'vitest';
import { extentOf } from '../../src/core/extent';
import { summarizeDataset } from '../../src/core/summary';
import { seedJson } from './helpers';

describe('extentOf', () => {
  it('frames the points with a margin', () => {
    const frame = extentOf(
      [
        [-122.4, 37.8],
        [-74, 40.7],
        [-87.6, 41.9],
      ],
      { margin: 0.1 },
    );
    expect(frame).not.toBeNull();
    const [[west, south], [east, north]] = frame ?? [
      [0, 0],
      [0, 0],
    ];
    expect(west).toBeCloseTo(-122.4 - 4.84, 6);
    expect(east).toBeCloseTo(-74 + 4.84, 6);
    expect(south).toBeLessThan(37.8);
    expect(north).toBeGreaterThan(41.9);
  });

  it('crosses the antimeridian when that is shorter, with an east edge past 180°', () => {
    const [[west], [east]] = extentOf([
      [178.4, -18.1],
      [-171.8, -13.8],
      [-175.2, -21.1],
    ]) ?? [
      [0, 0],
      [0, 0],
    ];
    expect(west).toBeLessThan(178.4);
    expect(west).toBeGreaterThan(170);
    expect(east).toBeGreaterThan(-171.8 + 360);
    expect(east).toBeLessThan(200);
  });

  it('keeps the short way round when it does not cross 180°', () => {
    const [[west], [east]] = extentOf([
      [-10, 0],
      [150, 0],
    ]) ?? [
      [0, 0],
      [0, 0],
    ];
    expect(west).toBeLessThan(-10);
    expect(east).toBeGreaterThan(150);
    expect(east).toBeLessThan(180);
  });

  it('gives one place a few degrees of room, and no points no frame', () => {
    const [[west, south], [east, north]] = extentOf([[2.35, 48.86]]) ?? [
      [0, 0],
      [0, 0],
    ];
    expect(east - west).toBeCloseTo(4, 6);
    expect(north - south).toBeCloseTo(4, 6);
    expect(extentOf([])).toBeNull();
  });
});

describe('a dataset’s frame', () => {
  it('is the one its file writes, else the extent of its parties', () => {
    const seed = seedJson();
    expect(
      summarizeDataset({
        ...seed,
        view: {
          bounds: [
            [-12, 24],
            [38, 53],
          ],
        },
      }).frame,
    ).toEqual([
      [-12, 24],
      [38, 53],
    ]);
    const unframed = { ...seed };
    delete unframed.view;
    const frame = summarizeDataset(unframed).frame;
    // Madrid is the westernmost party, Cairo the easternmost, Brussels the northernmost.
    expect(frame?.[0][0]).toBeLessThan(-3.7);
    expect(frame?.[1][0]).toBeGreaterThan(31.2);
    expect(frame?.[1][1]).toBeGreaterThan(50.8);
    expect(frame?.[0][1]).toBeLessThan(30.05);
    // Organizations' members that are not parties stay out of the frame (NATO reaches Canada).
    expect(frame?.[0][0]).toBeGreaterThan(-20);
  });
});
