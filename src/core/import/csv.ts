/**
 * A CSV reader for the files analysts have (RFC 4180 and what spreadsheets really write): comma,
 * semicolon or tab delimited (guessed from the header line), quoted fields holding delimiters,
 * doubled quotes and line breaks, CRLF, LF or CR line ends, empty lines, a byte-order mark.
 * Each row keeps the line it starts on, so that every problem can name it.
 */

export interface CsvRow {
  /** The line of the file the row starts on (1 is the header). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: Delimiter;
}

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** What the reader could not make sense of, by line. */
export interface CsvProblem {
  line: number;
  kind: 'unclosedQuote' | 'quoteInField' | 'cellCount';
  /** For `cellCount`: the cells found and the header's count. */
  found?: number;
  expected?: number;
}

export interface CsvOptions {
  delimiter?: Delimiter;
  /** Called with the share of the text read so far (0–1), every 1 % of it or 256 KB. */
  onProgress?: (fraction: number) => void;
}

/** The delimiter that splits the header line into the most fields (outside quotes). */
export function guessDelimiter(text: string): Delimiter {
  let end = 0;
  let quoted = false;
  while (end < text.length) {
    const ch = text.charAt(end);
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    end++;
  }
  const headerLine = text.slice(0, end);
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    let count = 0;
    let inQuotes = false;
    for (const ch of headerLine) {
      if (ch === '"') inQuotes = !inQuotes;
      else if (!inQuotes && ch === delimiter) count++;
    }
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** What a spreadsheet reads as the start of a formula: = + - @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Reads CSV text into a header and rows; problems are reported, never thrown. */
export function parseCsv(
  input: string,
  options: CsvOptions = {},
): { table: CsvTable; problems: CsvProblem[] } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = options.delimiter ?? guessDelimiter(text);
  const delimiterCode = delimiter.charCodeAt(0);
  const problems: CsvProblem[] = [];
  const records: CsvRow[] = [];
  // Every 1 % of the text (and at most every 256 KB).
  const step = Math.max(1, Math.min(1 << 18, Math.floor(text.length / 100)));
  let nextReport = step;

  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let cell = '';
    let endOfRecord = false;
    while (!endOfRecord) {
      // One field. A quoted field is kept as written; an unquoted one is trimmed.
      const quoted = text.charAt(i) === '"';
      if (quoted) {
        i++;
        let closed = false;
        while (i < n) {
          // Whole stretches up to the next quote or line break at once (files run to 50 MB).
          let j = i;
          while (j < n) {
            const code = text.charCodeAt(j);
            if (code === 34 || code === 10 || code === 13) break;
            j++;
          }
          cell += text.slice(i, j);
          i = j;
          if (i >= n) break;
          const ch = text.charAt(i);
          if (ch === '"') {
            if (text.charAt(i + 1) === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          // A line break inside quotes is part of the field; CRLF becomes one "\n".
          if (ch === '\r' && text.charAt(i + 1) === '\n') i++;
          cell += '\n';
          line++;
          i++;
        }
        if (!closed) problems.push({ line: start, kind: 'unclosedQuote' });
        // Characters after the closing quote and before the delimiter are kept, reported once.
        let trailing = '';
        while (i < n) {
          const ch = text.charAt(i);
          if (ch === delimiter || ch === '\n' || ch === '\r') break;
          trailing += ch;
          i++;
        }
        if (trailing.trim() !== '') {
          problems.push({ line: start, kind: 'quoteInField' });
          cell += trailing;
        }
      } else {
        let j = i;
        while (j < n) {
          const code = text.charCodeAt(j);
          if (code === delimiterCode || code === 10 || code === 13) break;
          j++;
        }
        cell = text.slice(i, j);
        i = j;
      }
      const value = quoted ? cell : cell.trim();
      // A cell our export made inert ("'=…", see `csvCell`) reads back as it was (a carriage
      // return, inside quotes, reads as a line feed as every line break there does).
      cells.push(
        value.charCodeAt(0) === 39 && /^[=+\-@\t\r\n]/.test(value.charAt(1))
          ? value.slice(1)
          : value,
      );
      cell = '';
      if (i >= n) {
        endOfRecord = true;
      } else if (text.charAt(i) === delimiter) {
        i++;
      } else {
        // A line end: CRLF, LF or CR.
        if (text.charAt(i) === '\r' && text.charAt(i + 1) === '\n') i++;
        i++;
        line++;
        endOfRecord = true;
      }
    }
    // An empty line (or one of delimiters only) is not a row.
    if (cells.some((value) => value !== '')) records.push({ line: start, cells });
    if (options.onProgress && i >= nextReport) {
      options.onProgress(i / n);
      nextReport = i + step;
    }
  }
  options.onProgress?.(1);

  const [first, ...rows] = records;
  const header = first ? first.cells : [];
  for (const row of rows) {
    if (row.cells.length !== header.length) {
      problems.push({
        line: row.line,
        kind: 'cellCount',
        found: row.cells.length,
        expected: header.length,
      });
    }
  }
  return { table: { header, rows, delimiter }, problems };
}

/** One cell written for a CSV file: quoted when it holds a delimiter, a quote or a line break. */
export function csvCell(value: string | number | null, delimiter: Delimiter = ','): string {
  if (value === null) return '';
  // Text a spreadsheet would run as a formula (= + - @, or a leading tab or carriage return) is
  // made inert with a leading apostrophe (OWASP's rule); numbers we write are left as they are.
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** Rows written as CSV text, CRLF line ends (as RFC 4180 and spreadsheets expect). */
export function writeCsv(
  rows: readonly (readonly (string | number | null)[])[],
  delimiter: Delimiter = ',',
): string {
  return (
    rows.map((row) => row.map((value) => csvCell(value, delimiter)).join(delimiter)).join('\r\n') +
    '\r\n'
  );
}
