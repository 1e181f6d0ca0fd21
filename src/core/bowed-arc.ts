/**
 * The shape every link is drawn with: a quadratic curve in Web Mercator space, bowed to one side of
 * the straight line between its two ends, so that it reads as a relationship, not as a border, a
 * route or a coastline. The GPU draws the same curve from the same numbers (`map/arc-layer.ts`), so
 * a link drawn on its own (a highlight, a fit, a test's probe) lies exactly on its pair's ribbon.
 *
 * Coordinates in Mercator units: x from 0 (180° W) to 1 (180° E), y from 0 (north) to 1 (south).
 */
import type { LonLat } from './types';

/** How far a pair's ribbon bows from its chord, as a share of the chord's length. */
export const PAIR_BOW = 0.14;

/** Web Mercator's latitude limit: beyond it y leaves the world square. */
const MAX_LATITUDE = 85.051129;

export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

export function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
}

export function lonOfX(x: number): number {
  return x * 360 - 180;
}

export function latOfY(y: number): number {
  return (360 / Math.PI) * Math.atan(Math.exp((180 - y * 360) * (Math.PI / 180))) - 90;
}

/**
 * A link's two ends in Mercator units, in the order the curve is drawn: the western end first (the
 * northern one when both share a longitude), the other moved by a whole world if that makes the
 * link shorter, so that a link across the Pacific crosses the antimeridian instead of the map.
 * `reversed` says the ends were swapped from the order given.
 */
export interface Chord {
  x0: number;
  y0: number;
  x2: number;
  y2: number;
  reversed: boolean;
}

export function chordOf(from: LonLat, to: LonLat): Chord {
  const ax = mercatorX(from[0]);
  const ay = mercatorY(from[1]);
  let bx = mercatorX(to[0]);
  const by = mercatorY(to[1]);
  if (bx - ax > 0.5) bx -= 1;
  else if (ax - bx > 0.5) bx += 1;
  const reversed = bx < ax || (bx === ax && by < ay);
  return reversed
    ? { x0: bx, y0: by, x2: ax, y2: ay, reversed }
    : { x0: ax, y0: ay, x2: bx, y2: by, reversed };
}

/**
 * The curve's control point: the chord's middle pushed to the left of the west-to-east direction
 * (north for a link along a parallel) by twice the bow times the chord's length, which puts the
 * curve's middle `bow` × length from the chord.
 */
export function controlPoint(chord: Chord, bow: number): [number, number] {
  const dx = chord.x2 - chord.x0;
  const dy = chord.y2 - chord.y0;
  return [(chord.x0 + chord.x2) / 2 + 2 * bow * dy, (chord.y0 + chord.y2) / 2 - 2 * bow * dx];
}

/** The point at `t` (0 to 1) on the curve from the chord's first end to its second. */
export function curvePoint(chord: Chord, control: [number, number], t: number): [number, number] {
  const u = 1 - t;
  return [
    u * u * chord.x0 + 2 * u * t * control[0] + t * t * chord.x2,
    u * u * chord.y0 + 2 * u * t * control[1] + t * t * chord.y2,
  ];
}

/**
 * The curve from `from` to `to` as [lon, lat] points, ends included and exactly the anchors (the
 * far end's longitude unwrapped past ±180 when the link crosses the antimeridian). A larger bow
 * bends further; a negative one bends to the other side.
 */
export function bowedArc(
  from: LonLat,
  to: LonLat,
  bow: number = PAIR_BOW,
  segments = 32,
): [number, number][] {
  const chord = chordOf(from, to);
  const control = controlPoint(chord, bow);
  const points: [number, number][] = [];
  for (let i = 0; i <= segments; i++) {
    const [x, y] = curvePoint(chord, control, i / segments);
    points.push([lonOfX(x), latOfY(y)]);
  }
  if (chord.reversed) points.reverse();
  // The ends are the anchors themselves, so that links meet their markers exactly.
  const last = points.length - 1;
  const end = points[last];
  if (end) {
    points[0] = [from[0], from[1]];
    points[last] = [to[0] + Math.round((end[0] - to[0]) / 360) * 360, to[1]];
  }
  return points;
}
