/**
 * Import speed on distinct rows (issue 18): a links table of N rows, no two alike, read, checked
 * and turned into a dataset by the import worker's code (in Node, on this CPU), at 40,000 and
 * 400,000 rows. The check phase must scale linearly: the ratio of the two times is at most 12.
 * Also counts the progress reports, which must come at least every 1 % of rows in every phase.
 *
 * `npx tsx bench/import-rows.ts [--sizes 40000,400000]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import codes from 'i18n-iso-countries/codes.json';
// The import's messages, as the import worker registers them.
import '../src/core/tool-messages';
import { ImportPipeline } from '../src/data/import-pipeline';
import type { ImportPhase } from '../src/core/protocol';

const ROOT = join(import.meta.dirname, '..');
const FILES: Record<string, string> = {
  'en.json': 'node_modules/i18n-iso-countries/langs/en.json',
  'ar.json': 'node_modules/i18n-iso-countries/langs/ar.json',
  'countries.json': 'node_modules/world-atlas/countries-50m.json',
  'actors.json': 'data/ingest/actors.json',
  'lexicon.json': 'data/ingest/lexicon.json',
  'cow.json': 'data/import/cow-states.json',
};
const fetcher = (url: string) =>
  Promise.resolve(
    FILES[url]
      ? new Response(readFileSync(join(ROOT, FILES[url]), 'utf8'))
      : new Response('missing', { status: 404 }),
  );

/** N distinct rows: state pairs by ISO alpha-3 code, a year and an amount. */
export function distinctRows(n: number): string {
  const states = codes.map((row) => row[1] ?? '').filter((c) => c !== 'ATA');
  const rows = ['origin,dest,year,amount'];
  let k = 0;
  outer: for (let year = 1950; ; year++) {
    for (let i = 0; i < states.length; i++) {
      for (let j = 0; j < states.length; j++) {
        if (i === j) continue;
        if (k++ >= n) break outer;
        rows.push(`${states[i]},${states[j]},${year},${(k * 37) % 100000}`);
      }
    }
  }
  return `${rows.join('\n')}\n`;
}

export interface ImportRowsFigures {
  rows: number;
  kept: number;
  totalMs: number;
  checkMs: number;
  rowsPerSecond: number;
  /** The largest step between two progress reports of one phase, as a share of the phase. */
  largestProgressStep: Record<ImportPhase, number>;
}

export async function importRows(n: number): Promise<ImportRowsFigures> {
  // Nothing is kept: the library is never opened.
  const pipelines = new ImportPipeline(
    fetcher,
    {
      englishNames: 'en.json',
      arabicNames: 'ar.json',
      countries: 'countries.json',
      ingestNames: 'actors.json',
      ingestLexicon: 'lexicon.json',
      cowStates: 'cow.json',
    },
    () => Promise.reject(new Error('no library in the benchmark')),
  );
  const bytes = new TextEncoder().encode(distinctRows(n));
  const last: Partial<Record<ImportPhase, number>> = {};
  const largest: Record<ImportPhase, number> = { decoding: 0, parsing: 0, checking: 0 };
  const progress = (phase: ImportPhase, fraction: number) => {
    const step = fraction - (last[phase] ?? 0);
    if (step > largest[phase]) largest[phase] = step;
    last[phase] = fraction;
  };
  const started = performance.now();
  const opened = await pipelines.open('rows.csv', bytes, undefined, progress);
  if (!opened.ok) throw new Error('not opened');
  const checking = performance.now();
  const outcome = await pipelines.read(
    opened.preview.id,
    opened.preview.linkMapping,
    null,
    progress,
  );
  const done = performance.now();
  if (!outcome) throw new Error('not read');
  return {
    rows: n,
    kept: outcome.counts.kept,
    totalMs: Math.round(done - started),
    checkMs: Math.round(done - checking),
    rowsPerSecond: Math.round(n / ((done - started) / 1000)),
    largestProgressStep: largest,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--sizes');
  const sizes = (at >= 0 ? (process.argv[at + 1] ?? '') : '40000,400000').split(',').map(Number);
  const figures: ImportRowsFigures[] = [];
  for (const n of sizes) {
    const f = await importRows(n);
    figures.push(f);
    console.log(
      `${n.toLocaleString('en')} distinct rows: ${f.kept.toLocaleString('en')} kept, read and checked in ${f.totalMs} ms (check ${f.checkMs} ms), ${f.rowsPerSecond.toLocaleString('en')} rows/s; largest progress step ${JSON.stringify(f.largestProgressStep)}`,
    );
  }
  const [small, large] = figures;
  if (small && large) {
    console.log(
      `check time ratio ${large.rows / small.rows}× rows: ${(large.checkMs / small.checkMs).toFixed(1)} (target ≤ 12)`,
    );
  }
}
