/**
 * ISO 3166-1 code conversion, from the maintained `i18n-iso-countries` tables. Kept out of the
 * modules the main thread loads: only the data pipeline (a worker) needs it.
 */
import countries from 'i18n-iso-countries';

/** "ESP" → "724", the code Natural Earth's country shapes carry; undefined when unknown. */
export function alpha3ToNumeric(alpha3: string): string | undefined {
  return countries.alpha3ToNumeric(alpha3);
}
