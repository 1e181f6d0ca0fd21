/**
 * `npm run bench [-- --sizes 10000,50000,200000] [--runs 5] [--skip-build] [--no-naive]
 *   [--pages atlas,bare,peer]`
 *
 * Builds the app and the reference pages (`bench/pages/`: naive MapLibre, and the flowmap.gl
 * peer), generates seeded synthetic datasets, serves the production build with cross-origin
 * isolation, and drives the system Chromium through each scenario: for each size the atlas, the
 * atlas without its basemap ("bare", `?basemap=none`) and the peer. Every scenario run alternates
 * with a run of the same page on the 2-link dataset in the same browser (A B A B …), one warm-up
 * pair first, so each figure can be read as a ratio to a reference measured under the same
 * conditions. Results go to bench/results/latest.{json,md}.
 *
 * Under SwiftShader (no GPU) a frame costs hundreds of milliseconds, so read the ratios and the
 * main-thread CPU, not the bare wall times.
 */
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { measureBundle, BUDGETS } from '../scripts/bundle-size';
import { CHROMIUM_ARGS, findBrowser } from '../test/e2e/support/find-browser';
import { generate } from './generate';
import { importRows, type ImportRowsFigures } from './import-rows';
import {
  benchIngest,
  benchWorkbenchPage,
  type IngestFigures,
  type WorkbenchPageFigures,
} from './ingest';

const PORT = 4180;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TOGGLE_DOMAIN = /Cybersecurity/;

interface RunFigures {
  /** Navigation start → the dataset's arcs drawn and the map idle, ms. */
  navToIdleMs: number;
  /** Main-thread CPU (thread ticks) from navigation to idle, ms. */
  loadCpuMs: number;
  longTasks: number;
  totalBlockingTimeMs: number;
  /** Domain toggle through the real checkbox: input event → map idle, ms. */
  toggleMs: number;
  toggleCpuMs: number;
  toggleLongestTaskMs: number;
  /**
   * The time bar's window moved one year by the arrow key (issue 20): main-thread CPU of one step,
   * the median of `WINDOW_STEPS`, and the longest task among them; null on pages without one.
   */
  windowStepCpuMs: number | null;
  windowStepLongestTaskMs: number | null;
  /** Longest main-thread task after the data was drawn (the toggle included), ms. */
  longestTaskAfterLoadMs: number;
  /** performance.measureUserAgentSpecificMemory(), all threads, MB; null without isolation. */
  memoryMb: number | null;
  /** Navigation start → the atlas's excerpts checked against their sources, ms (atlas only). */
  evidenceCheckedMs: number | null;
}

/**
 * The pages measured: the atlas, the atlas with no basemap, the naive page, flowmap.gl, and the
 * two link renderers issue 23 allowed, on one page that differs only in them.
 */
type PageKind = 'atlas' | 'bare' | 'naive' | 'peer' | 'custom' | 'deck';
const PAGE_PATHS: Record<PageKind, string> = {
  atlas: '/?',
  bare: '/?basemap=none&',
  naive: '/naive/?',
  peer: '/peer/?',
  custom: '/renderers/?renderer=custom&',
  deck: '/renderers/?renderer=deck&',
};
const PAGE_NAMES: Record<PageKind, string> = {
  atlas: 'atlas',
  bare: 'atlas, no basemap',
  naive: 'naive baseline',
  peer: 'flowmap.gl peer',
  custom: 'renderer: custom layer',
  deck: 'renderer: deck.gl ArcLayer',
};

interface ScenarioResult {
  name: string;
  links: number;
  page: PageKind;
  runs: RunFigures[];
  reference: RunFigures[];
  median: RunFigures;
  referenceMedian: RunFigures;
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

function medianFigures(runs: RunFigures[]): RunFigures {
  const keys = Object.keys(runs[0] ?? {}) as (keyof RunFigures)[];
  const out = {} as Record<keyof RunFigures, number | null>;
  for (const key of keys) {
    const values = runs.map((r) => r[key]).filter((v): v is number => v !== null);
    out[key] = values.length ? median(values) : null;
  }
  return out as unknown as RunFigures;
}

async function taskCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  // With timeDomain "threadTicks", TaskDuration is the main thread's CPU time, in seconds.
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function longTasks(page: Page): Promise<[number, number][]> {
  return page.evaluate(
    () => (window as unknown as { __longTasks: [number, number][] }).__longTasks,
  );
}

async function measure(browser: Browser, path: string): Promise<RunFigures> {
  // No service worker: every run fetches as a first visit does, as the peer's page does.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:data-drawn').length > 0,
    null,
    {
      timeout: 300_000,
      polling: 50,
    },
  );
  const navToIdleMs = await page.evaluate(
    () => performance.getEntriesByName('atlas:data-drawn')[0]?.startTime ?? NaN,
  );
  const loadCpuMs = await taskCpuMs(cdp);
  const loadTasks = (await longTasks(page)).filter(([start]) => start <= navToIdleMs);

