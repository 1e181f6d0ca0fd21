/**
 * The article workbench's proposals on a long article: the two seed articles and the fixtures,
 * repeated to about 5,000 words, proposed by the same core code the import worker runs (here in
 * Node, on this machine's CPU). The medians of `runs` after two warm-ups. Part of `npm run bench`;
 * `npm run bench -- --ingest-only` runs it alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { createProposer } from '../src/core/ingest/propose';
import type { Lexicon } from '../src/core/ingest/lexicon';
import type { NameList } from '../src/core/ingest/names';

export interface IngestFigures {
  words: number;
  sentences: number;
  medianMs: number;
  maxMs: number;
}

/** About `targetWords` words of article text: the seed articles and the fixtures, repeated. */
export function longArticle(targetWords = 5000): string {
  const read = (path: string) => readFileSync(path, 'utf8');
  const pieces = [
    ...readdirSync('data/sources').map((f) => read(join('data/sources', f))),
    ...readdirSync('test/fixtures/ingest')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => read(join('test/fixtures/ingest', f))),
  ];
  let text = '';
  for (let i = 0; text.split(/\s+/).length < targetWords; i++)
    text += `${pieces[i % pieces.length] ?? ''}\n`;
  return text;
}

export function benchIngest(runs = 9, targetWords = 5000): IngestFigures {
  const read = (path: string) => readFileSync(path, 'utf8');
  const proposer = createProposer(
    JSON.parse(read('data/ingest/actors.json')) as NameList,
    JSON.parse(read('data/ingest/lexicon.json')) as Lexicon,
  );
  const text = longArticle(targetWords);
  const times: number[] = [];
  let sentences = 0;
  for (let run = 0; run < runs + 2; run++) {
    const start = performance.now();
    sentences = proposer.propose(text).sentences.length;
    if (run >= 2) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    words: text.split(/\s+/).length,
    sentences,
    medianMs: Math.round(times[Math.floor(times.length / 2)] ?? 0),
    maxMs: Math.round(times.at(-1) ?? 0),
  };
}

export interface WorkbenchPageFigures {
  words: number;
  /** From the click on *Propose partnerships* to the proposals' arrival on the page. */
  proposeMs: number;
  /** The page's longest main-thread task while the worker proposed, and after (the review drawn). */
  longestWhileProposingMs: number;
  longestDrawingMs: number;
  tasksOver50WhileProposing: number;
}

/**
 * The workbench in the browser: a 5,000-word article pasted and proposed in the import worker,
 * with the main thread's long tasks (PerformanceObserver 'longtask') split at the moment the
 * proposals reach the page (a performance mark the panel sets).
 */
export async function benchWorkbenchPage(
  page: Page,
  origin: string,
): Promise<WorkbenchPageFigures> {
  const text = longArticle();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.__atlasMap !== undefined, null, { timeout: 60_000 });
  await page.evaluate(() => window.__atlasMap?.waitForIdle());
  await page.getByRole('button', { name: 'Add an article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill(text);
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  });
  const clicked = await page.evaluate(() => performance.now());
  await dialog.getByRole('button', { name: 'Propose partnerships' }).click();
  await dialog.getByRole('heading', { name: 'Proposed partnerships' }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  const { tasks, received } = await page.evaluate(() => ({
    tasks: (window as unknown as { __longTasks: { start: number; duration: number }[] })
      .__longTasks,
    received: performance.getEntriesByName('workbench:proposals-received')[0]?.startTime ?? 0,
  }));
  // The click's own task (the button's handler posting to the worker) counts as "while".
  const during = tasks.filter((t) => t.start + t.duration <= received);
  const after = tasks.filter((t) => t.start + t.duration > received);
  const longest = (list: typeof tasks) => Math.round(Math.max(0, ...list.map((t) => t.duration)));
  return {
    words: text.split(/\s+/).length,
    proposeMs: Math.round(received - clicked),
    longestWhileProposingMs: longest(during),
    longestDrawingMs: longest(after),
    tasksOver50WhileProposing: during.filter((t) => t.duration > 50).length,
  };
}
