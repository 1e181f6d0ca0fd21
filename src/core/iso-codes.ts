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

const alpha2ByNumeric = new Map(codes.map((row) => [row[2] ?? '', row[0] ?? ''] as const));

/** "724" → "ES", the key of the name tables in `i18n-iso-countries/langs`; undefined when unknown. */
export function numericToAlpha2(numeric: string): string | undefined {
  return alpha2ByNumeric.get(numeric);
}

/**
 * A lookup from ISO numeric code to a country name, from one of `i18n-iso-countries`' language
 * files ({ countries: { ES: "إسبانيا" | ["…", "…"] } }); the first name where there are several.
 */
export function countryNamesFromLanguageFile(
  file: unknown,
): (numeric: string) => string | undefined {
  const countries =
    typeof file === 'object' && file !== null ? (file as { countries?: unknown }).countries : null;
  if (typeof countries !== 'object' || countries === null) return () => undefined;
  const table = countries as Record<string, unknown>;
  return (numeric) => {
    const alpha2 = numericToAlpha2(numeric);
    const entry = alpha2 === undefined ? undefined : table[alpha2];
    const name: unknown = Array.isArray(entry) ? entry[0] : entry;
    return typeof name === 'string' && name !== '' ? name : undefined;
  };
}
