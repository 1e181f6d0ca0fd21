/**
 * Bytes to text for imported files. Real files come as UTF-8 with or without a byte-order mark,
 * UTF-16 (Excel's "Unicode text"), Windows-1256 (Arabic Excel's CSV) or Latin-1 / Windows-1252.
 * Text that is valid UTF-8 is read as UTF-8; otherwise the single-byte encoding is chosen from the
 * shape of the text (Arabic words are runs of high bytes; accented Latin letters stand alone
 * between ASCII letters). The choice is reported, so that the user can see it and change it.
 */

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** Whether the file began with a byte-order mark (removed from `text`). */
  bom: boolean;
  /** How the encoding was chosen: from a byte-order mark, by checking, by guessing, or as asked. */
  how: 'bom' | 'valid' | 'guessed' | 'chosen';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Byte-order marks and the encodings they announce. */
const MARKS: readonly (readonly [Encoding, readonly number[]])[] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** Reads bytes as the given encoding, or as the encoding they most likely are. */
/**
 * The bytes decoded in 100 steps (a TextDecoder in stream mode), saying after each how far it is,
 * so that a large file's progress moves by 1 % at a time.
 */
function decodeInSteps(
  decoder: TextDecoder,
  bytes: Uint8Array,
  onProgress?: (fraction: number) => void,
): string {
  if (!onProgress || bytes.length < 100_000) return decoder.decode(bytes);
  const step = Math.ceil(bytes.length / 100);
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += step) {
    const end = Math.min(bytes.length, at + step);
    parts.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
    onProgress(end / bytes.length);
  }
  return parts.join('');
}

export function decodeBytes(
  bytes: Uint8Array,
  encoding?: Encoding,
  onProgress?: (fraction: number) => void,
): DecodedText {
  if (encoding) {
    const bom = MARKS.some(([marked, mark]) => marked === encoding && startsWith(bytes, mark));
    const text = decodeInSteps(new TextDecoder(encoding), bytes, onProgress);
    return { text, encoding, bom, how: 'chosen' };
  }
  const marked = MARKS.find(([, mark]) => startsWith(bytes, mark));
  if (marked) {
    // TextDecoder drops the mark itself.
    return {
      text: decodeInSteps(new TextDecoder(marked[0]), bytes, onProgress),
      encoding: marked[0],
      bom: true,
      how: 'bom',
    };
  }
  try {
    const text = decodeInSteps(new TextDecoder('utf-8', { fatal: true }), bytes, onProgress);
    return { text, encoding: 'utf-8', bom: false, how: 'valid' };
  } catch (error) {
    // Only bytes that are not UTF-8 (a TypeError) mean "another encoding"; a text too long for
    // the browser (a RangeError) is said as such by the caller.
    if (!(error instanceof TypeError)) throw error;
    const guess = guessSingleByte(bytes);
    return {
      text: decodeInSteps(new TextDecoder(guess), bytes, onProgress),
      encoding: guess,
      bom: false,
      how: 'guessed',
    };
  }
}

/**
 * Windows-1256 or Windows-1252 for bytes that are not UTF-8. In Arabic text most bytes above 0x7F
 * sit next to another one (a word is a run of them); in French or Spanish text an accented letter
 * sits between ASCII letters. Bytes 0x80–0x9F that Windows-1252 leaves undefined also tell.
 */
export function guessSingleByte(bytes: Uint8Array): 'windows-1256' | 'windows-1252' {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
    if (byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d) {
      // Undefined in Windows-1252; letters (پ, چ, ژ, گ…) in Windows-1256.
      return 'windows-1256';
    }
    high++;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) paired++;
  }
  return high > 0 && paired / high > 0.5 ? 'windows-1256' : 'windows-1252';
}
