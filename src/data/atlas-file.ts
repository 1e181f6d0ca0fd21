/**
 * An atlas file (`.atlas.zip`): what a colleague needs to see the atlas one built, in one file.
 * It is the repository's layout (atlas.json and sources/*.txt, so that its excerpts stay checked)
 * with the briefing deck (`deck.json`, the deck file's own format) and `atlas-file.json`, which says
 * what it is, which version of the format wrote it, and the view to open on (the address's query).
 */
import { strFromU8, strToU8 } from 'fflate';
import type { Dataset } from '../core/types';
import { datasetOfEntries, packFiles, repositoryFiles, unzipChecked } from './repository-zip';

/** What `atlas-file.json` says it is. */
export const ATLAS_FILE_FORMAT = 'partnership-atlas-file';
/** The version this atlas writes and the newest it reads. */
export const ATLAS_FILE_VERSION = 1;
export const ATLAS_FILE_MANIFEST = 'atlas-file.json';
const DECK = 'deck.json';

export interface AtlasFileContents {
  dataset: Dataset;
  sources: Readonly<Record<string, string>>;
  /** The deck as its file's text (`deckToJson`), or null without one. */
  deck: string | null;
  /** The view as the address's query (`?d=…&p=…`), '' for the plain view. */
  view: string;
}

/** The atlas file's bytes. */
export function atlasFile(contents: AtlasFileContents): Uint8Array {
  const files = repositoryFiles(contents.dataset, contents.sources);
  files[ATLAS_FILE_MANIFEST] = strToU8(
    `${JSON.stringify(
      {
        format: ATLAS_FILE_FORMAT,
        version: ATLAS_FILE_VERSION,
        title: contents.dataset.title,
        view: contents.view,
      },
      null,
      2,
    )}\n`,
  );
  if (contents.deck !== null) files[DECK] = strToU8(contents.deck);
  return packFiles(files);
}

/** Why bytes are not an atlas file this atlas can open, in words for the message. */
export type AtlasFileProblem =
  | { kind: 'not-zip'; why: string }
  | { kind: 'not-ours'; why: string }
  | { kind: 'newer'; version: number }
  | { kind: 'damaged'; why: string };

export type ReadAtlasFile =
  | { ok: true; json: unknown; sources: Record<string, string>; deck: string | null; view: string }
  | { ok: false; problem: AtlasFileProblem };

/** Whether unzipped files are an atlas file (they carry its manifest at the top). */
export const isAtlasFile = (names: readonly string[]): boolean =>
  names.includes(ATLAS_FILE_MANIFEST);

/**
 * An atlas file's dataset (unchecked: the caller validates it with its sources), deck and view.
 * Refused with the reason: not a zip, a zip bomb, a zip that is not an atlas file, a file written by
 * a newer version, or a manifest or dataset that cannot be read.
 */
export function readAtlasFile(bytes: Uint8Array): ReadAtlasFile {
  const unzipped = unzipChecked(bytes);
  if (!unzipped.ok) return { ok: false, problem: { kind: 'not-zip', why: unzipped.why } };
  const { entries } = unzipped;
  const manifestBytes = entries[ATLAS_FILE_MANIFEST];
  if (!manifestBytes) {
    return {
      ok: false,
      problem: { kind: 'not-ours', why: `it has no ${ATLAS_FILE_MANIFEST}` },
    };
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(strFromU8(manifestBytes));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: 'damaged', why: `${ATLAS_FILE_MANIFEST}: ${why}` } };
  }
  const field = (key: string): unknown =>
    typeof manifest === 'object' && manifest !== null
      ? (manifest as Record<string, unknown>)[key]
      : undefined;
  if (field('format') !== ATLAS_FILE_FORMAT) {
    return {
      ok: false,
      problem: {
        kind: 'not-ours',
        why: `${ATLAS_FILE_MANIFEST} names the format ${JSON.stringify(field('format') ?? null)}, not ${ATLAS_FILE_FORMAT}`,
      },
    };
  }
  const version = field('version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      problem: {
        kind: 'damaged',
        why: `${ATLAS_FILE_MANIFEST}: "version" is not a version number`,
      },
    };
  }
  if (version > ATLAS_FILE_VERSION) return { ok: false, problem: { kind: 'newer', version } };
  const view = field('view') ?? '';
  if (typeof view !== 'string' || (view !== '' && !view.startsWith('?'))) {
    return {
      ok: false,
      problem: { kind: 'damaged', why: `${ATLAS_FILE_MANIFEST}: "view" is not an address's query` },
    };
  }
  const dataset = datasetOfEntries(entries);
  if (!dataset.ok) return { ok: false, problem: { kind: 'damaged', why: dataset.why } };
  const deckBytes = entries[DECK];
  return {
    ok: true,
    json: dataset.json,
    sources: dataset.sources,
    deck: deckBytes ? strFromU8(deckBytes) : null,
    view,
  };
}
