/**
 * Marker icons drawn into pixel buffers, so the map needs no sprite file and no network. States are
 * discs; organizations are diamonds, so the two never read as the same kind of actor; places an
 * imported file names without saying what they are are squares.
 */
import type { LineStyle } from '../core/link-drawing';

export interface MarkerImage {
  width: number;
  height: number;
  data: Uint8Array;
}

type Shape = (x: number, y: number, radius: number) => number;

/** Distance-like measure: negative inside, 0 on the edge, in pixels. */
const disc: Shape = (x, y, radius) => Math.hypot(x, y) - radius;
const diamond: Shape = (x, y, radius) => (Math.abs(x) + Math.abs(y) - radius) / Math.SQRT2;
const square: Shape = (x, y, radius) => Math.max(Math.abs(x), Math.abs(y)) - radius;

export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/**
 * Draws a filled shape with a white outline, anti-aliased by 4×4 supersampling.
 * @param size width and height in device pixels
 */
function drawMarker(shape: Shape, size: number, fill: string, outlineWidth: number): MarkerImage {
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = hexToRgb(fill);
  const centre = size / 2;
  const radius = centre - 1;
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inside = 0;
      let inFill = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const d = shape(
            px + (sx + 0.5) / samples - centre,
            py + (sy + 0.5) / samples - centre,
            radius,
          );
          if (d <= 0) inside++;
          if (d <= -outlineWidth) inFill++;
        }
      }
      const total = samples * samples;
      const alpha = inside / total;
      const fillShare = inside === 0 ? 0 : inFill / inside;
      const o = (py * size + px) * 4;
      // Premultiplied-free RGBA: blend fill over the white outline.
      data[o] = Math.round(r * fillShare + 255 * (1 - fillShare));
      data[o + 1] = Math.round(g * fillShare + 255 * (1 - fillShare));
      data[o + 2] = Math.round(b * fillShare + 255 * (1 - fillShare));
      data[o + 3] = Math.round(alpha * 255);
    }
  }
  return { width: size, height: size, data };
}

export const MARKER_PIXEL_RATIO = 2;

export function stateMarker(fill: string): MarkerImage {
  return drawMarker(disc, 14 * MARKER_PIXEL_RATIO, fill, 2 * MARKER_PIXEL_RATIO);
}

export function organizationMarker(fill: string): MarkerImage {
  return drawMarker(diamond, 22 * MARKER_PIXEL_RATIO, fill, 2 * MARKER_PIXEL_RATIO);
}

export function placeMarker(fill: string): MarkerImage {
  return drawMarker(square, 12 * MARKER_PIXEL_RATIO, fill, 2 * MARKER_PIXEL_RATIO);
}

/** Device pixels per strand in a ribbon pattern, the last one left clear between strands. */
const STRAND_PIXELS = 8;
/**
 * Dash and gap of each line style, in CSS pixels along the line at the ribbon's own width: long
 * dashes for talks and intent, short dots for a status not given (see `LineStyle`).
 */
const DASHES: Record<LineStyle, { dash: number; gap: number } | null> = {
  solid: null,
  dashed: { dash: 8, gap: 5 },
  dotted: { dash: 2.5, gap: 4 },
};

/**
 * The pattern image that paints a ribbon's strands across a line: one band per colour, a clear
 * pixel between bands, and for a dashed or dotted ribbon a clear gap along the line. MapLibre scales a line
 * pattern so that its height is the line's width, so the image's length is set from the width the
 * ribbon is drawn at (`ribbonWidth`), which keeps dashes the same length on thin and wide ribbons.
 */
export function ribbonPattern(
  colours: readonly string[],
  style: LineStyle,
  ribbonWidth: number,
): MarkerImage {
  const bands = Math.max(1, colours.length);
  const height = bands * STRAND_PIXELS;
  // Device pixels per CSS pixel along the line, at the scale the pattern will be drawn.
  const scale = height / ribbonWidth;
  const dashes = DASHES[style];
  const width = dashes ? Math.max(2, Math.round((dashes.dash + dashes.gap) * scale)) : 2;
  const dashEnd = dashes ? Math.max(1, Math.round(dashes.dash * scale)) : width;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const band = Math.floor(y / STRAND_PIXELS);
    if (y % STRAND_PIXELS === STRAND_PIXELS - 1 && band < bands - 1) continue;
    const [r, g, b] = hexToRgb(colours[band] ?? '#000000');
    for (let x = 0; x < dashEnd; x++) {
      const i = (y * width + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}
