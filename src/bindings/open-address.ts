/**
 * `?open=path/to/file.atlas.zip`: an atlas file of this site opened as the page starts, its
 * dataset kept in the browser, then the atlas started on it with its deck and view. A path on
 * another site is refused (the atlas never fetches from elsewhere); a file that cannot be fetched
 * or opened is said, and nothing changes. A chunk of its own, fetched only for such an address.
 */
import '../core/share-messages';
import { LIMITS, megabytes } from '../core/limits';
import { phrase, type Text } from '../core/messages';
import type { Datasets, ImportClient } from '../core/protocol';

export interface OpenAddressDeps {
  /** The address as a URL of this site, or null for anything else. */
  resolve: (value: string) => URL | null;
  fetcher: (url: string) => Promise<Response>;
  importer: () => ImportClient;
  datasets: Pick<Datasets, 'openAtlas' | 'persist'>;
  notice: (text: Text) => void;
}

export async function openFromAddress(value: string, deps: OpenAddressDeps): Promise<void> {
  const url = deps.resolve(value);
  if (!url) {
    deps.notice(phrase('atlasFile.foreign', { value }));
    return;
  }
  const name = decodeURIComponent(url.pathname.split('/').pop() ?? '') || value;
  deps.notice(phrase('atlasFile.opening', { file: name }));
  let bytes: Uint8Array;
  try {
    const response = await deps.fetcher(url.href);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.notice(phrase('atlasFile.fetchFailed', { value, reason }));
    return;
  }
  if (bytes.length > LIMITS.importBytes) {
    const reason = phrase('limit.importBytes', {
      size: megabytes(bytes.length),
      limit: megabytes(LIMITS.importBytes),
    });
    deps.notice(phrase('atlasFile.fetchFailed', { value, reason }));
    return;
  }
  const opened = await deps.importer().openAtlasFile(name, bytes);
  if (!opened.ok) {
    // Its located problems are listed where the file is chosen by hand, in Datasets.
    deps.notice(
      opened.issues.length > 0 ? phrase('atlasFile.invalidNotice', { file: name }) : opened.message,
    );
    return;
  }
  await deps.datasets.persist();
  deps.datasets.openAtlas(opened.info.id, opened.deck, opened.view);
}
