// The import's and the workbench's words, which the atlas's entry does not carry.
import '../core/tool-messages';
// An atlas file's refusals are sharing's words.
import '../core/share-messages';
import { chosenCodes, ImportCodes, ValueUnit } from './ImportCodes';
import type { CodeSystem } from '../core/import/code-systems';
import { useEffect, useRef, useState } from 'react';
import { LIMITS, megabytes } from '../core/limits';
import { ENCODINGS, type Encoding } from '../core/import/decode';
import {
  layoutOf,
  LINK_FIELDS,
  LOCATION_FIELDS,
  type LinkField,
  type LinkMapping,
  type LocationMapping,
} from '../core/import/links-table';
import { phrase, type MessageKey } from '../core/messages';
import { useT } from './i18n';
import type { AtlasFileOpened, StoredDatasetInfo } from '../core/protocol';
import { formatIssue } from '../core/issues';
import { looksLikeAtlasFile } from './share/atlas-file-bytes';
import { isZip } from '../core/zip-signature';
import { ImportCancelled, type ImportClient } from '../core/protocol';
import type { FilePreview, ImportOutcome, ImportPhase } from '../core/protocol';
import { download } from './download';
import { describeError } from './error-text';

const DELIMITER_NAMES: Readonly<Record<string, MessageKey>> = {
  ',': 'import.delimiter.comma',
  ';': 'import.delimiter.semicolon',
  '\t': 'import.delimiter.tab',
  '|': 'import.delimiter.bar',
};

type Busy = { phase: ImportPhase | 'saving'; fraction: number };

interface Opened {
  file: File;
  preview: FilePreview;
  /** The encoding the user picked, or undefined: as detected. */
  encoding: Encoding | undefined;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'mapping'; main: Opened; mapping: LinkMapping }
  | { kind: 'report'; main: Opened; mapping: LinkMapping; outcome: ImportOutcome };

const baseName = (name: string) => name.replace(/\.[^.]+$/, '') || name;

/**
 * The import, step by step: choose (pick, drop or paste a file), say which column is which (with
 * the first rows as they would be read), check the rows (progress, cancel), read the report and
 * import what can be imported, under a name. Nothing changes until the last button.
 */
