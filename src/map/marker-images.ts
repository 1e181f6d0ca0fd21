/**
 * Marker icons drawn into pixel buffers, so the map needs no sprite file and no network. States are
 * discs; organizations are diamonds, so the two never read as the same kind of actor.
 */

export interface MarkerImage {
  width: number;
  height: number;
  data: Uint8Array;
}

type Shape = (x: number, y: number, radius: number) => number;

/** Distance-like measure: negative inside, 0 on the edge, in pixels. */
const disc: Shape = (x, y, radius) => Math.hypot(x, y) - radius;
const diamond: Shape = (x, y, radius) => (Math.abs(x) + Math.abs(y) - radius) / Math.SQRT2;

function hexToRgb(hex: string): [number, number, number] {
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
