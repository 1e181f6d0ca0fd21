/**
 * What the panels may ask of the map without holding it: an image of it and a promise that it has
 * settled. MapView fills the handle once the map controller exists; the controller itself never
 * enters React state.
 */
import type { FrameContents } from '../core/legend';

export interface MapHandle {
  /** The map drawn at `scale` times its CSS size. */
  capture: (scale: number) => Promise<HTMLCanvasElement>;
  /** Resolves when every change asked for is drawn. */
  settle: () => Promise<void>;
  /** The map's CSS size. */
  size: () => { width: number; height: number };
  /** What the view holds now, and the corner where a block of `size` covers the least of it. */
  frameContents: (size: { width: number; height: number }) => FrameContents;
  /** Calls `listener` whenever the map's size changes; returns the function that stops it. */
  onResize: (listener: () => void) => () => void;
}

export interface MapHandleRef {
  current: MapHandle | null;
}
