import { formatNumber, type Language } from '../core/messages';
import type { Partnership } from '../core/types';
import { useT } from './i18n';
import { useAtlas } from './store-context';

/** A value in the dataset's unit, grouped as the interface language groups digits. */
export function formatValue(value: number, unit: string | null, language: Language): string {
  const number = formatNumber(Math.round(value * 100) / 100, language);
  return unit === null ? number : `${number} ${unit}`;
}

/**
 * The value of a partnership from a table with a value column ("Value (count)"), and unknown where
 * its row gave none; nothing for a dataset without values. Goes inside the details' facts list.
 */
export function ValueFact({ partnership }: { partnership: Partnership }) {
  const { t, language } = useT();
  const measure = useAtlas((s) => s.summary?.value ?? null);
  if (!measure) return null;
  const value = partnership.value ?? null;
  return (
    <>
      <dt>{t('details.value', { name: measure.name })}</dt>
      <dd>
        {value === null ? (
          <span className="unknown">{t('details.valueUnknown')}</span>
        ) : (
          <bdi>{formatValue(value, measure.unit, language)}</bdi>
        )}
      </dd>
    </>
  );
}

/**
 * When the partnership was in force, each end as precisely as its source gives it: "1995 – 2010",
 * "From March 2017", "No end given by the sources" (still in force, as far as they say). Nothing
 * when the sources give neither end (the date above already says what they give).
 */
export function SpanFact({ partnership }: { partnership: Partnership }) {
  const { t, formatDate } = useT();
  const start = partnership.start ?? null;
  const end = partnership.end ?? null;
  if (start === null && end === null) return null;
  const date = (iso: string) => <time dateTime={iso}>{formatDate(iso)}</time>;
  return (
    <>
      <dt>{t('details.inForce')}</dt>
      <dd className="span">
        {start !== null && end !== null ? (
          <>
            {date(start)} – {date(end)}
          </>
        ) : start !== null ? (
          <>
            {t('details.spanFrom')} {date(start)}
            <br />
            <span className="unknown">{t('details.spanOpen')}</span>
          </>
        ) : (
          <>
            {t('details.spanUntil')} {date(end ?? '')}
            <br />
            <span className="unknown">{t('details.spanNoStart')}</span>
          </>
        )}
      </dd>
    </>
  );
}

/** The imported row's other columns, by their own headers, in the file's order. */
export function OtherFields({ partnership }: { partnership: Partnership }) {
  const { t } = useT();
  const fields = partnership.fields ?? [];
  if (fields.length === 0) return null;
  return (
    <>
      <h3>{t('details.otherFields')}</h3>
      <dl className="facts other-fields">
        {fields.map((field, i) => (
          <div key={i} className="fact-row">
            <dt dir="auto">{field.name}</dt>
            <dd dir="auto">{field.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