export function ImportFlow({
  importer,
  initialFile,
  onBack,
  onImported,
  onAtlasFile,
}: {
  importer: () => ImportClient;
  initialFile: File | null;
  onBack: () => void;
  /** The new dataset is kept: show it. */
  onImported: (info: StoredDatasetInfo) => void;
  /** An atlas file was opened (its dataset kept): show it with its deck and view. */
  onAtlasFile?: (opened: Extract<AtlasFileOpened, { ok: true }>) => void;
}) {
  const words = useT();
  const { t, say, language } = words;
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  /** The code systems the user chose for columns, by index (the guesses stand for the others). */
  const [codes, setCodes] = useState<Record<number, CodeSystem>>({});
  /** The value column's unit as the user wrote it ("" : guessed from its header). */
  const [unit, setUnit] = useState('');
  const [busy, setBusy] = useState<Busy | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [locations, setLocations] = useState<Opened | null>(null);
  const [locationMapping, setLocationMapping] = useState<LocationMapping>({});
  const started = useRef(false);

  const progress = (phase: ImportPhase, fraction: number) => {
    setBusy({ phase, fraction });
  };
  /** Runs a step in the worker; a cancel or a failure leaves everything as it was. */
  const run = async <T,>(task: () => Promise<T>): Promise<T | null> => {
    setMessage(null);
    setBusy({ phase: 'decoding', fraction: 0 });
    try {
      return await task();
    } catch (error) {
      if (error instanceof ImportCancelled) {
        // Cancelling ends the worker, and the files it held with it: start again from a file.
        setStep({ kind: 'choose' });
        setLocations(null);
        setMessage({ kind: 'info', text: t('import.cancelled') });
      } else {
        setMessage({
          kind: 'error',
          text: t('import.readFailed', { reason: describeError(error, words) }),
        });
      }
      return null;
    } finally {
      setBusy(null);
    }
  };

  const openFile = async (file: File, encoding?: Encoding): Promise<Opened | null> => {
    // Refused before it is read: a file over the limit would stall the tab on its way in.
    if (file.size > LIMITS.importBytes) {
      setMessage({
        kind: 'error',
        text: t('import.openFailed', {
          file: file.name,
          problem: say(
            phrase('limit.importBytes', {
              size: megabytes(file.size),
              limit: megabytes(LIMITS.importBytes),
            }),
          ),
        }),
      });
      return null;
    }
    const result = await run(async () =>
      importer().open(file.name, new Uint8Array(await file.arrayBuffer()), encoding, progress),
    );
    if (!result) return null;
    if (!result.ok) {
      setMessage({
        kind: 'error',
        text: t('import.openFailed', { file: file.name, problem: say(result.message) }),
      });
      return null;
    }
    return { file, preview: result.preview, encoding };
  };

  const read = async (main: Opened, mapping: LinkMapping, places: Opened | null) => {
    const outcome = await run(() =>
      importer().read(
        main.preview.id,
        mapping,
        places ? { id: places.preview.id, mapping: locationMapping } : null,
        progress,
        chosenCodes(mapping, main.preview.codeGuesses, codes),
        unit,
      ),
    );
    if (outcome) setStep({ kind: 'report', main, mapping, outcome });
  };

  const choose = async (file: File) => {
    // Only a zip is read twice (here, then by the import if it is not an atlas file).
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    if (onAtlasFile && file.size <= LIMITS.importBytes && isZip(head)) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (looksLikeAtlasFile(bytes)) {
        const opened = await run(() => importer().openAtlasFile(file.name, bytes));
        if (opened?.ok) onAtlasFile(opened);
        else if (opened) {
          const problems = opened.issues.slice(0, 5).map((issue) => formatIssue(issue, words));
          setMessage({ kind: 'error', text: [say(opened.message), ...problems].join('\n') });
        }
        return;
      }
    }
    const main = await openFile(file);
    if (!main) return;
    setLocations(null);
    setCodes({});
    setUnit('');
    if (main.preview.kind === 'csv') {
      setStep({ kind: 'mapping', main, mapping: main.preview.linkMapping });
    } else {
      await read(main, {}, null);
    }
  };

  useEffect(() => {
    // A file dropped on the page starts the import at once (once, also under StrictMode).
    if (!initialFile || started.current) return;
    started.current = true;
    void choose(initialFile);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialFile]);

  return (
    <div className="import-flow">
      <h2 id="datasets-heading">{t('import.title')}</h2>
      {step.kind === 'choose' && <ChooseFile disabled={busy !== null} onFile={choose} />}
      {step.kind === 'mapping' && (
        <Mapping
          opened={step.main}
          mapping={step.mapping}
          disabled={busy !== null}
          onMapping={(mapping) => {
            setStep({ ...step, mapping });
          }}
          onEncoding={async (encoding) => {
            const again = await openFile(step.main.file, encoding);
            if (again) setStep({ kind: 'mapping', main: again, mapping: step.mapping });
          }}
          locations={locations}
          locationMapping={locationMapping}
          onLocations={async (file) => {
            if (!file) {
              setLocations(null);
              return;
            }
            const opened = await openFile(file);
            if (opened) {
              setLocations(opened);
              setLocationMapping(opened.preview.locationMapping);
            }
          }}
          onLocationMapping={setLocationMapping}
          codes={codes}
          onCode={(column, system) => {
            setCodes({ ...codes, [column]: system });
          }}
          unit={unit}
          onUnit={setUnit}
          onCheck={() => {
            void read(step.main, step.mapping, locations);
          }}
        />
      )}
      {step.kind === 'report' && (
        <Report
          opened={step.main}
          outcome={step.outcome}
          disabled={busy !== null}
          onReport={async () => {
            const csv = await importer().report(step.main.preview.id, language);
            if (csv === null) return;
            download(
              new Blob(['\ufeff', csv], { type: 'text/csv' }),
              `${baseName(step.main.file.name)}-report.csv`,
            );
          }}
          onImport={async (name) => {
            setBusy({ phase: 'saving', fraction: 0 });
            setMessage(null);
            try {
              const origin = [step.main.file.name, locations?.file.name]
                .filter((n) => n !== undefined)
                .join(' + ');
              onImported(await importer().save(step.main.preview.id, name, origin));
            } catch (error) {
              setBusy(null);
              setMessage({
                kind: 'error',
                text: t('import.saveFailed', { reason: describeError(error, words) }),
              });
            }
          }}
        />
      )}
      {busy && (
        <div className="import-progress" role="status">
          <label>
            {t(`import.phase.${busy.phase}`)}{' '}
            <progress max={1} value={busy.phase === 'saving' ? undefined : busy.fraction} />
          </label>{' '}
          {busy.phase !== 'saving' && (
            <button
              type="button"
              onClick={() => {
                importer().cancel();
              }}
            >
              {t('import.cancel')}
            </button>
          )}
        </div>
      )}
      {message && (
        <p
          className={`import-message${message.kind === 'error' ? ' error' : ''}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      <p className="dialog-actions">
        {step.kind !== 'choose' && (
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => {
              setMessage(null);
              setStep(
                step.kind === 'report' && step.main.preview.kind === 'csv'
                  ? { kind: 'mapping', main: step.main, mapping: step.mapping }
                  : { kind: 'choose' },
              );
            }}
          >
            {t('import.back')}
          </button>
        )}
        <button type="button" disabled={busy !== null} onClick={onBack}>
          {t('datasets.cancel')}
        </button>
      </p>
    </div>
  );
}

function ChooseFile({
  disabled,
  onFile,
}: {
  disabled: boolean;
  onFile: (file: File) => Promise<void>;
}) {
  const { t } = useT();
  const [pasted, setPasted] = useState('');
  const [over, setOver] = useState(false);
  return (
    <>
      <div
        className={`drop-zone${over ? ' over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => {
          setOver(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const file = event.dataTransfer.files[0];
          if (file && !disabled) void onFile(file);
        }}
      >
        <p>{t('import.drop')}</p>
        <label>
          <span className="visually-hidden">{t('import.choose')}</span>
          <input
            type="file"
            accept=".csv,.tsv,.txt,.json,.geojson,.zip,text/csv,application/json,application/geo+json,application/zip"
            disabled={disabled}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void onFile(file);
            }}
          />
        </label>
      </div>
      <p className="help">{t('import.formats')}</p>
      <label className="paste">
        {t('import.pasteLabel')}
        <textarea
          rows={5}
          dir="auto"
          value={pasted}
          onChange={(event) => {
            setPasted(event.target.value);
          }}
        />
      </label>
      <button
        type="button"
        disabled={disabled || pasted.trim() === ''}
        onClick={() => {
          void onFile(new File([pasted], t('import.pastedName'), { type: 'text/csv' }));
        }}
      >
        {t('import.pasteRead')}
      </button>
    </>
  );
}

