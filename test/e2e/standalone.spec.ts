import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  base64ToBytes,
  bytesToBase64,
  STANDALONE_SLOT_ID,
  type StandaloneContents,
} from '../../src/core/standalone';
import type { Dataset } from '../../src/core/types';
import { AtlasDriver, expect, test } from './support/atlas';

const DATA = join(import.meta.dirname, '../../data');
const SEED = JSON.parse(readFileSync(join(DATA, 'atlas.json'), 'utf8')) as Dataset;
const SELECTED = 'egy-nato-closer-cooperation';
/** A passage the Egypt–NATO details quote, as its source gives it. */
const DEMINING = SEED.excerpts.find((excerpt) => excerpt.text.startsWith('إزالة الألغام'));
const QUOTED = DEMINING?.text ?? '';
/** The aim for the seed's page. */
const MAX_BYTES = 5 * 1000 * 1000;

/** Saves the atlas's standalone page from the share dialog; its path on disk. */
async function saveStandalone(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this atlas' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download a standalone page' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.html$/);
  await expect(dialog.getByRole('status')).toContainText(download.suggestedFilename());
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-page-')), download.suggestedFilename());
  await download.saveAs(path);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return path;
}

/**
 * Opens a page from disk in a browser that has never seen the atlas, offline. Every request it
 * makes, and every error it logs, is kept for the test to check.
 */
