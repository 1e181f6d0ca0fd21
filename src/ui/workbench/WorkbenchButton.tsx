import { lazy, Suspense, useRef, useState } from 'react';
import type { Workbench } from '../../core/protocol';
import { useT } from '../i18n';

// The workbench loads when first opened: the page's start stays light.
const WorkbenchPanel = lazy(() =>
  import('./WorkbenchPanel').then((module) => ({ default: module.WorkbenchPanel })),
);

/** The header's *Add an article*: the article workbench in a dialog of its own. */
export function WorkbenchButton({ workbench }: { workbench: Workbench }) {
  const { t } = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        title={t('workbench.openLabel')}
        onClick={() => {
          setOpen(true);
          dialogRef.current?.showModal();
        }}
      >
        {t('workbench.open')}
      </button>
      <dialog
        ref={dialogRef}
        className="about workbench"
        aria-labelledby="workbench-heading"
        onClose={() => {
          setOpen(false);
        }}
      >
        {open && (
          <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
            <WorkbenchPanel workbench={workbench} onClose={() => dialogRef.current?.close()} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
