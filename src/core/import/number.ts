/**
 * Numbers as spreadsheets write them: "1,234.5", "1.234,5", "1 234", "٣٬٥٠٠", "(120)", "−7".
 * What cannot be read as one number is refused with the reason, never guessed.
 */
import { phrase, type Text } from '../messages';

export type NumberReading = { value: number } | { empty: true } | { error: Text };

/** Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits, and the Arabic separators. */
function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.') // Arabic decimal separator
    .replace(/\u066c/g, ','); // Arabic thousands separator
}

/** Currency signs and codes a value column may carry before or after the number. */
const CURRENCY = /^(?:US\$|\$|€|£|¥|USD|EUR|GBP)\s*|\s*(?:US\$|\$|€|£|¥|USD|EUR|GBP)$/i;

export function readQuantity(raw: string): NumberReading {
  let text = westernDigits(raw.trim());
  if (text === '') return { empty: true };
  let negative = false;
  // Accounting negatives: (120).
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised) {
    negative = true;
    text = (parenthesised[1] ?? '').trim();
  }
  text = text.replace(CURRENCY, '').trim();
  if (/^[-\u2212]/.test(text)) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  // Spaces, no-break spaces and apostrophes only ever group digits.
  text = text.replace(/[\s\u00a0\u202f'’]/g, '');
  const unreadable = () => ({ error: phrase('import.valueInvalid') });
  if (!/^[0-9.,]+(?:[eE][-+]?[0-9]+)?$/.test(text) || !/[0-9]/.test(text)) return unreadable();
  const [mantissa = '', exponent = ''] = text.split(/[eE]/);
  const lastComma = mantissa.lastIndexOf(',');
  const lastDot = mantissa.lastIndexOf('.');
  let plain: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the later one is the decimal mark, the other groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if (!grouped(mantissa.slice(0, mantissa.lastIndexOf(decimal)), group)) return unreadable();
    plain = mantissa.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const count = mantissa.split(mark).length - 1;
    const groups = grouped(mantissa, mark);
    if (count > 1) {
      // "1,234,567" or "1.234.567": thousands, and only well-formed groups.
      if (!groups) return unreadable();
      plain = mantissa.split(mark).join('');
    } else if (mark === ',' && groups) {
      // "1,234" groups thousands, as spreadsheets in English write it; "3,5" is a decimal comma.
      plain = mantissa.replace(',', '');
    } else {
      plain = mantissa.replace(mark, '.');
    }
  } else {
    plain = mantissa;
  }
  const value = Number(exponent === '' ? plain : `${plain}e${exponent}`);
  if (!Number.isFinite(value)) return unreadable();
  return { value: negative ? -value : value };
}

/** Whether digits are grouped by threes with `mark` ("1,234,567"), the first group of 1–3. */
function grouped(text: string, mark: string): boolean {
  const parts = text.split(mark);
  if (parts.length < 2) return /^[0-9]+$/.test(text);
  return (
    /^[0-9]{1,3}$/.test(parts[0] ?? '') && parts.slice(1).every((part) => /^[0-9]{3}$/.test(part))
  );
}
