/** Great-circle geometry for drawing links. Pure functions; coordinates are [lon, lat] degrees. */
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { LonLat } from './types';

const RADIANS_TO_DEGREES = 180 / Math.PI;

export interface ArcOptions {
  /** Longest segment of the polyline, in degrees of arc. Default 3. */
  maxSegmentDegrees?: number;
  /** Fewest points in the result, ends included. Default 2. */
  minPoints?: number;
  /** Most points in the result, ends included. Default 64. */
  maxPoints?: number;
}

/**
 * Points along the great circle from `from` to `to`, ends included. Short arcs get few points and
 * long ones more, so each segment spans at most `maxSegmentDegrees`. Longitudes are unwrapped: each
 * point's longitude differs from the previous one's by less than 180°, so an arc that crosses the
 * antimeridian continues past ±180 instead of streaking across the map.
 */
export function greatCircleArc(
  from: LonLat,
  to: LonLat,
  options: ArcOptions = {},
): [number, number][] {
  const { maxSegmentDegrees = 3, minPoints = 2, maxPoints = 64 } = options;
  const degrees = geoDistance([from[0], from[1]], [to[0], to[1]]) * RADIANS_TO_DEGREES;
  const count = Math.min(
    maxPoints,
    Math.max(minPoints, Math.ceil(degrees / maxSegmentDegrees) + 1),
  );
  const interpolate = geoInterpolate([from[0], from[1]], [to[0], to[1]]);
  const points: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    // The ends are the anchors themselves, so arcs meet their markers exactly.
    const [lon, lat] = i === 0 ? from : i === count - 1 ? to : interpolate(i / (count - 1));
    const previous = points[i - 1];
    points.push([previous ? unwrapLongitude(lon, previous[0]) : lon, lat]);
  }
  return points;
}

/** Shifts `lon` by whole turns so that it lies within 180° of `reference`. */
export function unwrapLongitude(lon: number, reference: number): number {
  let out = lon;
  while (out - reference > 180) out -= 360;
  while (out - reference < -180) out += 360;
  return out;
}
