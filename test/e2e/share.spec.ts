import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { atlasFile } from '../../src/data/atlas-file';
import type { Dataset } from '../../src/core/types';
import { AtlasDriver, expect, test } from './support/atlas';

const DATA = join(import.meta.dirname, '../../data');
const SEED = JSON.parse(readFileSync(join(DATA, 'atlas.json'), 'utf8')) as Dataset;
const SOURCES = Object.fromEntries(
  SEED.sources.flatMap((s) => (s.file ? [[s.file, readFileSync(join(DATA, s.file), 'utf8')]] : [])),
);
const SELECTED = 'egy-nato-closer-cooperation';

/** An atlas file of the seed written as the atlas writes one, opening on `view`. */
const seedAtlasFile = (view: string, deck: string | null = null) =>
  atlasFile({ dataset: SEED, sources: SOURCES, deck, view });

const storedChoice = (page: Page) =>
  page.evaluate(() => localStorage.getItem('partnership-atlas:dataset'));

test.describe('sharing', () => {
  test('an atlas file holds the dataset, its texts, the deck and the view, and opens elsewhere on that view with that deck', async ({
    atlas,
    page,
    browser,
    baseURL,
  }) => {
    await atlas.open('/');
    await atlas.selectFromList('Egypt – NATO');
    await expect(page).toHaveURL(new RegExp(`p=${SELECTED}`));
    const briefing = page.getByRole('button', { name: /^Briefing \(\d+ scenes?\)$/ });
    const deckLabel = await briefing.textContent();

    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this atlas' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Save as an atlas file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.atlas\.zip$/);
    await expect(dialog.getByRole('status')).toContainText(download.suggestedFilename());
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-')), download.suggestedFilename());
    await download.saveAs(path);
    const entries = unzipSync(readFileSync(path));
    expect(Object.keys(entries).sort()).toEqual(
      ['atlas-file.json', 'atlas.json', 'deck.json', ...Object.keys(SOURCES)].sort(),
    );
    const manifest = JSON.parse(strFromU8(entries['atlas-file.json'] ?? new Uint8Array())) as {
      format: string;
      version: number;
      view: string;
    };
    expect(manifest).toMatchObject({ format: 'partnership-atlas-file', version: 1 });
    expect(manifest.view).toContain(`p=${SELECTED}`);
    expect(await axeViolations(page)).toEqual([]);

    // A colleague's browser, which has never seen this atlas: the file dropped in Datasets.
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const other = new AtlasDriver(await context.newPage());
    await other.open('/');
    const importer = await other.importFile(path);
    await other.page.waitForURL(new RegExp(`p=${SELECTED}`));
    await expect(importer).toBeHidden();
    await other.waitForMapIdle();
    await expect(other.details('Egypt – NATO')).toBeVisible();
    await expect(other.page.getByRole('button', { name: /^Briefing \(\d+ scenes?\)$/ })).toHaveText(
      deckLabel ?? '',
    );
    expect(await storedChoice(other.page)).not.toBeNull();
    await context.close();
  });

  test('?open= opens an atlas file of this site on its view, and refuses one elsewhere', async ({
    atlas,
    page,
  }) => {
    await page.route(
      (url) => url.pathname === '/shared/briefing.atlas.zip',
      (route) => route.fulfill({ body: Buffer.from(seedAtlasFile(`?p=${SELECTED}`)) }),
    );
    await page.goto('/?open=/shared/briefing.atlas.zip');
    await page.waitForURL(new RegExp(`\\?p=${SELECTED}$`));
    await atlas.waitForMapIdle();
    await expect(atlas.details('Egypt – NATO')).toBeVisible();
    expect(await storedChoice(page)).not.toBeNull();

    // Another site's file is never fetched (the guard fails the test on any foreign request).
    await atlas.open('/?open=https://example.com/briefing.atlas.zip');
    await expect(page.getByRole('status').filter({ hasText: 'not on this site' })).toHaveText(
      /The address asks to open “https:\/\/example\.com\/briefing\.atlas\.zip”, which is not on this site/,
    );
  });

  test('a deck naming a partnership the dataset lacks opens by the deck’s lenient rules: kept, the rest shown, the gap said', async ({
    atlas,
    page,
  }) => {
    const deck = JSON.parse(readFileSync(join(DATA, 'briefings/seed-briefing.json'), 'utf8')) as {
      scenes: { selected: string | null; excerpt: string | null }[];
    };
    const [, second] = deck.scenes;
    if (!second) throw new Error('the seed deck has one scene');
    second.selected = 'ghost-partnership';
    second.excerpt = null;
    await page.route(
      (url) => url.pathname === '/shared/ghost.atlas.zip',
      (route) =>
        route.fulfill({ body: Buffer.from(seedAtlasFile('', JSON.stringify(deck, null, 2))) }),
    );
    await page.goto('/?open=/shared/ghost.atlas.zip');
    await page.waitForURL((url) => !url.search.includes('open='));
    await atlas.waitForMapIdle();
    const briefing = page.getByRole('button', { name: /^Briefing \(\d+ scenes?\)$/ });
    await expect(briefing).toHaveText(`Briefing (${String(deck.scenes.length)} scenes)`);
    await briefing.click();
    const panel = page.getByRole('complementary', { name: 'Briefing' });
    await expect(panel).toContainText(
      'The saved deck refers to things this dataset lacks; it is kept as it was, and its scenes show what remains:',
    );
    await expect(panel).toContainText('ghost-partnership');
  });

  test('a bomb, a newer file and one not ours are refused with the reason, and nothing changes', async ({
    atlas,
    page,
  }) => {
    await atlas.open('/');
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
    const manifest = (fields: object) =>
      strToU8(
        JSON.stringify({ format: 'partnership-atlas-file', version: 1, view: '', ...fields }),
      );
    const files: [string, Uint8Array, RegExp][] = [
      [
        'bomb.atlas.zip',
        zipSync(
          { 'atlas-file.json': manifest({}), 'atlas.json': new Uint8Array(30 * 1024 * 1024) },
          { level: 9 },
        ),
        /“bomb\.atlas\.zip” cannot be opened as an atlas file: it would expand more than 10 times .*zip bomb\. Nothing was changed\./,
      ],
      [
        'newer.atlas.zip',
        zipSync({ 'atlas-file.json': manifest({ version: 7 }), 'atlas.json': strToU8('{}') }),
        /“newer\.atlas\.zip” was saved by a newer Partnership Atlas \(atlas file version 7; this one reads up to version 1\)\. Nothing was changed\./,
      ],
      [
        'kepler.atlas.zip',
        zipSync({
          'atlas-file.json': manifest({ format: 'keplergl' }),
          'atlas.json': strToU8('{}'),
        }),
        /“kepler\.atlas\.zip” is not an atlas file of ours: atlas-file\.json names the format "keplergl"/,
      ],
    ];
    for (const [name, bytes, message] of files) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const dialog = await atlas.importFile(path);
      await expect(dialog.getByRole('alert')).toHaveText(message);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await page.keyboard.press('Escape');
    }
    await expect(page.locator('.tagline')).toHaveText('Mediterranean security partnerships (seed)');
    expect(await storedChoice(page)).toBeNull();
  });

  test('embedded in a page: the map of the view with a caption and a link out, sized to its frame', async ({
    page,
    baseURL,
  }) => {
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>A briefing note</title></head><body><main aria-label="A briefing note"><h1>A briefing note</h1><iframe src="${baseURL ?? ''}/?embed=1&p=${SELECTED}" width="640" height="420" title="Partnership Atlas"></iframe></main></body></html>`,
    );
    const frame = page.frameLocator('iframe');
    const link = frame.getByRole('link', { name: 'Open in Partnership Atlas' });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('href', new RegExp(`p=${SELECTED}`));
    await expect(frame.getByText('Mediterranean security partnerships (seed)')).toBeVisible();
    await expect(frame.getByRole('banner')).toHaveCount(0);
    await expect(frame.getByRole('region', { name: 'Partnerships', exact: true })).toHaveCount(0);
    const inner = page.frames().find((f) => f !== page.mainFrame());
    if (!inner) throw new Error('no frame');
    await inner.waitForFunction(() => window.__atlasMap !== undefined);
    await inner.evaluate(() => window.__atlasMap?.waitForIdle());
    expect(await inner.evaluate(() => window.__atlasMap?.renderedArcIds() ?? [])).toHaveLength(2);
    // Sized to the frame: nothing scrolls, the map fills what the caption leaves.
    const size = await inner.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
      map: document.querySelector('[data-testid="map"]')?.getBoundingClientRect().height ?? 0,
    }));
    expect(size.scroll).toBe(size.client);
    expect(size.map).toBeGreaterThan(size.client * 0.8);
    // Its link opens a new tab; the page around it stays where it is.
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toContain(`p=${SELECTED}`);
    await tab.close();
    expect(page.url()).toBe('about:blank');
    await expect(page.getByRole('heading', { name: 'A briefing note' })).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).include('dialog[open]').analyze()).violations.map((v) => v.id);
