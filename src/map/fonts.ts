/**
 * The map draws its labels with the page's fonts (no glyph server): a label drawn before a bundled
 * font has loaded keeps the fallback face. So the map waits for the families its labels use
 * (`MAP_FONT`), which are local files and load in milliseconds; a font that never comes does not
 * keep the map from appearing (the wait gives up after `timeoutMs`).
 */
import { MAP_FONT } from './style';

/** A sample of each script the labels use, so that the browser fetches the matching file. */
const SAMPLES: Readonly<Record<string, string>> = {
  'Noto Sans': 'Algeria',
  'Noto Sans Arabic': 'الجزائر',
};

export function mapFontsReady(timeoutMs = 3000): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return Promise.resolve();
  const loads = Object.entries(SAMPLES)
    .filter(([family]) => MAP_FONT.includes(family))
    .map(([family, sample]) => document.fonts.load(`400 16px "${family}"`, sample).catch(() => []));
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([Promise.all(loads).then(() => undefined), timeout]);
}
