import { describe, expect, it } from 'vitest';
import { contextZoom, extentOf, partnershipFrame } from '../../src/core/extent';
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

describe('partnership frames', () => {
  it('never come closer than a scale bar of 200 km', () => {
    // At the equator a 100 px bar covers 200 km near zoom 5.6; at 60° north, a zoom less.
    expect(contextZoom(0)).toBeCloseTo(Math.log2(40_075_016.686 / (512 * 2000)), 6);
    expect(contextZoom(60)).toBeCloseTo(contextZoom(0) - 1, 6);
    expect(contextZoom(-37)).toBeCloseTo(contextZoom(37), 6);
    // The metres a pixel covers there: 100 px are 200 km.
    const z = contextZoom(45);
    const metresPerPixel = (40_075_016.686 * Math.cos(Math.PI / 4)) / (512 * 2 ** z);
    expect(metresPerPixel * 100).toBeCloseTo(200_000, 0);
  });

  it('keep both parties’ whole territories, not only their capitals', () => {
    // Algiers–Madrid, with Algeria's and Spain's mainland bounds.
    const line: [number, number][] = [
      [3.05, 36.75],
      [-3.7, 40.42],
    ];
    const algeria = [-8.67, 18.97, 11.98, 37.09] as const;
    const spain = [-9.39, 35.95, 3.32, 43.79] as const;
    const frame = partnershipFrame(line, [algeria, spain]);
    expect(frame).not.toBeNull();
    const [[west, south], [east, north]] = frame ?? [
      [0, 0],
      [0, 0],
    ];
    expect(west).toBeLessThan(-9.39);
    expect(south).toBeLessThan(18.97);
    expect(east).toBeGreaterThan(11.98);
    expect(north).toBeGreaterThan(43.79);
    // A territory across the antimeridian (Russia) is framed by its shorter side: east past 180°.
    const russia = [27.3, 41.2, -169.7, 81.9] as const;
    const moscowDamascus = partnershipFrame(
      [
        [37.6, 55.75],
        [36.3, 33.5],
      ],
      [russia],
    );
    expect(moscowDamascus?.[1][0]).toBeGreaterThan(180);
    expect(moscowDamascus?.[0][0]).toBeLessThan(37);
  });
});
