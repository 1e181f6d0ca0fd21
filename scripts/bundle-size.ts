/**
 * `npm run size`: the gzipped size of the built JavaScript against its budget. Part of `npm test`
 * (after the build), because the bundle is deterministic: a dependency that blows the budget fails
 * the tests, not a benchmark run weeks later.
 *
 * - entry: every script the page runs on the main thread to show the atlas (the entry chunk, the
 *   chunks it imports and the map, which it loads at once);
 * - on demand: main-thread chunks fetched only when the user asks for them (the briefing panel, the
 *   datasets dialog with the import's steps, the article workbench, the other language's messages,
 *   the time bar, which only a dataset with dates shows, and the chunks only they import), with a budget of their own. `test/e2e/language.spec.ts` checks
 *   that a page opening in English fetches none of them, so that this list cannot hide a chunk the
 *   page needs at start;
 * - with the MapLibre worker: the entry plus MapLibre's worker (the scale issue's budget);
 * - dataset worker: our own worker (parsing, validation, search), with a budget of its own;
 * - import worker: the import's worker (decoding, CSV, gazetteer, checks), with a budget of its own;
 * - all: everything, reported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in kilobytes of 1,000 bytes. */
export const BUDGETS = {
  // 400 until the import: its messages (both languages are in the tables) and the dataset library
  // brought the entry to 399 KB, which left no room for the next change. 410 until the time bar
  // (issue 20): the bar, its messages and its histogram load on demand, but its place under the
  // map and the dataset's time axis (carried by the summary) cost the entry 0.1 KB it did not have.
  entry: 411,
  // 80 until the standalone page (issue 21): saving one is the share dialog's (the shell's
  // address, the basemap's files gzipped by the browser), and the briefing's and the data export's
  // words moved from the entry's table to the on-demand ones (with their Arabic), which kept the
  // entry under its budget when the header's tools became the site's alone.
  onDemand: 82,
  withMapLibreWorker: 560,
  // 60 until the import: imported data's own checks (curated or not) live in the validator.
  // 65 until the article workbench: the English message table it carries grew by the workbench's;
  // 68 until editing a partnership's evidence (its messages, and the data check's notes); 70 until
  // hardening (the limits' and the error boundary's messages). Each worker carries the whole
  // English table: splitting it by worker is the next saving, not another raise.
  datasetWorker: 72,
  // 70 until the article workbench: the proposals' engine and the article pipeline run here;
  // 80 until the repository zip: fflate writes and reads it here (the worker loads on demand);
  // 86 until editing a partnership's evidence (its review is opened and written back here); 88
  // until hardening (the limits, and the English table's growth); 90 until real tables (reading
  // state codes, ISO and Correlates of War, values, progress in steps, and the import's and the
  // workbench's own message tables, which the atlas's entry and the dataset worker no longer carry:
  // they lost 4 and 9 KB); 95 until spans (issue 20: the start and end columns, ATOP's and COW's
  // headers, partial-date arithmetic and their messages, 0.9 KB); 96 until events in a
  // relationship (issue 20: their schema and checks, and the statuses renewed, suspended and ended
  // with the validator's two messages in the English table it carries, 0.3 KB); 97 until the atlas
  // file (issue 21: it is written and opened here, with the zip's limits against bombs, 1.1 KB;
  // sharing's messages live in their own table, which the worker does not carry).
  importWorker: 98,
} as const;

/** Chunks the page fetches only when the user asks (Vite names a chunk after its module). */
export const ON_DEMAND =
  /^(BriefingPanel|DatasetsPanel|DataExportDialog|PartnershipDetails|WorkbenchPanel|EditPanel|PresenterView|Presentation|Handout|html-article|messages-ar|TimeBar|ShareDialog|EmbedApp|open-address|AboutDialog|offline-updates)-/;

/**
 * On-demand chunks that the page fetches by itself after its `load` event, never to show the atlas:
 * the offline copy's registration and update offer. Counted with the on-demand chunks.
 */
export const AFTER_LOAD = /^offline-updates-/;

