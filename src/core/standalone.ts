/**
 * A standalone page: one `.html` file that shows an atlas with no server and no network. The build
 * writes its shell (`standalone-shell.html`: the read-only atlas, every script, style and font
 * inlined); saving a page fills the shell's slot with the contents below, as JSON.
 */
import { basemapScaleForZoom, type BasemapScale } from './basemap';

/** What the slot's JSON says it is. */
export const STANDALONE_FORMAT = 'partnership-atlas-standalone';
/** The version this atlas writes and the newest it reads. */
export const STANDALONE_VERSION = 1;
/** The id of the shell's element that carries the contents. */
export const STANDALONE_SLOT_ID = 'atlas-standalone';
/** The empty slot, as the shell carries it: exactly once. */
export const STANDALONE_SLOT = `<script id="${STANDALONE_SLOT_ID}" type="application/json"></script>`;

export interface StandaloneContents {
  format: typeof STANDALONE_FORMAT;
  version: number;
  /** The atlas file (dataset, source texts, deck and view): gzipped, in base64. */
  atlasFile: string;
  /** Natural Earth's countries (world-atlas TopoJSON) at the scales saved: gzipped, in base64. */
  basemaps: Partial<Record<BasemapScale, string>>;
  /** The Arabic names of countries (i18n-iso-countries's file): gzipped, in base64. */
  arabicNames: string;
  /** When the page was saved, as an ISO 8601 instant. */
  saved: string;
}

/** Natural Earth's scales, coarsest first. */
export const BASEMAP_SCALES: readonly BasemapScale[] = ['110m', '50m', '10m'];

/**
 * The scales a page saves for the zooms its views use: the two small ones always (the world and a
 * region, 0.3 MB gzipped together), the 1:10m one (0.9 MB) only when a view is zoomed in that far.
 */
export function standaloneScales(zooms: readonly number[]): BasemapScale[] {
  const wanted = new Set<BasemapScale>(['110m', '50m']);
  for (const zoom of zooms) {
    if (Number.isFinite(zoom)) wanted.add(basemapScaleForZoom(zoom));
  }
  return BASEMAP_SCALES.filter((scale) => wanted.has(scale));
}

/**
 * The saved scale that stands in for one the zoom asks for: itself, else the nearest, the finer of
 * two equally near. Null when none is saved.
 */
export function nearestScale(
  wanted: BasemapScale,
  saved: readonly BasemapScale[],
): BasemapScale | null {
  const at = BASEMAP_SCALES.indexOf(wanted);
  let best: BasemapScale | null = null;
  let bestDistance = Infinity;
  for (const scale of saved) {
    const index = BASEMAP_SCALES.indexOf(scale);
    const distance = Math.abs(index - at);
    if (distance < bestDistance || (distance === bestDistance && index > at)) {
      best = scale;
      bestDistance = distance;
    }
  }
  return best;
}

/** Bytes as base64. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    parts.push(String.fromCharCode(...bytes.subarray(at, at + 0x8000)));
  }
  return btoa(parts.join(''));
}

/** Base64 as bytes; throws on anything that is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The shell with its slot filled, titled and in the page's language. Throws when the shell has no
 * slot, or more than one (a build that went wrong).
 */
export function fillStandaloneShell(
  shell: string,
  contents: StandaloneContents,
  head: { title: string; language: 'en' | 'ar' },
): string {
  const at = shell.indexOf(STANDALONE_SLOT);
  if (at < 0 || shell.indexOf(STANDALONE_SLOT, at + 1) >= 0) {
    throw new Error('the standalone shell has no single slot for the atlas: rebuild the site');
  }
  // Inside a script element only "</script" and "<!--" could end it early: no "<" gets through.
  const json = JSON.stringify(contents).replace(/</g, '\\u003c');
  const slot = STANDALONE_SLOT.replace('></script>', `>${json}</script>`);
  const filled = shell.slice(0, at) + slot + shell.slice(at + STANDALONE_SLOT.length);
  const direction = head.language === 'ar' ? 'rtl' : 'ltr';
  // Replaced by functions: a title's "$&" is text, not a pattern.
  return filled
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(head.title)}</title>`)
    .replace(/<html[^>]*>/, () => `<html lang="${head.language}" dir="${direction}">`);
}

export type ReadStandalone =
  { ok: true; contents: StandaloneContents } | { ok: false; why: string };

/** The slot's JSON read back; refused, with the reason, when it is empty, damaged or newer. */
export function readStandaloneContents(text: string): ReadStandalone {
  if (text.trim() === '') return { ok: false, why: 'the page carries no atlas' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, why: `its atlas is damaged (${String(error)})` };
  }
  if (typeof value !== 'object' || value === null) {
    return { ok: false, why: 'its atlas is not an object' };
  }
  const record = value as Record<string, unknown>;
  if (record.format !== STANDALONE_FORMAT) {
    return {
      ok: false,
      why: `its atlas names the format ${JSON.stringify(record.format ?? null)}`,
    };
  }
  if (typeof record.version !== 'number' || record.version > STANDALONE_VERSION) {
    return { ok: false, why: `its atlas was saved by a newer version (${String(record.version)})` };
  }
  const basemaps = record.basemaps;
  const strings = (object: unknown) =>
    typeof object === 'object' &&
    object !== null &&
    Object.entries(object).every(
      ([key, entry]) => BASEMAP_SCALES.includes(key as BasemapScale) && typeof entry === 'string',
    );
  for (const key of ['atlasFile', 'arabicNames', 'saved'] as const) {
    if (typeof record[key] !== 'string') return { ok: false, why: `its atlas lacks "${key}"` };
  }
  if (!strings(basemaps)) return { ok: false, why: 'its atlas has a damaged "basemaps"' };
  return { ok: true, contents: value as StandaloneContents };
}