  // The atlas checks its excerpts against their sources once the map is drawn (the load's second
  // pass); a filter is measured after that, as on the peer, whose load has no such step.
  const checkedMs = await page.evaluate(async () => {
    if (performance.getEntriesByName('atlas:phase-fetching').length === 0) return null;
    const mark = 'atlas:evidence-checked';
    while (performance.getEntriesByName(mark).length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return performance.getEntriesByName(mark)[0]?.startTime ?? null;
  });
  // The atlas folds its domain filter: opened first, outside the measure (the reference pages have
  // no fold). Then let the page settle, and toggle one domain through the real checkbox, clicked
  // where it is on screen: the harness's own search for it is not counted.
  const fold = page.locator('details.domain-fold:not([open]) summary');
  if ((await fold.count()) > 0) await fold.click();
  await page.waitForTimeout(500);
  const box = await page.getByRole('checkbox', { name: TOGGLE_DOMAIN }).boundingBox();
  if (!box) throw new Error(`No ${String(TOGGLE_DOMAIN)} checkbox on screen at ${path}`);
  const tasksBefore = (await longTasks(page)).length;
  const cpuBefore = await taskCpuMs(cdp);
  await page.evaluate(() => {
    const w = window as unknown as { __toggleStart: number | null };
    w.__toggleStart = null;
    document.addEventListener(
      'change',
      (event) => {
        w.__toggleStart ??= event.timeStamp;
      },
      { capture: true, once: true },
    );
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => window.__atlasMap?.waitForIdle());
  const toggleMs = await page.evaluate(
    () =>
      performance.now() -
      ((window as unknown as { __toggleStart: number | null }).__toggleStart ?? NaN),
  );
  const toggleCpuMs = (await taskCpuMs(cdp)) - cpuBefore;
  const toggleTasks = (await longTasks(page)).slice(tasksBefore);
  const step = await windowSteps(page, cdp);
  const allTasks = await longTasks(page);
  const afterLoad = allTasks.filter(([start]) => start > navToIdleMs);

  const memoryMb = await page.evaluate(async () => {
    const p = performance as Performance & {
      measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }>;
    };
    if (!crossOriginIsolated || !p.measureUserAgentSpecificMemory) return null;
    return (await p.measureUserAgentSpecificMemory()).bytes / 1e6;
  });
  await context.close();
  return {
    navToIdleMs,
    loadCpuMs,
    longTasks: loadTasks.length,
    totalBlockingTimeMs: loadTasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    toggleMs,
    toggleCpuMs,
    toggleLongestTaskMs: Math.max(0, ...toggleTasks.map(([, d]) => d)),
    windowStepCpuMs: step?.cpuMs ?? null,
    windowStepLongestTaskMs: step?.longestTaskMs ?? null,
    longestTaskAfterLoadMs: Math.max(0, ...afterLoad.map(([, d]) => d)),
    memoryMb,
    evidenceCheckedMs: checkedMs,
  };
}

const WINDOW_STEPS = 5;

/**
 * Moves the time bar's window a year at a time with the arrow key, as a user does, each step
 * measured to the map's idle: the median step's main-thread CPU and the longest task. Null when
 * the page has no time bar.
 */
async function windowSteps(
  page: Page,
  cdp: CDPSession,
): Promise<{ cpuMs: number; longestTaskMs: number } | null> {
  const slider = page.locator('.timebar-window');
  if ((await slider.count()) === 0) return null;
  await slider.focus();
  // The first key makes a one-year window at the start; Page Up moves it ten years in.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageUp');
  await page.evaluate(() => window.__atlasMap?.waitForIdle());
  await page.waitForTimeout(300);
  const tasksBefore = (await longTasks(page)).length;
  const cpu: number[] = [];
  for (let i = 0; i < WINDOW_STEPS; i++) {
    const before = await taskCpuMs(cdp);
    await page.keyboard.press('ArrowRight');
    await page.evaluate(() => window.__atlasMap?.waitForIdle());
    cpu.push((await taskCpuMs(cdp)) - before);
  }
  const tasks = (await longTasks(page)).slice(tasksBefore);
  cpu.sort((a, b) => a - b);
  return {
    cpuMs: cpu[Math.floor(cpu.length / 2)] ?? NaN,
    longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d)),
  };
}

