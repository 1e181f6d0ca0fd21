/**
 * ISO 3166-1 code conversion, from the code table maintained in `i18n-iso-countries` (only its
 * codes file: the package's name tables and diacritics helper are not needed here). Used by the
 * data pipeline, in a worker.
 */
import codes from 'i18n-iso-countries/codes.json';

/** Each row is [alpha-2, alpha-3, numeric, …]. */
const numericByAlpha3 = new Map(codes.map((row) => [row[1] ?? '', row[2] ?? ''] as const));

/** "ESP" → "724", the code Natural Earth's country shapes carry; undefined when unknown. */
export function alpha3ToNumeric(alpha3: string): string | undefined {
  return numericByAlpha3.get(alpha3);
}
