/**
 * Loads a dataset and the source articles it quotes, validates both together and puts the result
 * in the store: the dataset, or the list of problems that stops it from being shown.
 */
import { parseDataset } from '../core/validate';
import type { DataIssue } from '../core/types';
import type { AtlasStore } from './atlas-store';

export interface DatasetLocation {
  /** The name shown in messages, e.g. "data/atlas.json". */
  file: string;
  /** Where to fetch the dataset's JSON. */
  url: string;
  /** Where to fetch each source text, keyed by the dataset's `file` field ("sources/x.txt"). */
  sourceUrls: ReadonlyMap<string, string>;
}

type Fetch = (url: string) => Promise<Response>;

async function fetchText(fetcher: Fetch, url: string): Promise<string> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
}

/**
 * Fetches, parses and validates; never throws. Source texts that the dataset names but that cannot
 * be fetched are reported on the excerpts that quote them.
 */
export async function loadDataset(
  store: AtlasStore,
  location: DatasetLocation,
  fetcher: Fetch = (url) => fetch(url),
): Promise<void> {
  let text: string;
  try {
    text = await fetchText(fetcher, location.url);
  } catch (error) {
    store
      .getState()
      .setDataIssues([fileIssue(location.file, `could not be loaded: ${String(error)}`)]);
    return;
  }
  const sourceTexts = new Map<string, string | undefined>();
  await Promise.all(
    [...location.sourceUrls].map(async ([file, url]) => {
      sourceTexts.set(file, await fetchText(fetcher, url).catch(() => undefined));
    }),
  );
  const result = parseDataset(text, { file: location.file, sourceTexts });
  if (result.ok) store.getState().setDataset(result.dataset);
  else store.getState().setDataIssues(result.issues);
}

function fileIssue(file: string, message: string): DataIssue {
  return { file, record: '', field: '', message };
}