function FileFacts({ opened }: { opened: Opened }) {
  const { t } = useT();
  const { preview } = opened;
  return (
    <p className="file-facts">
      {preview.kind === 'csv'
        ? t('import.fileFacts', {
            file: preview.name,
            rows: preview.rows,
            encoding: preview.encoding,
            how: t(`import.how.${preview.how}`),
            delimiter: t(DELIMITER_NAMES[preview.delimiter ?? ','] ?? 'import.delimiter.comma'),
          })
        : t('import.jsonFacts', {
            file: preview.name,
            kind: t(`import.kind.${preview.kind}`),
            encoding: preview.encoding,
            how: t(`import.how.${preview.how}`),
          })}
    </p>
  );
}

/** A select per field, choosing a column of the file (or none). */
function ColumnSelect({
  label,
  header,
  value,
  disabled,
  onChange,
}: {
  label: string;
  header: readonly string[];
  value: number | undefined;
  disabled: boolean;
  onChange: (column: number | undefined) => void;
}) {
  const { t } = useT();
  return (
    <label>
      <span>{label}</span>
      <select
        value={value ?? ''}
        disabled={disabled}
        onChange={(event) => {
          onChange(event.target.value === '' ? undefined : Number(event.target.value));
        }}
      >
        <option value="">{t('import.noColumn')}</option>
        {header.map((name, i) => (
          <option key={i} value={i}>
            {name || `#${i + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
}

function Mapping({
  opened,
  mapping,
  disabled,
  onMapping,
  onEncoding,
  locations,
  locationMapping,
  onLocations,
  onLocationMapping,
  codes,
  onCode,
  unit,
  onUnit,
  onCheck,
}: {
  opened: Opened;
  mapping: LinkMapping;
  disabled: boolean;
  onMapping: (mapping: LinkMapping) => void;
  onEncoding: (encoding: Encoding | undefined) => Promise<void>;
  locations: Opened | null;
  locationMapping: LocationMapping;
  onLocations: (file: File | null) => Promise<void>;
  onLocationMapping: (mapping: LocationMapping) => void;
  codes: Record<number, CodeSystem>;
  onCode: (column: number, system: CodeSystem) => void;
  unit: string;
  onUnit: (unit: string) => void;
  onCheck: () => void;
}) {
  const { t } = useT();
  const { preview } = opened;
  const fieldOf = new Map<number, LinkField>();
  for (const field of LINK_FIELDS) {
    const column = mapping[field];
    if (column !== undefined) fieldOf.set(column, field);
  }
  const ready = layoutOf(mapping) !== null;
  return (
    <>
      <FileFacts opened={opened} />
      <label className="encoding">
        {t('import.encoding')}{' '}
        <select
          value={opened.encoding ?? ''}
          disabled={disabled}
          onChange={(event) => {
            void onEncoding((event.target.value || undefined) as Encoding | undefined);
          }}
        >
          <option value="">
            {t('import.encodingAuto')} ({preview.encoding})
          </option>
          {ENCODINGS.map((encoding) => (
            <option key={encoding} value={encoding}>
              {encoding}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="column-mapping">
        <legend>{t('import.mapping')}</legend>
        <p className="help">{t('import.mappingHelp')}</p>
        <div className="mapping-grid">
          {LINK_FIELDS.map((field) => (
            <ColumnSelect
              key={field}
              label={t(`import.field.${field}`)}
              header={preview.header}
              value={mapping[field]}
              disabled={disabled}
              onChange={(column) => {
                const next: LinkMapping = { ...mapping };
                // A column holds one field: taking it from another field frees that one.
                for (const other of LINK_FIELDS)
                  if (next[other] === column) next[other] = undefined;
                next[field] = column;
                onMapping(next);
              }}
            />
          ))}
        </div>
        <ImportCodes
          header={preview.header}
          mapping={mapping}
          guesses={preview.codeGuesses}
          chosen={codes}
          disabled={disabled}
          onChoose={onCode}
        />
        {mapping.value !== undefined && (
          <ValueUnit
            column={preview.header[mapping.value] ?? ''}
            value={unit}
            disabled={disabled}
            onChange={onUnit}
          />
        )}
      </fieldset>
      <div className="table-scroll">
        <table className="import-preview">
          <caption>{t('import.preview')}</caption>
          <thead>
            <tr>
              {preview.header.map((name, i) => {
                const field = fieldOf.get(i);
                return (
                  <th key={i} scope="col" className={field ? 'mapped' : undefined} dir="auto">
                    {name}
                    {field && <span className="field-name">{t(`import.field.${field}`)}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((row, r) => (
              <tr key={r}>
                {preview.header.map((_, i) => (
                  <td key={i} dir="auto" className={fieldOf.has(i) ? 'mapped' : undefined}>
                    {row[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset className="locations-file">
        <legend>{t('import.locations')}</legend>
        <p className="help">{t('import.locationsHelp')}</p>
        {locations ? (
          <>
            <FileFacts opened={locations} />
            <div className="mapping-grid">
              {LOCATION_FIELDS.map((field) => (
                <ColumnSelect
                  key={field}
                  label={t(`import.field.${field}`)}
                  header={locations.preview.header}
                  value={locationMapping[field]}
                  disabled={disabled}
                  onChange={(column) => {
                    onLocationMapping({ ...locationMapping, [field]: column });
                  }}
                />
              ))}
            </div>
            <button
              type="button"
              disabled={disabled}
              onClick={() => {
                void onLocations(null);
              }}
            >
              {t('import.locationsRemove')}
            </button>
          </>
        ) : (
          <label>
            {t('import.locationsChoose')}{' '}
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv"
              disabled={disabled}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void onLocations(file);
              }}
            />
          </label>
        )}
      </fieldset>
      {!ready && <p className="help">{t('import.needEnds')}</p>}
      <button type="button" className="primary" disabled={disabled || !ready} onClick={onCheck}>
        {t('import.check')}
      </button>
    </>
  );
}

function Report({
  opened,
  outcome,
  disabled,
  onReport,
  onImport,
}: {
  opened: Opened;
  outcome: ImportOutcome;
  disabled: boolean;
  onReport: () => Promise<void>;
  onImport: (name: string) => Promise<void>;
}) {
  const { t, say } = useT();
  const [name, setName] = useState(baseName(opened.file.name));
  const { counts, issues } = outcome;
  const kept = outcome.partnerships;
  const unit = outcome.unit === 'feature' ? 'feature' : 'line';
  return (
    <>
      <FileFacts opened={opened} />
      <p className="import-counts" role="status">
        {t('import.counts', {
          kept: counts.kept,
          rows: counts.rows,
          rejected: counts.rejected,
          duplicates: counts.duplicates,
        })}
      </p>
      {(counts.noValue ?? 0) + (counts.negativeValue ?? 0) > 0 && (
        <p className="help">
          {t('import.valueNotes', {
            noValue: counts.noValue ?? 0,
            negativeValue: counts.negativeValue ?? 0,
          })}
        </p>
      )}
      {issues.length === 0 ? (
        <p className="help">{t('import.noProblems')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="import-report">
              <caption>{t('import.problems')}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    {t(unit === 'line' ? 'import.report.line' : 'import.report.feature')}
                  </th>
                  <th scope="col">{t('import.report.column')}</th>
                  <th scope="col">{t('import.report.value')}</th>
                  <th scope="col">{t('import.report.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {issues.map((issue, i) => (
                  <tr key={i}>
                    <td>{issue.line === 0 ? '' : issue.line}</td>
                    <td dir="auto">{issue.column}</td>
                    <td dir="auto">{issue.value}</td>
                    <td>{say(issue.message)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {outcome.issueCount > issues.length && (
            <p className="help">
              {t('import.moreIssues', { count: outcome.issueCount - issues.length })}
            </p>
          )}
          <button
            type="button"
            onClick={() => {
              void onReport();
            }}
          >
            {t('import.download')}
          </button>
        </>
      )}
      {kept === 0 ? (
        <p className="error">{t('import.nothing')}</p>
      ) : (
        <form
          className="import-confirm"
          onSubmit={(event) => {
            event.preventDefault();
            void onImport(name.trim() || baseName(opened.file.name));
          }}
        >
          <label>
            {t('import.name')}{' '}
            <input
              value={name}
              required
              onChange={(event) => {
                setName(event.target.value);
              }}
            />
          </label>
          <p className="help">{t('import.confirmHelp')}</p>
          <button type="submit" className="primary" disabled={disabled}>
            {t('import.confirm', { count: kept })}
          </button>
        </form>
      )}
    </>
  );
}
