import { Suspense, useEffect, useRef, useState } from 'react';
import { ErrorBoundary, retryableLazy } from './ErrorBoundary';
import { useT } from './i18n';
import type { Datasets } from '../core/protocol';
import type { ImportClient } from '../core/protocol';

// The library and the import's steps load when first opened: the page's start stays light.
const datasetsPanel = retryableLazy(
  () => import('./DatasetsPanel'),
  (module) => module.DatasetsPanel,
);

/** Whether a drag carries files (and not, say, text or a scene being reordered). */
const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

/**
 * The header's way to the datasets: the seed and the imported ones kept in this browser (show,
 * rename, delete) and the import. A file dropped anywhere on the page opens the import with it.
 */
export function DatasetsButton({
  datasets,
  importer,
}: {
  datasets: Datasets;
  importer: () => ImportClient;
}) {
  const { t } = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<File | null>(null);

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Drops inside the import's own drop zone are handled there.
      if (event.defaultPrevented) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      setDropped(file);
      setOpen(true);
      if (!dialogRef.current?.open) dialogRef.current?.showModal();
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setDropped(null);
          setOpen(true);
          dialogRef.current?.showModal();
        }}
      >
        {t('datasets.open')}
      </button>
      <dialog
        ref={dialogRef}
        className="about datasets"
        aria-labelledby="datasets-heading"
        onClose={() => {
          setOpen(false);
          setDropped(null);
        }}
      >
        {open && (
          <ErrorBoundary area="boundary.area.datasets" onRetry={datasetsPanel.retry}>
            {(attempt) => (
              <Suspense key={attempt} fallback={<p aria-busy="true">{t('app.loading')}</p>}>
                <datasetsPanel.current
                  // A new drop starts the import afresh.
                  key={dropped ? `${dropped.name}:${dropped.size}:${dropped.lastModified}` : 'list'}
                  datasets={datasets}
                  importer={importer}
                  initialFile={dropped}
                  onClose={() => dialogRef.current?.close()}
                />
              </Suspense>
            )}
          </ErrorBoundary>
        )}
      </dialog>
    </>
  );
}
