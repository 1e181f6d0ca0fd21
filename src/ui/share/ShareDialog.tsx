/** The share dialog: fetched when it is first opened (`ShareButton`). */
// Its words live in sharing's table, which the atlas's entry does not carry.
import '../../core/share-messages';
import { useId, useState } from 'react';
import { deckToJson, fileSlug, type Deck } from '../../core/deck';
import { standaloneScales } from '../../core/standalone';
import { writeUrlState } from '../../core/url-state';
import { viewOf } from '../../store/selectors';
import { download } from '../download';
import { describeError } from '../error-text';
import { useT } from '../i18n';
import { ShownDialog } from '../ShownDialog';
import { useAtlas, useAtlasStore } from '../store-context';
import { standalonePage } from './standalone-page';

/** Writes the dataset shown, with a deck's text and a view's query, as an atlas file. */
export type ExportAtlasFile = (deck: string | null, view: string) => Promise<Uint8Array | null>;

/** One of the dialog's saves: its name (the heading and the button), what it writes, the button. */
function SaveSection({
  name,
  help,
  busy,
  onSave,
}: {
  name: string;
  help: string;
  busy: boolean;
  onSave: () => Promise<void>;
}) {
  return (
    <section>
      <h3>{name}</h3>
      <p className="help">{help}</p>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          void onSave();
        }}
      >
        {name}
      </button>
    </section>
  );
}

/**
 * Share: the atlas as one file (dataset, source texts, deck and view) for a colleague, the same as
 * a page that opens from disk, and the code that embeds this view's map in a page.
 */
export function ShareDialog({
  exportAtlasFile,
  stored,
  onClose,
}: {
  exportAtlasFile: ExportAtlasFile;
  /** Whether the dataset shown is one kept in this browser (an address cannot carry it). */
  stored: boolean;
  onClose: () => void;
}) {
  const words = useT();
  const { t, localized } = words;
  const store = useAtlasStore();
  const title = useAtlas((s) => s.summary?.title);
  const codeId = useId();
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const name = title ? localized(title) : t('app.name');

  /** Runs one of the dialog's saves, saying what it does, what it wrote or why it failed. */
  const save = async (
    saving: 'share.saving' | 'share.standaloneSaving',
    failed: 'share.failed' | 'share.standaloneFailed',
    write: (atlasFile: Uint8Array, deck: Deck | null) => Promise<string>,
  ) => {
    const state = store.getState();
    setBusy(true);
    setStatus({ kind: 'info', text: t(saving) });
    try {
      const bytes = await exportAtlasFile(
        state.deck ? deckToJson(state.deck) : null,
        writeUrlState(viewOf(state)),
      );
      if (!bytes) throw new Error(t('dataExport.noData'));
      setStatus({ kind: 'info', text: await write(bytes, state.deck) });
    } catch (error) {
      setStatus({ kind: 'error', text: t(failed, { reason: describeError(error, words) }) });
    } finally {
      setBusy(false);
    }
  };
  const slug = () => fileSlug(store.getState().summary?.title.en ?? '', 'atlas');

  const saveAtlasFile = () =>
    save('share.saving', 'share.failed', (bytes) => {
      const file = `${slug()}.atlas.zip`;
      download(new Blob([bytes.slice().buffer], { type: 'application/zip' }), file);
      const size = Math.max(1, Math.round(bytes.length / 1024));
      return Promise.resolve(t('share.saved', { file, size }));
    });

  const saveStandalone = () =>
    save('share.standaloneSaving', 'share.standaloneFailed', async (bytes, deck) => {
      const { camera, language } = store.getState();
      // The basemap's scales for this view's zoom and every scene's.
      const zooms = [camera, ...(deck?.scenes ?? []).map((scene) => scene.camera)].map(
        (view) => view?.zoom ?? Number.NaN,
      );
      const html = await standalonePage({
        atlasFile: bytes,
        scales: standaloneScales(zooms),
        title: name,
        language,
      });
      const blob = new Blob([html], { type: 'text/html' });
      const file = `${slug()}.html`;
      download(blob, file);
      return t('share.standaloneSaved', { file, size: (blob.size / 1e6).toFixed(1) });
    });

  const query = writeUrlState(viewOf(store.getState()));
  const params = new URLSearchParams(query);
  params.set('embed', '1');
  const src = `${window.location.origin}${window.location.pathname}?${params.toString()}`;
  const code = `<iframe src="${src}" title="${name.replace(/"/g, '&quot;')}" width="800" height="500" style="border:0" loading="lazy"></iframe>`;

  return (
    <ShownDialog
      className="about share"
      labelledBy="share-heading"
      closeLabel={t('share.close')}
      status={status}
      onClose={onClose}
    >
      <h2 id="share-heading">{t('share.title')}</h2>
      <SaveSection
        name={t('share.atlasFile')}
        help={t('share.atlasFileHelp')}
        busy={busy}
        onSave={saveAtlasFile}
      />
      <SaveSection
        name={t('share.standalone')}
        help={t('share.standaloneHelp')}
        busy={busy}
        onSave={saveStandalone}
      />
      <section>
        <h3>{t('share.embed')}</h3>
        <p className="help">{t('share.embedHelp')}</p>
        {!stored && (
          <>
            <label htmlFor={codeId}>{t('share.embedCode')}</label>
            <textarea
              id={codeId}
              className="share-code"
              dir="ltr"
              readOnly
              rows={4}
              value={code}
              onFocus={(event) => {
                event.currentTarget.select();
              }}
            />
          </>
        )}
      </section>
    </ShownDialog>
  );
}
