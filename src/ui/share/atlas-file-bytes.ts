/**
 * Whether bytes are one of our atlas files, told on the page without unpacking them: a zip whose
 * directory (at its end, names stored as they are) names `atlas-file.json`. The import worker
 * reads and checks it properly.
 */
import { isZip } from '../../core/zip-signature';

const NAME = new TextEncoder().encode('atlas-file.json');
/** The end of the file searched: a directory of thousands of source files fits. */
const TAIL = 1024 * 1024;

export function looksLikeAtlasFile(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  const from = Math.max(0, bytes.length - TAIL);
  outer: for (let i = bytes.length - NAME.length; i >= from; i--) {
    for (let k = 0; k < NAME.length; k++) if (bytes[i + k] !== NAME[k]) continue outer;
    return true;
  }
  return false;
}
