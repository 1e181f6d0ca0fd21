/**
 * The header's buttons whose dialogs are fetched when first pressed: About this map, Export data
 * and Share. Each dialog shows itself as it mounts and says when it is closed.
 */
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { ExportFormat, ExportOptions } from '../core/protocol';
import { useT } from './i18n';
import { useAtlas } from './store-context';

/** Turns the dataset (or the partnerships with these ids) into an export file's text. */
export type ExportData = (
  format: ExportFormat,
  ids: readonly string[] | null,
  options: ExportOptions,
) => Promise<string | null>;

// Marked pure, so that a page without some of these buttons (a standalone page) carries no code of
// their dialogs.
const AboutDialog = /* @__PURE__ */ lazy(() =>
  import('./AboutDialog').then((m) => ({ default: m.AboutDialog })),
);
const DataExportDialog = /* @__PURE__ */ lazy(() =>
  import('./DataExportDialog').then((m) => ({ default: m.DataExportDialog })),
);
const ShareDialog = /* @__PURE__ */ lazy(() =>
  import('./share/ShareDialog').then((m) => ({ default: m.ShareDialog })),
);

/** A button that mounts its dialog (fetched on demand) until the dialog is closed. */
function DialogButton({
  label,
  dialog,
}: {
  label: string;
  dialog: (onClose: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
        }}
      >
        {label}
      </button>
      {open && (
        <Suspense fallback={null}>
          {dialog(() => {
            setOpen(false);
          })}
        </Suspense>
      )}
    </>
  );
}

/** "About this map": the note on the data's sources and the basemap. */
export function AboutButton() {
  const { t } = useT();
  return (
    <DialogButton label={t('about.open')} dialog={(onClose) => <AboutDialog onClose={onClose} />} />
  );
}

/** "Export data": the dataset, or what the filters show, as files. */
export function DataExportButton(props: {
  exportData: ExportData;
  /** The whole dataset in the repository's layout, as a zip (the import worker writes it). */
  exportRepository: () => Promise<Uint8Array | null>;
}) {
  const { t } = useT();
  const hasData = useAtlas((s) => s.summary !== null);
  if (!hasData) return null;
  return (
    <DialogButton
      label={t('dataExport.open')}
      dialog={(onClose) => <DataExportDialog {...props} onClose={onClose} />}
    />
  );
}

/** "Share": the atlas as one file, and the code that embeds this view in a page. */
export function ShareButton(props: {
  exportAtlasFile: (deck: string | null, view: string) => Promise<Uint8Array | null>;
  /** Whether the dataset shown is one kept in this browser. */
  stored: boolean;
}) {
  const { t } = useT();
  return (
    <DialogButton
      label={t('share.open')}
      dialog={(onClose) => <ShareDialog {...props} onClose={onClose} />}
    />
  );
}
