/**
 * A dataset in the repository's own layout, as one `.zip`: `atlas.json` and `sources/*.txt`.
 * Unpacked into `data/` it is checked by `npm run data:check` like the shipped dataset; imported
 * back, its sources keep their texts, so its excerpts stay checked. fflate (8 KB, no dependencies)
 * writes and reads the zip.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Dataset } from '../core/types';

/** The most a zip of ours may hold unpacked, in bytes: more is refused as a zip bomb. */
export const MAX_UNPACKED_BYTES = 500 * 1024 * 1024;
/** The most a zip of ours may expand (unpacked ÷ packed): more is refused as a zip bomb. */
export const MAX_EXPANSION = 10;

/** The files of a dataset in the repository's layout: atlas.json and its sources' texts. */
export function repositoryFiles(
  dataset: Dataset,
  sources: Readonly<Record<string, string>>,
): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {
    'atlas.json': strToU8(
      `${JSON.stringify({ $schema: './atlas.schema.json', ...dataset }, null, 2)}\n`,
    ),
  };
  for (const source of dataset.sources) {
    const text = source.file ? sources[source.file] : undefined;
    if (source.file && text !== undefined) files[source.file] = strToU8(text);
  }
  return files;
}

/**
 * Files as a zip that our own reader accepts: packed, unless that expands more than the zip-bomb
 * limit allows (a large, regular atlas.json can pack twelvefold); then the largest files are kept
 * as they are until it does not.
 */
export function packFiles(files: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const unpacked = Object.values(files).reduce((sum, f) => sum + f.length, 0);
  const stored = new Set<string>();
  const bySize = Object.keys(files).sort(
    (a, b) => (files[b]?.length ?? 0) - (files[a]?.length ?? 0),
  );
  for (;;) {
    const zip = zipSync(
      Object.fromEntries(
        Object.entries(files).map(([name, data]) => [
          name,
          [data, { level: stored.has(name) ? 0 : 6 }] as const,
        ]),
      ),
    );
    const next = bySize.find((name) => !stored.has(name));
    // A margin under the limit: the reader counts the same bytes.
    if (unpacked <= zip.length * (MAX_EXPANSION - 0.5) || next === undefined) return zip;
    stored.add(next);
  }
}

/** The zip of a dataset and the texts of its sources (by their `file` names). */
export function repositoryZip(
  dataset: Dataset,
  sources: Readonly<Record<string, string>>,
): Uint8Array {
  return packFiles(repositoryFiles(dataset, sources));
}

/**
 * A zip's files, refused before anything is unpacked when they would take more than
 * `MAX_UNPACKED_BYTES` or expand more than `MAX_EXPANSION` times (what its directory declares:
 * fflate unpacks no more than that).
 */
export function unzipChecked(
  bytes: Uint8Array,
): { ok: true; entries: Record<string, Uint8Array> } | { ok: false; why: string } {
  let declared = 0;
  try {
    const entries = unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        if (declared > MAX_UNPACKED_BYTES || declared > bytes.length * MAX_EXPANSION)
          throw new ZipBomb(declared);
        return true;
      },
    });
    return { ok: true, entries };
  } catch (error) {
    if (error instanceof ZipBomb) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      return {
        ok: false,
        why:
          declared > MAX_UNPACKED_BYTES
            ? `it would unpack to more than ${mb(MAX_UNPACKED_BYTES)} MB`
            : `it would expand more than ${MAX_EXPANSION} times (${mb(bytes.length)} MB to at least ${mb(declared)} MB): refused as a possible zip bomb`,
      };
    }
    return {
      ok: false,
      why: `not a readable zip (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

class ZipBomb extends Error {
  constructor(readonly declared: number) {
    super('zip bomb');
  }
}

export { isZip } from '../core/zip-signature';

/**
 * A zip's `atlas.json` (at its top or in one folder) and the `sources/*.txt` beside it; a message
 * naming what is missing when it is not a dataset of ours.
 */
export function readRepositoryZip(
  bytes: Uint8Array,
): { ok: true; json: unknown; sources: Record<string, string> } | { ok: false; why: string } {
  const unzipped = unzipChecked(bytes);
  if (!unzipped.ok) return unzipped;
  return datasetOfEntries(unzipped.entries);
}

/** The dataset in unzipped files: `atlas.json` (at the top or in one folder) and its sources. */
export function datasetOfEntries(
  entries: Readonly<Record<string, Uint8Array>>,
): { ok: true; json: unknown; sources: Record<string, string> } | { ok: false; why: string } {
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
