/**
 * What the atlas reads at most, each limit named in the message that refuses more: files far
 * beyond these would stall or crash a browser tab before anything useful could be said.
 */
import { MAX_ARTICLE_BYTES } from './ingest/article';

const MB = 1024 * 1024;

export const LIMITS = {
  /** A file imported under Datasets (CSV, GeoJSON, our JSON, a repository zip). */
  importBytes: 200 * MB,
  /** An article brought to the workbench. */
  articleBytes: MAX_ARTICLE_BYTES,
  /** A briefing deck's JSON. */
  deckBytes: 5 * MB,
  /** The columns of a table. */
  columns: 500,
  /** How deep JSON may nest (arrays and objects inside each other). */
  jsonDepth: 64,
} as const;

/** "200 MB", "5 MB", "3.4 MB": a size as the messages give it. */
export function megabytes(bytes: number): string {
  const value = bytes / MB;
  return `${value >= 10 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1)} MB`;
}

/**
 * Where JSON text first nests deeper than `limit` (its 1-based line and column), or null. Strings
 * are skipped whole, escapes included; nothing else of the syntax is checked here.
 */
export function jsonTooDeep(
  text: string,
  limit: number = LIMITS.jsonDepth,
): { line: number; column: number } | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) {
      // A string: to its closing quote, past escaped characters.
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 92) i++;
        else if (c === 34) break;
        else if (c === 10) {
          line++;
          lineStart = i + 1;
        }
      }
    } else if (code === 91 || code === 123) {
      depth++;
      if (depth > limit) return { line, column: i - lineStart + 1 };
    } else if (code === 93 || code === 125) {
      depth--;
    } else if (code === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return null;
}
