import {
  createContext,
  Suspense,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Workbench } from '../../core/protocol';
import { ErrorBoundary, retryableLazy } from '../ErrorBoundary';
import { useT } from '../i18n';

// The workbench loads when first opened: the page's start stays light.
const workbenchPanel = retryableLazy(
  () => import('./WorkbenchPanel'),
  (module) => module.WorkbenchPanel,
);
const editPanel = retryableLazy(
  () => import('./EditPanel'),
  (module) => module.EditPanel,
);

/** What the workbench dialog shows: a new article, or a partnership's citations of one source. */
type Opened = { kind: 'article' } | { kind: 'edit'; partnership: string; source: string };

interface Opener {
  openArticle: () => void;
  openEdit: (partnership: string, source: string) => void;
}

const OpenerContext = createContext<Opener | null>(null);

/** Opens the workbench; null where the atlas has none (the presenter view, tests). */
export const useWorkbenchOpener = (): Opener | null => useContext(OpenerContext);

/** The article workbench in a dialog of its own, opened from the header or a partnership's details. */
export function WorkbenchHost({
  workbench,
  children,
}: {
  workbench: Workbench;
  children: ReactNode;
}) {
  const { t } = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const opener = useMemo<Opener>(
    () => ({
      openArticle: () => {
        setOpened({ kind: 'article' });
        dialogRef.current?.showModal();
      },
      openEdit: (partnership, source) => {
        setOpened({ kind: 'edit', partnership, source });
        dialogRef.current?.showModal();
      },
    }),
    [],
  );
  const close = () => dialogRef.current?.close();
  return (
    <OpenerContext.Provider value={opener}>
      {children}
      <dialog
        ref={dialogRef}
        className="about workbench"
        aria-labelledby="workbench-heading"
        onClose={() => {
          setOpened(null);
        }}
      >
        {opened && (
          <ErrorBoundary
            area="boundary.area.workbench"
            onRetry={() => {
              workbenchPanel.retry();
              editPanel.retry();
            }}
          >
            {(attempt) => (
              <Suspense key={attempt} fallback={<p aria-busy="true">{t('app.loading')}</p>}>
                {opened.kind === 'article' ? (
                  <workbenchPanel.current workbench={workbench} onClose={close} />
                ) : (
                  <editPanel.current
                    key={`${opened.partnership}|${opened.source}`}
                    workbench={workbench}
                    partnership={opened.partnership}
                    source={opened.source}
                    onClose={close}
                  />
                )}
              </Suspense>
            )}
          </ErrorBoundary>
        )}
      </dialog>
    </OpenerContext.Provider>
  );
}

/** The header's *Add an article*. */
export function WorkbenchButton() {
  const { t } = useT();
  const opener = useWorkbenchOpener();
  if (!opener) return null;
  return (
    <button type="button" title={t('workbench.openLabel')} onClick={opener.openArticle}>
      {t('workbench.open')}
    </button>
  );
}
