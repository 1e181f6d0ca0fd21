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

/**
 * A great-circle arc bowed to one side, for several links between the same two places: each point
 * is pushed sideways by `bend` × the arc's length × sin(π t), so the ends stay on the anchors and
 * the middle moves most. Positive bends go to the left of the direction of travel. The sideways
 * direction is taken in a plane where a degree of longitude is shortened by cos(latitude), so the
 * bow looks even on a Mercator map around the Mediterranean.
 */
export function bentArc(from: LonLat, to: LonLat, bend: number): [number, number][] {
  if (bend === 0) return greatCircleArc(from, to);
  // Enough points for a smooth bow even between neighbours.
  const line = greatCircleArc(from, to, { minPoints: 17 });
  const first = line[0] ?? [from[0], from[1]];
  const last = line.at(-1) ?? [to[0], to[1]];
  const shrink = Math.cos(((first[1] + last[1]) / 2) * (Math.PI / 180));
  const dx = (last[0] - first[0]) * shrink;
  const dy = last[1] - first[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return line;
  // The left-hand normal of the chord, back in degrees.
  const nx = -dy / length / shrink;
  const ny = dx / length;
  const last_ = line.length - 1;
  return line.map(([lon, lat], i) => {
    if (i === 0 || i === last_) return [lon, lat];
    const push = bend * length * Math.sin((Math.PI * i) / last_);
    return [lon + nx * push, Math.max(-89.9, Math.min(89.9, lat + ny * push))];
  });
}