/** Our workers and MapLibre's, by the name Vite gives their files. */
const WORKERS = { maplibre: /maplibre/i, dataset: /^dataset\.worker/, import: /^import\.worker/ };
type WorkerName = keyof typeof WORKERS;

export interface BundleSize {
  files: {
    file: string;
    bytes: number;
    gzip: number;
    /** The workers that run it (none: the main thread). */
    workers: WorkerName[];
    onDemand: boolean;
  }[];
  entryGzip: number;
  onDemandGzip: number;
  withMapLibreWorkerGzip: number;
  datasetWorkerGzip: number;
  importWorkerGzip: number;
  allGzip: number;
}

export function measureBundle(dir = 'dist/assets'): BundleSize {
  const files = readdirSync(dir)
    .filter((file) => /\.(m?js)$/.test(file))
    .map((file) => {
      const content = readFileSync(join(dir, file));
      const worker = (Object.keys(WORKERS) as WorkerName[]).find((name) =>
        WORKERS[name].test(file),
      );
      return {
        file,
        bytes: content.length,
        gzip: gzipSync(content, { level: 9 }).length,
        workers: worker ? [worker] : [],
        onDemand: ON_DEMAND.test(file),
      };
    });
  // A chunk that a worker imports (Vite builds workers apart, so the worker's copy of a module such
  // as the Arabic messages is a file of its own) counts with that worker, not the main thread.
  for (const worker of files.filter((f) => f.workers.length === 1)) {
    const [name] = worker.workers;
    if (name === undefined) continue;
    const content = readFileSync(join(dir, worker.file), 'utf8');
    for (const f of files) {
      if (f !== worker && content.includes(f.file) && !f.workers.includes(name)) {
        if (f.workers.length === 0) f.onDemand = false;
        f.workers.push(name);
      }
    }
  }
  // A chunk shared only by chunks fetched on demand (Vite splits out what two lazy panels share)
  // is fetched on demand too.
  const texts = new Map(files.map((f) => [f.file, readFileSync(join(dir, f.file), 'utf8')]));
  const page = readFileSync(join(dir, '..', 'index.html'), 'utf8');
  for (let changed = true; changed;) {
    changed = false;
    for (const f of files) {
      if (f.onDemand || f.workers.length > 0 || page.includes(f.file)) continue;
      // An import names "./file" (static or dynamic); the preload lists name "assets/file".
      const importers = files.filter(
        (g) => g !== f && texts.get(g.file)?.includes(`"./${f.file}"`),
      );
      if (importers.length > 0 && importers.every((g) => g.onDemand)) {
        f.onDemand = true;
        changed = true;
      }
    }
  }
  const sum = (list: typeof files) => list.reduce((total, f) => total + f.gzip, 0);
  const main = files.filter((f) => f.workers.length === 0);
  const entryGzip = sum(main.filter((f) => !f.onDemand));
  const onDemandGzip = sum(main.filter((f) => f.onDemand));
  const ofWorker = (name: WorkerName) => sum(files.filter((f) => f.workers.includes(name)));
  return {
    files,
    entryGzip,
    onDemandGzip,
    withMapLibreWorkerGzip: entryGzip + ofWorker('maplibre'),
    datasetWorkerGzip: ofWorker('dataset'),
    importWorkerGzip: ofWorker('import'),
    allGzip: sum(files),
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const size = measureBundle();
  for (const f of size.files.sort((a, b) => b.gzip - a.gzip)) {
    console.log(
      `  ${f.file.padEnd(48)} ${kb(f.bytes).padStart(10)} ${kb(f.gzip).padStart(10)} gzip${f.workers.length > 0 ? `  (${f.workers.join(', ')} worker)` : f.onDemand ? '  (on demand)' : ''}`,
    );
  }
  const rows: [string, number, number][] = [
    ['entry (main thread)', size.entryGzip, BUDGETS.entry],
    ['on demand (main thread)', size.onDemandGzip, BUDGETS.onDemand],
    ['entry + MapLibre worker', size.withMapLibreWorkerGzip, BUDGETS.withMapLibreWorker],
    ['dataset worker', size.datasetWorkerGzip, BUDGETS.datasetWorker],
    ['import worker', size.importWorkerGzip, BUDGETS.importWorker],
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
