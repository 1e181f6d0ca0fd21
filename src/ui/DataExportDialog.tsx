// Its choices' words live in sharing's table, which the atlas's entry does not carry.
import '../core/share-messages';
/** The data export's dialog: fetched when it is first opened (`DataExportButton`). */
import { useState } from 'react';
import { ShownDialog } from './ShownDialog';
import { fileSlug } from '../core/deck';
import { useT } from './i18n';
import type { MessageKey } from '../core/messages';
import type { ExportFormat } from '../core/protocol';
import type { ExportData } from './HeaderButtons';
import { selectVisibleLinks } from '../store/selectors';
import { download } from './download';
import { useAtlas, useAtlasStore } from './store-context';
import { describeError } from './error-text';

const FORMATS: readonly {
  format: ExportFormat;
  label: MessageKey;
  suffix: string;
  type: string;
}[] = [
  { format: 'json', label: 'dataExport.json', suffix: '.json', type: 'application/json' },
  {
    format: 'links-csv',
    label: 'dataExport.linksCsv',
    suffix: '-partnerships.csv',
    type: 'text/csv',
  },
  {
    format: 'passages-csv',
    label: 'dataExport.passagesCsv',
    suffix: '-passages.csv',
    type: 'text/csv',
  },
  { format: 'actors-csv', label: 'dataExport.actorsCsv', suffix: '-actors.csv', type: 'text/csv' },
  {
    format: 'geojson',
    label: 'dataExport.geojson',
    suffix: '.geojson',
    type: 'application/geo+json',
  },
];

/**
 * A header button that opens the export: all the partnerships or only those the filters show, as
 * our JSON, CSV (partnerships; actors) or GeoJSON. The files are written in the data worker.
 */
/** The export's dialog, shown as it mounts; `onClose` when it is closed. */
export function DataExportDialog({
  exportData,
  exportRepository,
  onClose,
}: {
  exportData: ExportData;
  /** The whole dataset in the repository's layout, as a zip (the import worker writes it). */
  exportRepository: () => Promise<Uint8Array | null>;
  onClose: () => void;
}) {
  const words = useT();
  const { t } = words;
  const store = useAtlasStore();
  const summary = useAtlas((s) => s.summary);
  const shown = useAtlas((s) => selectVisibleLinks(s).length);
  const [onlyShown, setOnlyShown] = useState(false);
  const [allActors, setAllActors] = useState(false);
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  if (!summary) return null;

  /** The whole dataset with its sources' texts, as the repository keeps them. */
  const saveRepository = async () => {
    setStatus(null);
    try {
      const zip = await exportRepository();
      if (!zip) throw new Error(t('dataExport.noData'));
      const name = `${fileSlug(summary.title.en, 'atlas')}-repository.zip`;
      download(new Blob([zip.slice().buffer], { type: 'application/zip' }), name);
      setStatus({ kind: 'info', text: t('dataExport.done', { file: name }) });
    } catch (error) {
      setStatus({
        kind: 'error',
        text: t('dataExport.failed', { reason: describeError(error, words) }),
      });
    }
  };
  const total = summary.links.ids.length;
  const filtered = onlyShown && shown < total;

  const save = async (choice: (typeof FORMATS)[number]) => {
    const state = store.getState();
    const ids = filtered
      ? Array.from(selectVisibleLinks(state), (row) => summary.links.ids[row] ?? '')
      : null;
    try {
      const text = await exportData(choice.format, ids, { allActors });
      // Null only while the data worker holds no dataset.
      if (text === null) throw new Error(t('dataExport.noData'));
      const name = `${fileSlug(summary.title.en, 'atlas')}${filtered ? '-filtered' : ''}${choice.suffix}`;
      // A byte-order mark tells spreadsheet programs that a CSV file is UTF-8 (Arabic included).
      const body = choice.format.endsWith('csv') ? ['\ufeff', text] : [text];
      download(new Blob(body, { type: choice.type }), name);
      setStatus({ kind: 'info', text: t('dataExport.done', { file: name }) });
    } catch (error) {
      setStatus({
        kind: 'error',
        text: t('dataExport.failed', {
          reason: describeError(error, words),
        }),
      });
    }
  };

  return (
    <ShownDialog
      className="about data-export"
      labelledBy="data-export-heading"
      closeLabel={t('dataExport.close')}
      status={status}
      onClose={onClose}
    >
      <h2 id="data-export-heading">{t('dataExport.title')}</h2>
      <fieldset>
        <legend>{t('dataExport.scope')}</legend>
        <label>
          <input
            type="radio"
            name="export-scope"
            checked={!filtered}
            onChange={() => {
              setOnlyShown(false);
            }}
          />{' '}
          {t('dataExport.all', { count: total })}
        </label>
        <label>
          <input
            type="radio"
            name="export-scope"
            checked={filtered}
            disabled={shown === total}
            onChange={() => {
              setOnlyShown(true);
            }}
          />{' '}
          {t('dataExport.shown', { count: shown })}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('dataExport.actors')}</legend>
        <label>
          <input
            type="checkbox"
            checked={allActors}
            onChange={(event) => {
              setAllActors(event.currentTarget.checked);
            }}
          />{' '}
          {t('dataExport.allActors')}
        </label>
        <p className="help">{t('dataExport.actorsHelp')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('dataExport.formats')}</legend>
        <ul className="export-formats">
          {FORMATS.map((choice) => (
            <li key={choice.format}>
              <button
                type="button"
                onClick={() => {
                  void save(choice);
                }}
              >
                {t(choice.label)}
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              onClick={() => {
                void saveRepository();
              }}
            >
              {t('dataExport.repository')}
            </button>
          </li>
        </ul>
      </fieldset>
      <p className="help">{t('dataExport.help')}</p>
    </ShownDialog>
  );
}
