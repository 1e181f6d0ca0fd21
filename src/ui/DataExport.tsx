import { lazy, Suspense, useState } from 'react';
import type { ExportFormat, ExportOptions } from '../core/protocol';
import { useT } from './i18n';
import { useAtlas } from './store-context';

/** Turns the dataset (or the partnerships with these ids) into an export file's text. */
export type ExportData = (
  format: ExportFormat,
  ids: readonly string[] | null,
  options: ExportOptions,
) => Promise<string | null>;

const DataExportDialog = lazy(() =>
  import('./DataExportDialog').then((m) => ({ default: m.DataExportDialog })),
);

/** The header's "Export data": its dialog is fetched when first opened. */
export function DataExportButton(props: {
  exportData: ExportData;
  /** The whole dataset in the repository's layout, as a zip (the import worker writes it). */
  exportRepository: () => Promise<Uint8Array | null>;
}) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const hasData = useAtlas((s) => s.summary !== null);
  if (!hasData) return null;
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('dataExport.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <DataExportDialog
            {...props}
            onClose={() => {
              setOpen(false);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
