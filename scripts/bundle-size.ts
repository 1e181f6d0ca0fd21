/**
 * `npm run size`: the gzipped size of the built JavaScript against its budget. Part of `npm test`
 * (after the build), because the bundle is deterministic: a dependency that blows the budget fails
 * the tests, not a benchmark run weeks later.
 *
 * - entry: every script the page runs on the main thread to show the atlas (the entry chunk, the
 *   chunks it imports and the map, which it loads at once);
 * - on demand: main-thread chunks fetched only when the user asks for them (the briefing panel, the
 *   other language's messages), with a budget of their own. `test/e2e/language.spec.ts` checks
 *   that a page opening in English fetches none of them, so that this list cannot hide a chunk the
 *   page needs at start;
 * - with the MapLibre worker: the entry plus MapLibre's worker (the scale issue's budget);
 * - dataset worker: our own worker (parsing, validation, search), with a budget of its own;
 * - all: everything, reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in kilobytes of 1,000 bytes. */
export const BUDGETS = {
  entry: 400,
  onDemand: 60,
  withMapLibreWorker: 560,
  datasetWorker: 60,
} as const;

/** Chunks the page fetches only when the user asks (Vite names a chunk after its module). */
export const ON_DEMAND = /^(BriefingPanel|messages-ar)-/;

export interface BundleSize {
  files: { file: string; bytes: number; gzip: number; worker: boolean; onDemand: boolean }[];
  entryGzip: number;
  onDemandGzip: number;
  withMapLibreWorkerGzip: number;
  datasetWorkerGzip: number;
  allGzip: number;
}

export function measureBundle(dir = 'dist/assets'): BundleSize {
  const files = readdirSync(dir)
    .filter((file) => /\.(m?js)$/.test(file))
    .map((file) => {
      const content = readFileSync(join(dir, file));
      return {
        file,
        bytes: content.length,
        gzip: gzipSync(content, { level: 9 }).length,
        worker: /worker/i.test(file),
        onDemand: ON_DEMAND.test(file),
      };
    });
  // A chunk that a worker imports (Vite builds workers apart, so the worker's copy of a module such
  // as the Arabic messages is a file of its own) counts with that worker, not the main thread.
  for (const worker of files.filter((f) => f.worker)) {
    const content = readFileSync(join(dir, worker.file), 'utf8');
    for (const f of files) {
      if (!f.worker && content.includes(f.file)) {
        f.worker = true;
        f.onDemand = false;
        f.file = `${f.file} (${worker.file.split('-')[0] ?? ''})`;
      }
    }
  }
  const sum = (list: typeof files) => list.reduce((total, f) => total + f.gzip, 0);
  const entryGzip = sum(files.filter((f) => !f.worker && !f.onDemand));
  const onDemandGzip = sum(files.filter((f) => !f.worker && f.onDemand));
  const maplibre = sum(files.filter((f) => f.worker && /maplibre/i.test(f.file)));
  const dataset = sum(files.filter((f) => f.worker && !/maplibre/i.test(f.file)));
  return {
    files,
    entryGzip,
    onDemandGzip,
    withMapLibreWorkerGzip: entryGzip + maplibre,
    datasetWorkerGzip: dataset,
    allGzip: entryGzip + onDemandGzip + maplibre + dataset,
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const size = measureBundle();
  for (const f of size.files.sort((a, b) => b.gzip - a.gzip)) {
    console.log(
      `  ${f.file.padEnd(48)} ${kb(f.bytes).padStart(10)} ${kb(f.gzip).padStart(10)} gzip${f.worker ? '  (worker)' : f.onDemand ? '  (on demand)' : ''}`,
    );
  }
  const rows: [string, number, number][] = [
    ['entry (main thread)', size.entryGzip, BUDGETS.entry],
    ['on demand (main thread)', size.onDemandGzip, BUDGETS.onDemand],
    ['entry + MapLibre worker', size.withMapLibreWorkerGzip, BUDGETS.withMapLibreWorker],
    ['dataset worker', size.datasetWorkerGzip, BUDGETS.datasetWorker],
  ];
  let over = false;
  for (const [name, bytes, budget] of rows) {
    const ok = bytes <= budget * 1000;
    over ||= !ok;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${kb(bytes)} gzipped, budget ${budget} KB`);
  }
  console.log(`     all JavaScript: ${kb(size.allGzip)} gzipped`);
  process.exit(over ? 1 : 0);
}
