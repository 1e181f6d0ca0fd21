import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { greatCircleArc, unwrapLongitude } from '../../src/core/geometry';

const ALGIERS = [3.0588, 36.7538] as const;
const MADRID = [-3.7038, 40.4168] as const;
const CAIRO = [31.2357, 30.0444] as const;
const BRUSSELS = [4.426, 50.8795] as const;

describe('greatCircleArc', () => {
  it('starts and ends at the two anchors', () => {
    const arc = greatCircleArc(ALGIERS, MADRID);
    expect(arc[0]?.[0]).toBeCloseTo(ALGIERS[0], 6);
    expect(arc[0]?.[1]).toBeCloseTo(ALGIERS[1], 6);
    expect(arc.at(-1)?.[0]).toBeCloseTo(MADRID[0], 6);
    expect(arc.at(-1)?.[1]).toBeCloseTo(MADRID[1], 6);
  });

  it('uses more points for longer arcs, each segment at most the given length', () => {
    const short = greatCircleArc(ALGIERS, MADRID);
    const long = greatCircleArc(CAIRO, BRUSSELS);
    expect(long.length).toBeGreaterThan(short.length);
    for (const arc of [short, long]) {
      for (let i = 1; i < arc.length; i++) {
        const a = arc[i - 1] ?? [0, 0];
        const b = arc[i] ?? [0, 0];
        expect((geoDistance(a, b) * 180) / Math.PI).toBeLessThanOrEqual(3 + 1e-9);
      }
    }
  });

  it('follows the great circle, bulging poleward of the straight line', () => {
    const arc = greatCircleArc([-74, 40.7], [2.35, 48.86]); // New York → Paris
    const middle = arc[Math.floor(arc.length / 2)] ?? [0, 0];
    expect(middle[1]).toBeGreaterThan(50);
  });

  it('unwraps longitudes across the antimeridian', () => {
    const arc = greatCircleArc([170, -15], [-170, -15]);
    for (let i = 1; i < arc.length; i++) {
      expect(Math.abs((arc[i]?.[0] ?? 0) - (arc[i - 1]?.[0] ?? 0))).toBeLessThan(10);
    }
    expect(arc.at(-1)?.[0]).toBeCloseTo(190, 6);
  });

  it('respects the point limits', () => {
    expect(greatCircleArc([0, 0], [0, 0.1])).toHaveLength(2);
    expect(greatCircleArc([0, 0], [179, 0], { maxPoints: 10 })).toHaveLength(10);
  });
});

describe('unwrapLongitude', () => {
  it('shifts by whole turns towards the reference', () => {
    expect(unwrapLongitude(-170, 170)).toBe(190);
    expect(unwrapLongitude(170, -170)).toBe(-190);
    expect(unwrapLongitude(10, 0)).toBe(10);
  });
});
