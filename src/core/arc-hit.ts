/**
 * Which pair's ribbon is under the pointer, found on the CPU: each ribbon's curve is cut into a few
 * straight segments, kept in a grid of Mercator cells, and a query measures its distance to the
 * segments of the cells around the pointer. The grid is built the first time it is asked, so a
 * dataset that is never hovered never pays for it.
 */
import { controlPoint, curvePoint } from './bowed-arc';
import { chordAt, INSTANCE_FLOATS, type PairInstances } from './pair-instances';

/** Straight segments per curve: at the widest zoom, a ribbon strays under a pixel from them. */
const SEGMENTS = 16;

export interface HitQuery {
  /** The pointer, in Mercator units. */
  x: number;
  y: number;
  /** How far from a ribbon's edge a hit still counts, in Mercator units. */
  reach: number;
  /** Mercator units per CSS pixel of ribbon width at the overview zoom (half widths are added). */
  widthUnit: number;
  /** 1 for a pair that is drawn; pairs at 0 are never hit. */
  visible: Uint8Array;
  /** Ribbons are as wide as their value (see `PairInstances.geometry`), not their domains. */
  byValue?: boolean;
}

export class ArcHitIndex {
  private built: {
    /** Per segment: x1, y1, x2, y2. */
    segments: Float32Array;
    cellStart: Uint32Array;
    cellSegments: Uint32Array;
    minX: number;
    minY: number;
    cellSize: number;
    columns: number;
    rows: number;
    /** The widest ribbon, in CSS pixels at the overview zoom. */
    maxWidth: number;
  } | null = null;

  /** Segments visited by the last query (for tests of the grid's reach). */
  lastVisited = 0;

  constructor(
    private readonly instances: PairInstances,
    private readonly bow: number,
  ) {}

  /** The pair whose ribbon is nearest the pointer within reach, or -1. */
  nearest(query: HitQuery): number {
    const grid = (this.built ??= this.build());
    const { geometry } = this.instances;
    const maxHalf = grid.maxWidth * query.widthUnit * 0.5;
    const r = query.reach + maxHalf;
    const c0 = Math.max(0, Math.floor((query.x - r - grid.minX) / grid.cellSize));
    const c1 = Math.min(grid.columns - 1, Math.floor((query.x + r - grid.minX) / grid.cellSize));
    const r0 = Math.max(0, Math.floor((query.y - r - grid.minY) / grid.cellSize));
    const r1 = Math.min(grid.rows - 1, Math.floor((query.y + r - grid.minY) / grid.cellSize));
    let best = -1;
    let bestGap = Infinity;
    this.lastVisited = 0;
    for (let row = r0; row <= r1; row++) {
      for (let column = c0; column <= c1; column++) {
        const cell = row * grid.columns + column;
        for (let k = grid.cellStart[cell] ?? 0; k < (grid.cellStart[cell + 1] ?? 0); k++) {
          const segment = grid.cellSegments[k] ?? 0;
          const pair = Math.floor(segment / SEGMENTS);
          if (query.visible[pair] !== 1) continue;
          this.lastVisited++;
          const width = geometry[pair * INSTANCE_FLOATS + (query.byValue ? 7 : 4)] ?? 0;
          const half = width * query.widthUnit * 0.5;
          const s = segment * 4;
          const gap =
            distanceToSegment(
              query.x,
              query.y,
              grid.segments[s] ?? 0,
              grid.segments[s + 1] ?? 0,
              grid.segments[s + 2] ?? 0,
              grid.segments[s + 3] ?? 0,
            ) - half;
          // Drawn later is drawn on top: a tie goes to the later pair.
          if (gap <= query.reach && (gap < bestGap || (gap === bestGap && pair > best))) {
            best = pair;
            bestGap = gap;
          }
        }
      }
    }
    return best;
  }

  private build() {
    const { geometry, count } = this.instances;
    const segments = new Float32Array(count * SEGMENTS * 4);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    let maxWidth = 0;
    for (let p = 0; p < count; p++) {
      const o = p * INSTANCE_FLOATS;
      maxWidth = Math.max(maxWidth, geometry[o + 4] ?? 0, geometry[o + 7] ?? 0);
      const chord = chordAt(this.instances, p);
      const control = controlPoint(chord, this.bow);
      let previous = curvePoint(chord, control, 0);
      for (let s = 0; s < SEGMENTS; s++) {
        const next = curvePoint(chord, control, (s + 1) / SEGMENTS);
        segments.set([previous[0], previous[1], next[0], next[1]], (p * SEGMENTS + s) * 4);
        minX = Math.min(minX, previous[0], next[0]);
        minY = Math.min(minY, previous[1], next[1]);
        maxX = Math.max(maxX, previous[0], next[0]);
        maxY = Math.max(maxY, previous[1], next[1]);
        previous = next;
      }
    }
    if (count === 0) minX = minY = maxX = maxY = 0;
    // About one segment per cell on average, at most 1,024 cells a side.
    const span = Math.max(maxX - minX, maxY - minY, 1e-9);
    const side = Math.max(1, Math.min(1024, Math.ceil(Math.sqrt(count * SEGMENTS))));
    const cellSize = span / side;
    const columns = Math.max(1, Math.ceil((maxX - minX) / cellSize) + 1);
    const rows = Math.max(1, Math.ceil((maxY - minY) / cellSize) + 1);
    const cellOf = (x: number, y: number) =>
      [Math.floor((x - minX) / cellSize), Math.floor((y - minY) / cellSize)] as const;
    // Two passes: count the segments of each cell, then place them (compressed rows).
    const cellStart = new Uint32Array(columns * rows + 1);
    const visit = (segment: number, each: (cell: number) => void) => {
      const s = segment * 4;
      const [ca, ra] = cellOf(segments[s] ?? 0, segments[s + 1] ?? 0);
      const [cb, rb] = cellOf(segments[s + 2] ?? 0, segments[s + 3] ?? 0);
      for (let row = Math.min(ra, rb); row <= Math.max(ra, rb); row++) {
        for (let column = Math.min(ca, cb); column <= Math.max(ca, cb); column++) {
          each(row * columns + column);
        }
      }
    };
    const total = count * SEGMENTS;
    for (let segment = 0; segment < total; segment++) {
      visit(segment, (cell) => {
        cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + 1;
      });
    }
    for (let cell = 0; cell < columns * rows; cell++) {
      cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + (cellStart[cell] ?? 0);
    }
    const fill = cellStart.slice(0, columns * rows);
    const cellSegments = new Uint32Array(cellStart[columns * rows] ?? 0);
    for (let segment = 0; segment < total; segment++) {
      visit(segment, (cell) => {
        cellSegments[fill[cell] ?? 0] = segment;
        fill[cell] = (fill[cell] ?? 0) + 1;
      });
    }
    return { segments, cellStart, cellSegments, minX, minY, cellSize, columns, rows, maxWidth };
  }
}

function distanceToSegment(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