async function openFromDisk(browser: Browser, path: string, query = '') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.setOffline(true);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${pathToFileURL(path).href}${query}`);
  return { context, page, atlas: new AtlasDriver(page), requests, errors };
}

/** The page's contents as its slot carries them. */
function contentsOf(html: string): { contents: StandaloneContents; at: number; end: number } {
  const open = `<script id="${STANDALONE_SLOT_ID}" type="application/json">`;
  const at = html.indexOf(open) + open.length;
  const end = html.indexOf('</script>', at);
  return { contents: JSON.parse(html.slice(at, end)) as StandaloneContents, at, end };
}

test.describe('standalone page', () => {
  test('a page saved from the atlas opens from disk, offline, on the view with its map, list, details, search and deck', async ({
    atlas,
    page,
    browser,
  }) => {
    await atlas.open('/');
    await atlas.selectFromList('Egypt – NATO');
    await expect(page).toHaveURL(new RegExp(`p=${SELECTED}`));
    const arcs = await atlas.renderedArcIds();
    const deckLabel = await page
      .getByRole('button', { name: /^Briefing \(\d+ scenes?\)$/ })
      .textContent();
    const path = await saveStandalone(page);
    const bytes = statSync(path).size;
    expect(bytes).toBeLessThan(MAX_BYTES);
    // Nothing in it points at the server it was saved from.
    const html = readFileSync(path, 'utf8');
    expect(html).not.toContain(new URL(page.url()).origin);
    const { contents } = contentsOf(html);
    expect(Object.keys(contents.basemaps).sort()).toEqual(['110m', '50m']);

    const disk = await openFromDisk(browser, path);
    const { atlas: saved, page: standalone } = disk;
    await expect(
      standalone.getByRole('heading', { level: 1, name: 'Partnership Atlas' }),
    ).toBeVisible();
    await expect(standalone.getByText(/^Standalone page, read-only · saved /)).toBeVisible();
    await saved.waitForMapIdle();
    // The view it was saved on: the selection, its details quoting the source, the same arcs.
    await expect(standalone).toHaveURL(new RegExp(`p=${SELECTED}`));
    await expect(saved.details('Egypt – NATO')).toBeVisible();
    await expect(saved.details('Egypt – NATO')).toContainText(QUOTED);
    expect(await saved.renderedArcIds()).toEqual(arcs);
    expect(await saved.renderedCount('land')).toBeGreaterThan(0);
    // Read-only: none of the site's tools.
    for (const name of ['Datasets', 'Share', 'Export data', 'Add an article']) {
      await expect(standalone.getByRole('button', { name, exact: true })).toHaveCount(0);
    }
    // Search, in the page: the passages too (the search index is built from the texts it carries).
    const box = standalone.getByRole('combobox', { name: /Search/ });
    const results = standalone.getByRole('listbox', { name: 'Search results' });
    for (const query of ['الناتو', 'demining']) {
      await box.fill(query);
      await expect(results.getByRole('option').first(), query).toBeVisible();
    }
    await box.fill('');
    // The deck it was saved with, presented.
    const briefing = standalone.getByRole('button', { name: /^Briefing \(\d+ scenes?\)$/ });
    await expect(briefing).toHaveText(deckLabel ?? '');
    await briefing.click();
    // The presenter view: the same file in a second window, following this one.
    const presenter = await disk.context.newPage();
    await presenter.goto(`${pathToFileURL(path).href}?presenter=1`);
    await expect(presenter.getByRole('status')).toContainText('Waiting for the atlas window');
    await standalone.getByRole('button', { name: 'Present', exact: true }).first().click();
    await expect(standalone.getByRole('region', { name: 'Presentation' })).toBeVisible();
    await expect(presenter.getByTestId('presenter-Now')).toHaveText(
      '1. Mediterranean security partnerships (seed)',
    );
    await standalone.keyboard.press('ArrowRight');
    await expect(standalone.getByRole('region', { name: 'Presentation' })).toContainText('2 / 3');
    await expect(presenter.getByTestId('presenter-Now')).toHaveText('2. Algeria – Spain');
    await presenter.close();
    await standalone.keyboard.press('Escape');
    await expect(standalone.getByRole('region', { name: 'Presentation' })).toBeHidden();
    // Its sources, as the site's About note gives them.
    await standalone.getByRole('button', { name: 'About this map' }).click();
    const about = standalone.getByRole('dialog', { name: 'About this map' });
    await expect(about.getByText('Publisher, date and URL unknown.')).toHaveCount(2);
    await standalone.keyboard.press('Escape');
    await expect(about).toBeHidden();
    // In Arabic too, right to left.
    await standalone.goto(`${pathToFileURL(path).href}?lang=ar`);
    await expect(standalone.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(
      standalone.getByRole('heading', { level: 1, name: 'أطلس الشراكات' }),
    ).toBeVisible();
    await expect(standalone.getByText(/^صفحة مستقلة للقراءة فقط/)).toBeVisible();

    // Nothing but the file itself and what it carries.
    expect(
      disk.requests.filter((url) => !/^(file|data|blob):/.test(url)),
      'requests beyond the file',
    ).toEqual([]);
    expect(disk.errors, 'console errors').toEqual([]);
    await disk.context.close();
  });

  test('a page whose source text was changed refuses its dataset, naming the excerpt and the file; a page with no atlas says so', async ({
    atlas,
    page,
    browser,
  }) => {
    await atlas.open('/');
    const path = await saveStandalone(page);
    const html = readFileSync(path, 'utf8');
    const { contents, at, end } = contentsOf(html);
    // Someone edits a source text inside the page: its excerpts are no longer found there.
    const files = unzipSync(gunzipSync(base64ToBytes(contents.atlasFile)));
    const source = Object.keys(files).find(
      (name) =>
        name.startsWith('sources/') && strFromU8(files[name] ?? new Uint8Array()).includes(QUOTED),
    );
    if (!source) throw new Error('no source text of the atlas file holds the quoted passage');
    files[source] = strToU8(
      strFromU8(files[source] ?? new Uint8Array()).replace(QUOTED, QUOTED.replace('الناتو', 'X')),
    );
    const tampered = {
      ...contents,
      atlasFile: bytesToBase64(new Uint8Array(gzipSync(zipSync(files)))),
    };
    const changed = join(mkdtempSync(join(tmpdir(), 'atlas-page-')), 'changed.html');
    writeFileSync(changed, html.slice(0, at) + JSON.stringify(tampered) + html.slice(end));
    const disk = await openFromDisk(browser, changed);
    await expect(disk.page.getByRole('main')).toContainText(source);
    await expect(disk.page.getByRole('main')).toContainText(DEMINING?.id ?? '');
    await expect(disk.page.getByRole('main')).toContainText('is not found character for character');
    expect(disk.requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
    await disk.context.close();

    // The shell the site serves, opened as it is: no atlas in it.
    const shell = join(mkdtempSync(join(tmpdir(), 'atlas-page-')), 'shell.html');
    const response = await page.request.get('/standalone-shell.html');
    writeFileSync(shell, await response.body());
    const bare = await openFromDisk(browser, shell);
    await expect(
      bare.page.getByText('This standalone page cannot be shown: the page carries no atlas.'),
    ).toBeVisible();
    await bare.context.close();
  });
});
