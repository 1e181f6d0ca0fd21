import { useId } from 'react';
import type { CodeGuess, CodeSystem } from '../core/import/code-systems';
import type { LinkMapping } from '../core/import/links-table';
import { useT } from './i18n';

/** What each party column holds, as chosen: the user's choice, else the guess from its values. */
export function chosenCodes(
  mapping: LinkMapping,
  guesses: readonly (CodeGuess | null)[] | undefined,
  chosen: Readonly<Record<number, CodeSystem>>,
): Partial<Record<'origin' | 'dest', CodeSystem>> {
  const out: Partial<Record<'origin' | 'dest', CodeSystem>> = {};
  for (const side of ['origin', 'dest'] as const) {
    const column = mapping[side];
    if (column === undefined) continue;
    const system = chosen[column] ?? guesses?.[column]?.system;
    if (system) out[side] = system;
  }
  return out;
}

/**
 * For the two party columns when they hold codes: which system the import chose and why, and the
 * choice of another (ISO or Correlates of War, numeric or letters). Said before the rows are
 * checked, since COW 20 (Canada) and ISO 020 (Andorra) are both valid.
 */
export function ImportCodes({
  header,
  mapping,
  guesses,
  chosen,
  disabled,
  onChoose,
}: {
  header: readonly string[];
  mapping: LinkMapping;
  guesses: readonly (CodeGuess | null)[] | undefined;
  chosen: Readonly<Record<number, CodeSystem>>;
  disabled: boolean;
  onChoose: (column: number, system: CodeSystem) => void;
}) {
  const columns = [...new Set([mapping.origin, mapping.dest])].filter(
    (column): column is number => column !== undefined,
  );
  const coded = columns.filter((column) => {
    const guess = guesses?.[column];
    return guess && guess.system !== 'names';
  });
  if (coded.length === 0) return null;
  return (
    <div className="import-codes">
      {coded.map((column) => (
        <CodeChoice
          key={column}
          column={header[column] ?? ''}
          guess={guesses?.[column] ?? null}
          value={chosen[column]}
          disabled={disabled}
          onChoose={(system) => {
            onChoose(column, system);
          }}
        />
      ))}
    </div>
  );
}

function CodeChoice({
  column,
  guess,
  value,
  disabled,
  onChoose,
}: {
  column: string;
  guess: CodeGuess | null;
  value: CodeSystem | undefined;
  disabled: boolean;
  onChoose: (system: CodeSystem) => void;
}) {
  const { t } = useT();
  const id = useId();
  if (!guess) return null;
  const label = (system: CodeSystem) => t(`import.codes.system.${system}`);
  const options: CodeSystem[] = [
    ...new Set<CodeSystem>([...guess.candidates, guess.system, 'names']),
  ];
  // A numeric column could be either numeric system; letters either of theirs.
  for (const pair of [
    ['iso-numeric', 'cow-numeric'],
    ['iso-alpha3', 'cow-abbreviation'],
  ] as const) {
    if (options.some((o) => pair.includes(o as never))) {
      for (const system of pair) if (!options.includes(system)) options.push(system);
    }
  }
  const { why } = guess;
  return (
    <p className="help">
      <label htmlFor={id}>{t('import.codes.label', { column })}</label>{' '}
      <select
        id={id}
        value={value ?? guess.system}
        disabled={disabled}
        onChange={(event) => {
          onChoose(event.target.value as CodeSystem);
        }}
      >
        {options.map((system) => (
          <option key={system} value={system}>
            {label(system)}
          </option>
        ))}
      </select>{' '}
      <span role="status">
        {why.kind === 'names'
          ? t('import.codes.names')
          : t(`import.codes.${why.kind}`, {
              chosen: label(guess.system),
              other: why.other ? label(why.other) : '',
              values: why.values,
            })}
      </span>
    </p>
  );
}

/**
 * The unit of the value column, written by the user (optional): shown beside every value, in the
 * legend and the exports. Left empty, the unit its header names (`amount_usd`: USD) or none.
 */
export function ValueUnit({
  column,
  value,
  disabled,
  onChange,
}: {
  column: string;
  value: string;
  disabled: boolean;
  onChange: (unit: string) => void;
}) {
  const { t } = useT();
  const id = useId();
  return (
    <p className="help">
      <label htmlFor={id}>{t('import.valueUnit', { column })}</label>{' '}
      <input
        id={id}
        type="text"
        size={10}
        maxLength={40}
        value={value}
        disabled={disabled}
        placeholder={t('import.valueUnitPlaceholder')}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
    </p>
  );
}
