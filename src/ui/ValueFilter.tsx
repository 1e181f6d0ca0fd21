import { useId, useMemo, useState } from 'react';
import { valueHistogram } from '../core/filters';
import { useT } from './i18n';
import { formatValue } from './RowFields';
import { useAtlas } from './store-context';

/**
 * With values in the dataset: their histogram (the bins in range darker) and a range of two
 * numbers. A partnership without a value is left out while a range is set, and the filter says so.
 */
export function ValueFilter() {
  const { t, language } = useT();
  const summary = useAtlas((s) => s.summary);
  const min = useAtlas((s) => s.filters.valueMin);
  const max = useAtlas((s) => s.filters.valueMax);
  const setFilters = useAtlas((s) => s.setFilters);
  const histogram = useMemo(() => (summary?.value ? valueHistogram(summary) : null), [summary]);
  const fromId = useId();
  const toId = useId();
  if (!summary?.value || !histogram) return null;
  const { edges, counts } = histogram;
  const tallest = Math.max(1, ...counts);
  const first = edges[0] ?? 0;
  const last = edges.at(-1) ?? 0;
  const unit = summary.value.unit;
  const inRange = (i: number) =>
    (min === null || (edges[i + 1] ?? 0) >= min) && (max === null || (edges[i] ?? 0) <= max);
  return (
    <fieldset className="value-filter">
      <legend>{t('values.heading', { name: summary.value.name })}</legend>
      <p className="help">
        {t('values.range', {
          first: formatValue(first, unit, language),
          last: formatValue(last, unit, language),
        })}
        {histogram.log && ` ${t('values.log')}`}
      </p>
      <svg
        className="value-histogram"
        viewBox={`0 0 ${counts.length * 6} 40`}
        preserveAspectRatio="none"
        role="img"
        aria-label={t('values.histogram', { bins: counts.length })}
      >
        {counts.map((count, i) => {
          const height = count === 0 ? 0 : Math.max(1.5, (38 * count) / tallest);
          return (
            <rect
              key={i}
              x={i * 6 + 0.5}
              y={40 - height}
              width={5}
              height={height}
              className={inRange(i) ? 'in-range' : 'out-of-range'}
            >
              <title>
                {t('values.bin', {
                  from: formatValue(edges[i] ?? 0, unit, language),
                  to: formatValue(edges[i + 1] ?? 0, unit, language),
                  number: count,
                })}
              </title>
            </rect>
          );
        })}
      </svg>
      <div className="date-range">
        <label htmlFor={fromId}>{t('values.from')}</label>
        <BoundInput
          id={fromId}
          value={min}
          placeholder={String(first)}
          onChange={(value) => {
            setFilters({ valueMin: value });
          }}
        />
        <label htmlFor={toId}>{t('values.to')}</label>
        <BoundInput
          id={toId}
          value={max}
          placeholder={String(last)}
          onChange={(value) => {
            setFilters({ valueMax: value });
          }}
        />
        <button
          type="button"
          disabled={min === null && max === null}
          onClick={() => {
            setFilters({ valueMin: null, valueMax: null });
          }}
        >
          {t('dates.clear')}
        </button>
      </div>
      {histogram.unknown > 0 && (
        <p className="help">{t('values.unknown', { count: histogram.unknown })}</p>
      )}
    </fieldset>
  );
}

/**
 * One end of the range as the user types it: the text stays theirs while it is being typed ("1."),
 * the filter takes each number it reads, and a change from elsewhere (Clear) replaces the text.
 */
function BoundInput({
  id,
  value,
  placeholder,
  onChange,
}: {
  id: string;
  value: number | null;
  placeholder: string;
  onChange: (value: number | null) => void;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (read(text) !== value) setText(value === null ? '' : String(value));
  }
  return (
    <input
      id={id}
      type="number"
      inputMode="decimal"
      step="any"
      value={text}
      placeholder={placeholder}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const number = read(next);
        setShown(number);
        onChange(number);
      }}
    />
  );
}

function read(text: string): number | null {
  const value = Number(text);
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
}
