/**
 * The frame a dataset opens on: the extent of its parties, or the one its file writes. Longitudes
 * are on a circle, so the shortest extent of points on both sides of the antimeridian (Fiji and
 * Samoa) crosses it, written with an east edge past 180°.
 */
import type { LonLat } from './types';

/** [[west, south], [east, north]] in degrees; east may exceed 180 when the frame crosses 180°. */
export type Bounds = [[number, number], [number, number]];

export interface ExtentOptions {
  /** Room added on every side, as a share of the extent's span. Default 0.08. */
  margin?: number;
  /** The least span in degrees, so that one place or two close ones are not framed at a street. */
  minSpan?: number;
}

/** Web Mercator's edge: a frame never reaches past it. */
const MAX_LATITUDE = 84;

/** The smallest frame around the points, with a margin; null for no points. */
export function extentOf(points: readonly LonLat[], options: ExtentOptions = {}): Bounds | null {
  const { margin = 0.08, minSpan = 4 } = options;
  if (points.length === 0) return null;
  const lons = points.map(([lon]) => normalizeLongitude(lon)).sort((a, b) => a - b);
  const first = lons[0] ?? 0;
  const last = lons.at(-1) ?? 0;
  // The widest empty arc of longitude: the frame is everything else. By default it is the arc
  // across the antimeridian (west = the least longitude, east = the greatest).
  let west = first;
  let east = last;
  let widestGap = first + 360 - last;
  for (let i = 1; i < lons.length; i++) {
    const gap = (lons[i] ?? 0) - (lons[i - 1] ?? 0);
    if (gap > widestGap) {
      widestGap = gap;
      west = lons[i] ?? 0;
      east = (lons[i - 1] ?? 0) + 360;
    }
  }
  let south = Math.min(...points.map(([, lat]) => lat));
  let north = Math.max(...points.map(([, lat]) => lat));
  const grow = (low: number, high: number): [number, number] => {
    const span = high - low;
    const pad = Math.max(span * margin, (minSpan - span) / 2, 0);
    return [low - pad, high + pad];
  };
  [west, east] = grow(west, east);
  [south, north] = grow(south, north);
  if (east - west > 360) [west, east] = [-180, 180];
  return [
    [round(west), round(Math.max(-MAX_LATITUDE, south))],
    [round(east), round(Math.min(MAX_LATITUDE, north))],
  ];
}

/** The longitude in [-180, 180). */
function normalizeLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** The Earth's circumference at the equator in metres (WGS 84), as MapLibre's scale bar uses. */
const EARTH_CIRCUMFERENCE = 40_075_016.686;

/**
 * The closest zoom a fit may reach at `latitude`: where a scale bar `barPixels` CSS pixels wide
 * (MapLibre's default is 100) still reads `kilometres` (200 km: a fitted partnership never shows
 * less than a region, so the audience can tell where it is).
 */
export function contextZoom(latitude: number, kilometres = 200, barPixels = 100): number {
  const cos = Math.cos((Math.min(MAX_LATITUDE, Math.abs(latitude)) * Math.PI) / 180);
  // MapLibre's world is 512 CSS pixels wide at zoom 0.
  return Math.log2((EARTH_CIRCUMFERENCE * cos * barPixels) / (512 * kilometres * 1000));
}

/**
 * What a fit to a partnership keeps in view: its line and the whole territory of each state party
 * (west, south, east, north; west > east where it crosses the antimeridian), with a small margin.
 */
export function partnershipFrame(
  line: readonly LonLat[],
  territories: readonly (readonly [number, number, number, number])[],
): Bounds | null {
  const points: LonLat[] = [...line];
  for (const [west, south, east, north] of territories) {
    const across = west > east ? east + 360 : east;
    points.push([west, south], [across, north], [(west + across) / 2, (south + north) / 2]);
  }
  return extentOf(points, { margin: 0.04, minSpan: 2 });
}
