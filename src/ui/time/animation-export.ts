/**
 * The growth animation: the play-through of the time bar recorded as a WebM video, each step
 * composed as the PNG export composes a view (title band, map, legend, sources) with the window's
 * years written large on the map. The canvas is captured with `MediaRecorder`; the recorder is
 * paused while the map draws the next step, so each step lasts exactly its share of the video
 * however long the drawing took.
 */
import { fileSlug } from '../../core/deck';
import { translator } from '../../core/messages';
import { movedWindow, rangeOfWindow, windowOfRange } from '../../core/timeline';
import type { AtlasStore } from '../../store/atlas-store';
import { composeImage, type ImageText } from '../compose-image';
import { download } from '../download';
import type { MapHandle } from '../map-handle';
import { imageText, rangeText, viewTitle } from '../view-text';

/** Steps a second at 1× (as the time bar's Play at 1×). */
const STEPS_PER_SECOND = 1;
export const ANIMATION_SPEEDS = [1, 2] as const;
export type AnimationSpeed = (typeof ANIMATION_SPEEDS)[number];

/** The WebM flavours to try, best first. */
const TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

/** Whether this browser can record a canvas as WebM. */
export function canRecordVideo(): boolean {
  return (
    typeof MediaRecorder !== 'undefined' &&
    typeof HTMLCanvasElement.prototype.captureStream === 'function' &&
    TYPES.some((type) => MediaRecorder.isTypeSupported(type))
  );
}

const wait = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * Records the play-through from the axis's first bin to its last, with the window's width (one
 * bin without a window), at `speed`; downloads it and resolves to its name and size. The view's
 * window is put back afterwards, and when `signal` aborts, the recording stops where it is.
 */
export async function exportAnimation(
  store: AtlasStore,
  handle: MapHandle,
  speed: AnimationSpeed,
  onProgress: (position: number, count: number) => void,
  signal?: AbortSignal,
): Promise<{ name: string; bytes: number; steps: number }> {
  const start = store.getState();
  const axis = start.summary?.time;
  if (!axis) throw new Error('The dataset has no dates to play through.');
  const type = TYPES.find((t) => MediaRecorder.isTypeSupported(t));
  if (!type) throw new Error('This browser cannot record WebM video.');
  const { dateFrom, dateTo } = start.filters;
  const window = windowOfRange(axis, dateFrom, dateTo);
  const width = window ? window.to - window.from : 0;
  const count = axis.count - width;
  // The legend and the sources of the view at every date (what each step shows is within it), so
  // that every frame has the size of this view's PNG at 1×.
  start.setDateRange(null, null);
  await handle.settle();
  const whole = imageText(store.getState(), false, handle.frameContents({ width: 0, height: 0 }));
  const { t, formatDate } = translator(start.language);

  let canvas: HTMLCanvasElement | null = null;
  let recorder: MediaRecorder | null = null;
  let track: CanvasCaptureMediaStreamTrack | null = null;
  const chunks: Blob[] = [];
  /** Draws the current step's frame (again, for the last: a canvas left as it is sends none). */
  let draw = () => {};
  try {
    let step = { from: 0, to: width };
    for (let position = 0; position < count && !signal?.aborted; position++) {
      onProgress(position + 1, count);
      const range = rangeOfWindow(axis, step);
      store.getState().setDateRange(range.dateFrom, range.dateTo);
      const map = await handle.capture(1);
      const state = store.getState();
      const text: ImageText = { ...whole, subtitle: viewTitle(state, false).subtitle };
      const composed = composeImage(map, handle.size(), 1, text);
      if (!canvas) {
        canvas = document.createElement('canvas');
        // Even sides: the encoders' chroma planes are half the size.
        canvas.width = composed.canvas.width + (composed.canvas.width % 2);
        canvas.height = composed.canvas.height + (composed.canvas.height % 2);
        const stream = canvas.captureStream(0);
        track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
        recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 4_000_000 });
        recorder.ondataavailable = (event) => {
          if (event.data.size > 0) chunks.push(event.data);
        };
        recorder.start();
        recorder.pause();
      }
      const context = canvas.getContext('2d');
      if (!context || !recorder || !track) throw new Error('No canvas to record.');
      const years = rangeText(range.dateFrom, range.dateTo, t, formatDate);
      const size = { width: canvas.width, height: canvas.height };
      draw = () => {
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, size.width, size.height);
        context.drawImage(composed.canvas, 0, 0);
        drawYear(context, composed.layout.map, years);
      };
      draw();
      recorder.resume();
      track.requestFrame();
      await wait(1000 / (STEPS_PER_SECOND * speed));
      recorder.pause();
      step = movedWindow(axis, step, 1);
    }
    if (!recorder || !track) throw new Error('Nothing was recorded.');
    // The last frame again, so that the last step lasts as long as the others.
    recorder.resume();
    draw();
    track.requestFrame();
    // Time for the frame to reach the recorder before it stops.
    await wait(100);
    const stopped = new Promise<void>((resolve) => {
      recorder?.addEventListener('stop', () => {
        resolve();
      });
    });
    recorder.stop();
    await stopped;
  } finally {
    store.getState().setDateRange(dateFrom, dateTo);
    track?.stop();
  }
  const blob = new Blob(chunks, { type: 'video/webm' });
  const title = viewTitle(store.getState(), false).title;
  const name = `${fileSlug(title, 'partnership-atlas')}-${String(speed)}x.webm`;
  download(blob, name);
  return { name, bytes: blob.size, steps: count };
}

/** The window's years, large in the map's top corner (inline end), on a light plate. */
function drawYear(
  context: CanvasRenderingContext2D,
  map: { x: number; y: number; width: number; height: number },
  text: string | null,
): void {
  if (text === null) return;
  const size = Math.max(24, Math.round(map.height / 10));
  context.font = `700 ${String(size)}px 'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif`;
  const width = context.measureText(text).width;
  const pad = size / 3;
  const x = map.x + map.width - width - pad * 3;
  const y = map.y + pad;
  context.fillStyle = 'rgba(255, 255, 255, 0.88)';
  context.fillRect(x - pad, y, width + pad * 2, size * 1.35);
  context.fillStyle = '#1b1f24';
  context.textBaseline = 'top';
  context.fillText(text, x, y + size * 0.15);
}
