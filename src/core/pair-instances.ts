/**
 * What the GPU needs to draw every pair's ribbon, as flat typed arrays: one instance per pair of
 * parties (see `map/arc-layer.ts`). Built once per dataset in the data worker and sent as it is;
 * filters, hover and selection never change it (they change a visibility byte per pair).
 */
import { chordOf, controlPoint, PAIR_BOW, type Chord } from './bowed-arc';
import {
  maskDomains,
  pairDomainMask,
  pairLineStyle,
  ribbonWidth,
  type LineStyle,
} from './link-drawing';
import { pairValue, type DatasetSummary } from './summary';

/** Floats per pair in `PairInstances.geometry`. */
export const INSTANCE_FLOATS = 8;

/** A ribbon's width by value, in CSS pixels at the overview zoom: the thinnest and the widest. */
export const VALUE_WIDTH = { min: 1.5, max: 16 } as const;

/**
 * Width by value: the area of a ribbon's stroke grows with its value (a square root), from the
 * thinnest for the least to the widest for the greatest. No value, or one not above zero, is the
 * thinnest.
 */
export function valueWidth(value: number, greatest: number): number {
  if (!(value > 0) || !(greatest > 0)) return VALUE_WIDTH.min;
  return VALUE_WIDTH.min + (VALUE_WIDTH.max - VALUE_WIDTH.min) * Math.sqrt(value / greatest);
}

/** The line style of a ribbon as the shader reads it. */
export const STYLE_CODE: Record<LineStyle, number> = { solid: 0, dashed: 1, dotted: 2 };

export interface PairInstances {
  count: number;
  /**
   * Per pair, `INSTANCE_FLOATS` numbers: the chord's ends in Mercator units (x0, y0, x2, y2; see
   * `Chord`), the ribbon's width in CSS pixels at the overview zoom, its line style
   * (`STYLE_CODE`), its number of strands, and its width by value. A pair whose ends coincide has
   * width 0.
   */
  geometry: Float32Array;
  /** Per pair, the domains of all its partnerships (bit i: `summary.domains[i]`). */
  masks: Uint32Array;
  /**
   * The pairs from the weakest to the strongest (by the sum of their values, else by their number
   * of partnerships): the order they are drawn in, so that the strongest lie on top, and the order
   * a cap on the number drawn keeps from the end.
   */
  order: Uint32Array;
  /** Per pair, the box around its curve in Mercator units (west, north, east, south). */
  boxes: Float32Array;
}

export function pairInstances(summary: DatasetSummary): PairInstances {
  const { pairs, links, actors } = summary;
  const geometry = new Float32Array(pairs.count * INSTANCE_FLOATS);
  const masks = new Uint32Array(pairs.count);
  const boxes = new Float32Array(pairs.count * 4);
  const strength = new Float64Array(pairs.count);
  const valued = summary.value !== null;
  let greatest = 0;
  for (let p = 0; p < pairs.count; p++) {
    strength[p] = valued
      ? pairValue(summary, p)
      : (pairs.pairStart[p + 1] ?? 0) - (pairs.pairStart[p] ?? 0);
    const st = strength[p] ?? 0;
    if (st > greatest) greatest = st;
  }
  for (let p = 0; p < pairs.count; p++) {
    const first = pairs.pairLinks[pairs.pairStart[p] ?? 0] ?? 0;
    const a = actors[links.partyA[first] ?? 0];
    const b = actors[links.partyB[first] ?? 0];
    if (!a || !b) continue;
    const chord = chordOf(a.anchor, b.anchor);
    const mask = pairDomainMask(summary, p);
    const strands = Math.max(1, maskDomains(mask, summary.domains.length).length);
    const same = chord.x0 === chord.x2 && chord.y0 === chord.y2;
    geometry.set(
      [
        chord.x0,
        chord.y0,
        chord.x2,
        chord.y2,
        same ? 0 : ribbonWidth(strands),
        STYLE_CODE[pairLineStyle(summary, p)],
        strands,
        same ? 0 : valued ? valueWidth(strength[p] ?? 0, greatest) : ribbonWidth(strands),
      ],
      p * INSTANCE_FLOATS,
    );
    masks[p] = mask;
    // A quadratic curve lies inside the triangle of its ends and its control point.
    const [cx, cy] = controlPoint(chord, PAIR_BOW);
    boxes.set(
      [
        Math.min(chord.x0, chord.x2, cx),
        Math.min(chord.y0, chord.y2, cy),
        Math.max(chord.x0, chord.x2, cx),
        Math.max(chord.y0, chord.y2, cy),
      ],
      p * 4,
    );
  }
  // Unknown strengths (NaN) sort first: the weakest.
  const order = Uint32Array.from({ length: pairs.count }, (_, p) => p).sort((a, b) => {
    const sa = strength[a] ?? Number.NaN;
    const sb = strength[b] ?? Number.NaN;
    if (Number.isNaN(sa) || Number.isNaN(sb))
      return Number.isNaN(sa) ? (Number.isNaN(sb) ? a - b : -1) : 1;
    return sa - sb || a - b;
  });
  return { count: pairs.count, geometry, masks, order, boxes };
}

/**
 * Which pairs the map draws (1 in `out`, per pair): those `visible` (passing the filters), and under
 * a finite `cap` only the strongest `cap` of them whose curve's box meets `view` (Mercator units:
 * west, north, east, south). Returns how many pass in view (all that pass without a cap) and how
 * many are drawn.
 */
export function capPairs(
  data: PairInstances,
  visible: Uint8Array,
  cap: number,
  view: readonly [number, number, number, number] | null,
  out: Uint8Array,
): { shown: number; drawn: number } {
  const { count, order, boxes } = data;
  const capped = Number.isFinite(cap);
  out.fill(0);
  let shown = 0;
  let drawn = 0;
  // From the strongest down.
  for (let k = count - 1; k >= 0; k--) {
    const pair = order[k] ?? 0;
    if (visible[pair] !== 1) continue;
    if (capped && view) {
      const b = pair * 4;
      const outside =
        (boxes[b + 2] ?? 0) < view[0] ||
        (boxes[b] ?? 0) > view[2] ||
        (boxes[b + 3] ?? 0) < view[1] ||
        (boxes[b + 1] ?? 0) > view[3];
      if (outside) continue;
    }
    shown++;
    if (drawn >= cap) continue;
    out[pair] = 1;
    drawn++;
  }
  return { shown, drawn };
}

/** A pair's chord as `PairInstances.geometry` holds it (west end first). */
export function chordAt(data: Pick<PairInstances, 'geometry'>, pair: number): Chord {
  const o = pair * INSTANCE_FLOATS;
  const g = data.geometry;
  return {
    x0: g[o] ?? 0,
    y0: g[o + 1] ?? 0,
    x2: g[o + 2] ?? 0,
    y2: g[o + 3] ?? 0,
    reversed: false,
  };
}