async function scenario(
  browser: Browser,
  name: string,
  links: number,
  page: PageKind,
  runs: number,
): Promise<ScenarioResult> {
  const path = (p: PageKind, n: number) => `${PAGE_PATHS[p]}data=/bench-data/${n}/atlas.json`;
  const measured: RunFigures[] = [];
  const reference: RunFigures[] = [];
  for (let i = 0; i <= runs; i++) {
    const a = await measure(browser, path(page, 2));
    const b = await measure(browser, path(page, links));
    const label = i === 0 ? 'warm-up' : `run ${i}/${runs}`;
    console.log(
      `  ${name} ${label}: ${b.navToIdleMs.toFixed(0)} ms to idle (reference ${a.navToIdleMs.toFixed(0)} ms), load CPU ${b.loadCpuMs.toFixed(0)} ms, toggle CPU ${b.toggleCpuMs.toFixed(1)} ms (reference ${a.toggleCpuMs.toFixed(1)} ms), window step CPU ${b.windowStepCpuMs?.toFixed(1) ?? '–'} ms (reference ${a.windowStepCpuMs?.toFixed(1) ?? '–'} ms), TBT ${b.totalBlockingTimeMs.toFixed(0)} ms (reference ${a.totalBlockingTimeMs.toFixed(0)} ms), memory ${b.memoryMb?.toFixed(0) ?? '?'} MB`,
    );
    if (i === 0) continue;
    reference.push(a);
    measured.push(b);
  }
  return {
    name,
    links,
    page,
    runs: measured,
    reference,
    median: medianFigures(measured),
    referenceMedian: medianFigures(reference),
  };
}

function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      fetch(url)
        .then(() => {
          resolve();
        })
        .catch(() => {
          if (Date.now() > deadline) reject(new Error(`${url} did not answer`));
          else setTimeout(attempt, 250);
        });
    };
    attempt();
  });
}

const fmt = (n: number | null, digits = 0) =>
  n === null || Number.isNaN(n) ? '–' : n.toFixed(digits);

