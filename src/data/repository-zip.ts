/**
 * A dataset in the repository's own layout, as one `.zip`: `atlas.json` and `sources/*.txt`.
 * Unpacked into `data/` it is checked by `npm run data:check` like the shipped dataset; imported
 * back, its sources keep their texts, so its excerpts stay checked. fflate (8 KB, no dependencies)
 * writes and reads the zip.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Dataset } from '../core/types';

/** The zip of a dataset and the texts of its sources (by their `file` names). */
export function repositoryZip(
  dataset: Dataset,
  sources: Readonly<Record<string, string>>,
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'atlas.json': strToU8(
      `${JSON.stringify({ $schema: './atlas.schema.json', ...dataset }, null, 2)}\n`,
    ),
  };
  for (const source of dataset.sources) {
    const text = source.file ? sources[source.file] : undefined;
    if (source.file && text !== undefined) files[source.file] = strToU8(text);
  }
  return zipSync(files, { level: 6 });
}

/** Whether bytes are a zip file (its local header's signature). */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * A zip's `atlas.json` (at its top or in one folder) and the `sources/*.txt` beside it; a message
 * naming what is missing when it is not a dataset of ours.
 */
export function readRepositoryZip(
  bytes: Uint8Array,
): { ok: true; json: unknown; sources: Record<string, string> } | { ok: false; why: string } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    return {
      ok: false,
      why: `not a readable zip (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const atlas = Object.keys(entries)
    .filter((name) => /(^|\/)atlas\.json$/.test(name))
    .sort((a, b) => a.length - b.length)[0];
  if (atlas === undefined) return { ok: false, why: 'it holds no atlas.json' };
  const folder = atlas.slice(0, atlas.length - 'atlas.json'.length);
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(entries[atlas] ?? new Uint8Array()));
  } catch (error) {
    return {
      ok: false,
      why: `${atlas} is not JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const sources: Record<string, string> = {};
  for (const [name, data] of Object.entries(entries)) {
    if (name.startsWith(`${folder}sources/`) && name.endsWith('.txt')) {
      sources[name.slice(folder.length)] = strFromU8(data);
    }
  }
  return { ok: true, json, sources };
}
