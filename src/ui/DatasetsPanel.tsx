import { useEffect, useState } from 'react';
import { useT } from './i18n';
import type { StoredDatasetInfo } from '../core/protocol';
import type { Datasets } from '../core/protocol';
import type { ImportClient } from '../core/protocol';
import { ImportFlow } from './ImportFlow';
import { describeError } from './error-text';

/**
 * The datasets dialog's content: the seed and the imported datasets (show, rename, delete), or the
 * import's steps. Loaded on demand.
 */
export function DatasetsPanel({
  datasets,
  importer,
  initialFile,
  onClose,
}: {
  datasets: Datasets;
  importer: () => ImportClient;
  initialFile: File | null;
  onClose: () => void;
}) {
  const { t } = useT();
  const [importing, setImporting] = useState(initialFile !== null);
  if (importing) {
    return (
      <ImportFlow
        importer={importer}
        initialFile={initialFile}
        onBack={() => {
          setImporting(false);
        }}
        onImported={(info) => {
          // The first dataset kept: the browser is asked not to clear the stored ones.
          void datasets.persist().finally(() => {
            datasets.open(info.id);
          });
        }}
        onAtlasFile={(opened) => {
          void datasets.persist().finally(() => {
            datasets.openAtlas(opened.info.id, opened.deck, opened.view);
          });
        }}
      />
    );
  }
  return (
    <>
      <h2 id="datasets-heading">{t('datasets.title')}</h2>
      <p className="help">{t('datasets.intro')}</p>
      <Persistence datasets={datasets} />
      <DatasetList datasets={datasets} />
      <p className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            setImporting(true);
          }}
        >
          {t('datasets.import')}
        </button>
        <button type="button" onClick={onClose}>
          {t('datasets.close')}
        </button>
      </p>
    </>
  );
}

function DatasetList({ datasets }: { datasets: Datasets }) {
  const words = useT();
  const { t } = words;
  const [entries, setEntries] = useState<StoredDatasetInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Kept as it came, and put into words when shown: a language switch reaches it.
  const [unavailable, setUnavailable] = useState<{ reason: unknown } | null>(null);
  useEffect(() => {
    let live = true;
    datasets.list().then(
      (list) => {
        if (live) setEntries(list);
      },
      (reason: unknown) => {
        if (live) setUnavailable({ reason });
      },
    );
    return () => {
      live = false;
    };
  }, [datasets]);
  const current = datasets.current.id;

  const act = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      setEntries(await datasets.list());
    } catch (reason) {
      setError(t('datasets.failed', { reason: describeError(reason, words) }));
    }
  };

  return (
    <>
      <ul className="dataset-list">
        <li>
          <strong>{t('datasets.seedName')}</strong>{' '}
          {current === null ? (
            <span className="badge">{t('datasets.shownNow')}</span>
          ) : (
            <button
              type="button"
              onClick={() => {
                datasets.open(null);
              }}
            >
              {t('datasets.show')}
            </button>
          )}
        </li>
        {entries?.map((entry) => (
          <StoredEntry
            key={entry.id}
            entry={entry}
            shown={entry.id === current}
            onShow={() => {
              datasets.open(entry.id);
            }}
            onRename={(name) => act(() => datasets.rename(entry.id, name))}
            onDelete={() => act(() => datasets.remove(entry.id))}
          />
        ))}
      </ul>
      {entries?.length === 0 && <p className="help">{t('datasets.none')}</p>}
      {unavailable !== null && (
        <p className="error" role="alert">
          {t('datasets.unavailable', { reason: describeError(unavailable.reason, words) })}
        </p>
      )}
      {error !== null && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function StoredEntry({
  entry,
  shown,
  onShow,
  onRename,
  onDelete,
}: {
  entry: StoredDatasetInfo;
  shown: boolean;
  onShow: () => void;
  onRename: (name: string) => Promise<void>;
  onDelete: () => Promise<void>;
}) {
  const { t, formatDate } = useT();
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [name, setName] = useState(entry.name);
  const to = (next: typeof mode) => () => {
    setMode(next);
  };
  return (
    <li data-dataset-id={entry.id}>
      <strong>{entry.name}</strong>{' '}
      {shown && <span className="badge">{t('datasets.shownNow')}</span>}
      <div className="note">
        {t('datasets.entry', {
          count: entry.partnerships,
          origin: entry.origin,
          date: formatDate(entry.created.slice(0, 10)),
        })}
      </div>
      {mode === 'idle' && (
        <div className="entry-actions">
          {!shown && (
            <button type="button" onClick={onShow}>
              {t('datasets.show')}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              setName(entry.name);
              setMode('rename');
            }}
          >
            {t('datasets.rename')}
          </button>
          <button type="button" onClick={to('delete')}>
            {t('datasets.delete')}
          </button>
        </div>
      )}
      {mode === 'rename' && (
        <form
          className="entry-actions"
          onSubmit={(event) => {
            event.preventDefault();
            void onRename(name).then(() => {
              setMode('idle');
            });
          }}
        >
          <label>
            {t('datasets.renameLabel', { name: entry.name })}{' '}
            <input
              value={name}
              required
              onChange={(event) => {
                setName(event.target.value);
              }}
            />
          </label>{' '}
          <button type="submit">{t('datasets.saveName')}</button>{' '}
          <button type="button" onClick={to('idle')}>
            {t('datasets.cancel')}
          </button>
        </form>
      )}
      {mode === 'delete' && (
        <div className="entry-actions" role="group">
          <span>{t('datasets.confirmDelete', { name: entry.name })}</span>{' '}
          <button
            type="button"
            className="danger"
            onClick={() => {
              void onDelete();
            }}
          >
            {t('datasets.confirmYes')}
          </button>{' '}
          <button type="button" onClick={to('idle')}>
            {t('datasets.cancel')}
          </button>
        </div>
      )}
    </li>
  );
}

/** Whether the browser keeps the stored datasets until they are deleted, as it answers. */
function Persistence({ datasets }: { datasets: Datasets }) {
  const { t } = useT();
  const [answer, setAnswer] = useState<Awaited<ReturnType<Datasets['persistence']>> | null>(null);
  useEffect(() => {
    let live = true;
    void datasets.persistence().then((value) => {
      if (live) setAnswer(value);
    });
    return () => {
      live = false;
    };
  }, [datasets]);
  if (answer === null || answer === 'unknown') return null;
  return (
    <p className="help" data-testid="persistence">
      {t(answer === 'persistent' ? 'datasets.persistent' : 'datasets.bestEffort')}
    </p>
  );
}