function markdown(
  results: ScenarioResult[],
  bundle: ReturnType<typeof measureBundle>,
  meta: Record<string, string>,
): string {
  const lines = [
    `# Benchmark results`,
    '',
    `${meta.date ?? ''} · ${meta.browser ?? ''} · ${meta.machine ?? ''} · ${meta.runs ?? ''} counted runs per scenario after one warm-up, medians; each run alternates with a 2-link reference run.`,
    '',
    `Command: \`${meta.command ?? ''}\``,
    '',
    '| scenario | nav → idle | × 2-link | load CPU (main) | long tasks | TBT | toggle: input → idle | toggle CPU (main) | toggle longest task | window step CPU (main) | window step longest task | longest task after load | memory (all threads) | excerpts checked |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const m = r.median;
    const ratio = m.navToIdleMs / r.referenceMedian.navToIdleMs;
    lines.push(
      `| ${r.name} | ${fmt(m.navToIdleMs)} ms | ${ratio.toFixed(2)} | ${fmt(m.loadCpuMs)} ms | ${fmt(m.longTasks)} | ${fmt(m.totalBlockingTimeMs)} ms | ${fmt(m.toggleMs)} ms | ${fmt(m.toggleCpuMs, 1)} ms | ${fmt(m.toggleLongestTaskMs)} ms | ${m.windowStepCpuMs === null ? '–' : `${fmt(m.windowStepCpuMs, 1)} ms`} | ${m.windowStepLongestTaskMs === null ? '–' : `${fmt(m.windowStepLongestTaskMs)} ms`} | ${fmt(m.longestTaskAfterLoadMs)} ms | ${fmt(m.memoryMb)} MB | ${m.evidenceCheckedMs === null ? '–' : `${fmt(m.evidenceCheckedMs)} ms`} |`,
    );
  }
  const ours = results.find((r) => r.page === 'atlas' && r.links === 50_000);
  const naive = results.find((r) => r.page === 'naive');
  if (ours && naive) {
    lines.push(
      '',
      `At 50,000 links the atlas reaches idle ${(naive.median.navToIdleMs / ours.median.navToIdleMs).toFixed(1)}× faster than the naive baseline and uses ${naive.median.memoryMb && ours.median.memoryMb ? (naive.median.memoryMb / ours.median.memoryMb).toFixed(1) : '–'}× less memory; its main-thread CPU to load is ${(naive.median.loadCpuMs / ours.median.loadCpuMs).toFixed(1)}× lower and a domain toggle costs ${(naive.median.toggleCpuMs / Math.max(0.1, ours.median.toggleCpuMs)).toFixed(1)}× less main-thread CPU.`,
    );
  }
  lines.push(...peerComparison(results));
  lines.push(
    '',
    `Bundle: entry ${(bundle.entryGzip / 1000).toFixed(1)} KB gzipped (budget ${BUDGETS.entry} KB); on demand ${(bundle.onDemandGzip / 1000).toFixed(1)} KB (budget ${BUDGETS.onDemand} KB); with the MapLibre worker ${(bundle.withMapLibreWorkerGzip / 1000).toFixed(1)} KB (budget ${BUDGETS.withMapLibreWorker} KB); dataset worker ${(bundle.datasetWorkerGzip / 1000).toFixed(1)} KB (budget ${BUDGETS.datasetWorker} KB).`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The atlas against flowmap.gl at each size both were run: medians and their ratio (atlas ÷ peer;
 * below 1 the atlas is ahead), and the basemap's share of the atlas's time to idle.
 */
function peerComparison(results: ScenarioResult[]): string[] {
  const find = (page: PageKind, links: number) =>
    results.find((r) => r.page === page && r.links === links);
  const rows: string[] = [];
  for (const atlas of results.filter((r) => r.page === 'atlas')) {
    const peer = find('peer', atlas.links);
    const bare = find('bare', atlas.links);
    if (!peer) continue;
    const a = atlas.median;
    const p = peer.median;
    const pair = (x: number | null, y: number | null, digits = 0) =>
      `${fmt(x, digits)} / ${fmt(y, digits)} (${x !== null && y ? (x / y).toFixed(2) : '–'})`;
    const basemapShare = bare
      ? `${fmt(bare.median.navToIdleMs)} ms (basemap ${fmt(100 * (1 - bare.median.navToIdleMs / a.navToIdleMs))} %)`
      : '–';
    rows.push(
      `| ${atlas.links.toLocaleString('en')} | ${pair(a.navToIdleMs, p.navToIdleMs)} | ${basemapShare} | ${pair(a.loadCpuMs, p.loadCpuMs)} | ${pair(a.memoryMb, p.memoryMb)} | ${pair(a.toggleCpuMs, p.toggleCpuMs, 1)} | ${pair(a.toggleMs, p.toggleMs)} |`,
    );
  }
  if (rows.length === 0) return [];
  return [
    '',
    'Atlas / flowmap.gl peer (ratio atlas ÷ peer; targets: nav → idle ≤ 1, load CPU ≤ 1, memory ≤ 1.5, filter CPU ≤ 0.5, filter input → idle ≤ 1):',
    '',
    '| links | nav → idle, ms | atlas without basemap | load CPU (main), ms | memory (all threads), MB | filter CPU (main), ms | filter input → idle, ms |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ];
}

/** The article workbench's line of the results. */
function ingestLine(f: IngestFigures): string {
  return `Article workbench: proposals for a ${f.words.toLocaleString('en')}-word article (${f.sentences} sentences) in ${f.medianMs} ms (median; slowest ${f.maxMs} ms), in Node on this CPU, the code the import worker runs; target 300 ms.`;
}

/** The workbench in the browser: the page's long tasks while the worker proposes. */
function workbenchLine(f: WorkbenchPageFigures): string {
  return `Article workbench in Chromium: a ${f.words.toLocaleString('en')}-word article proposed in ${f.proposeMs} ms from the click to the proposals on the page (import worker); the page's longest main-thread task meanwhile ${f.longestWhileProposingMs} ms (${f.tasksOver50WhileProposing} over 50 ms; target none); drawing the review afterwards, longest task ${f.longestDrawingMs} ms.`;
}

/** Import speed on distinct rows at 40,000 and 400,000 (see `import-rows.ts`). */
async function benchImportRows(): Promise<ImportRowsFigures[]> {
  return [await importRows(40_000), await importRows(400_000)];
}

function importLine(figures: ImportRowsFigures[]): string {
  const [small, large] = figures;
  if (!small || !large) return '';
  const steps = Math.max(...figures.flatMap((f) => Object.values(f.largestProgressStep)));
  return `Import of distinct rows (Node, the import worker's code): ${small.rows.toLocaleString('en')} rows in ${small.totalMs} ms (${small.rowsPerSecond.toLocaleString('en')} rows/s), ${large.rows.toLocaleString('en')} in ${large.totalMs} ms (${large.rowsPerSecond.toLocaleString('en')} rows/s); check phase ${small.checkMs} → ${large.checkMs} ms, ratio ${(large.checkMs / small.checkMs).toFixed(1)} for 10× the rows (target ≤ 12); largest progress step ${(100 * steps).toFixed(1)} % (target ≤ 1 %).`;
}

async function main() {
  if (process.argv.includes('--ingest-only')) {
    console.log(ingestLine(benchIngest()));
    return;
  }
  if (process.argv.includes('--import-only')) {
    console.log(importLine(await benchImportRows()));
    return;
  }
  const workbenchOnly = process.argv.includes('--workbench-only');
  const sizes = workbenchOnly
    ? []
    : (argument('sizes') ?? '10000,50000,200000').split(',').map(Number);
  const runs = Number(argument('runs') ?? 5);
  const withNaive = !workbenchOnly && !process.argv.includes('--no-naive');
  const pages = (argument('pages') ?? 'atlas,bare,peer').split(',') as PageKind[];
  const unknown = pages.filter((p) => !(p in PAGE_PATHS));
  if (unknown.length) throw new Error(`--pages: unknown page ${unknown.join(', ')}`);
  if (!process.argv.includes('--skip-build')) {
    execSync('npx vite build', { stdio: 'inherit' });
    execSync('npx vite build -c bench/vite.config.ts', { stdio: 'inherit' });
    execSync('npx vite build -c bench/vite.config.ts --mode peer', { stdio: 'inherit' });
    execSync('npx vite build -c bench/vite.config.ts --mode renderers', { stdio: 'inherit' });
  }
  generate('dist/bench-data', [...new Set([2, ...sizes, ...(withNaive ? [50_000] : [])])]);
  const bundle = measureBundle();

  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const stopServer = () => {
    if (server.pid) process.kill(-server.pid);
  };
  try {
    await waitForServer(ORIGIN, 60_000);
    const browser = await chromium.launch({
      executablePath: findBrowser(),
      args: [...CHROMIUM_ARGS, '--enable-blink-features=ForceEagerMeasureMemory'],
    });
    const results: ScenarioResult[] = [];
    for (const links of sizes) {
      for (const page of pages) {
        const name = `${PAGE_NAMES[page]}, ${links.toLocaleString('en')} links`;
        console.log(`Scenario: ${name}`);
        results.push(await scenario(browser, name, links, page, runs));
      }
    }
    if (withNaive) {
      console.log('Scenario: naive baseline, 50,000 links');
      results.push(await scenario(browser, 'naive baseline, 50,000 links', 50_000, 'naive', runs));
    }
    const workbenchPage = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const workbench = await benchWorkbenchPage(workbenchPage, ORIGIN);
    await workbenchPage.close();
    if (workbenchOnly) {
      console.log(workbenchLine(workbench));
      await browser.close();
      return;
    }
    const meta = {
      date: new Date().toISOString(),
      browser: `Chromium ${browser.version()} (SwiftShader WebGL unless a GPU is present)`,
      machine: `${process.platform} ${process.arch}, Node ${process.version}`,
      runs: String(runs),
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    };
    await browser.close();
    const ingest = benchIngest();
    const imports = await benchImportRows();
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(
      'bench/results/latest.json',
      `${JSON.stringify({ meta, bundle, results, ingest, workbench, imports }, null, 2)}\n`,
    );
    const md = `${markdown(results, bundle, meta)}\n${ingestLine(ingest)}\n${workbenchLine(workbench)}\n${importLine(imports)}\n`;
    writeFileSync('bench/results/latest.md', md);
    console.log(`\n${md}`);
  } finally {
    stopServer();
  }
}

await main();
