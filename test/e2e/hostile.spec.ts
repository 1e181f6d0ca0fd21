/**
 * Hostile text (`test/fixtures/hostile/`) imported as CSV and GeoJSON and pasted as an article
 * renders as inert text everywhere: nothing runs, nothing is fetched from elsewhere (the guard
 * of every test), no element carries an event attribute, and a bidi override stays inside its own
 * text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/atlas';

const FIXTURES = join(import.meta.dirname, '../fixtures/hostile');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const strings = JSON.parse(fixture('strings.json')) as Record<string, string | number>;

/** Nothing ran, and no element of the page carries an event attribute or a script URL. */
async function inert(page: Page) {
  expect(
    await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      handlers: document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
        /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
      ).length,
    })),
  ).toEqual({ pwned: null, handlers: 0, scripts: 0, jsLinks: 0 });
}

test.describe('hostile text', () => {
  test('a hostile CSV with its locations: list, details, search, tooltip, captions, exports', async ({
    atlas,
    page,
  }) => {
    // A walk through every partnership's details, a presentation and five exports: long.
    test.slow();
    await atlas.open('/?lang=en');
    await atlas.importTables(
      { name: 'links.csv', text: fixture('links.csv') },
      { name: 'locations.csv', text: fixture('locations.csv') },
      'Hostile',
      Object.keys(strings).length,
    );
    await inert(page);
    const items = atlas.list.getByRole('button');
    await expect(items.first()).toBeVisible();
    // Every partnership's details, one after another.
    const count = await items.count();
    for (let i = 0; i < count; i++) {
      await items.nth(i).click();
      await expect(page.getByRole('complementary').first()).toBeVisible();
      // Loaded (the heading takes the focus then), so that it does not take it from the search.
      await expect(page.locator('#details-heading')).toBeFocused();
      await inert(page);
    }
    // A bidi override in a name stays inside it: the title isolates each name.
    const rlo = String(strings.rlo);
    const titled = await items.evaluateAll(
      (buttons, name) => buttons.map((b) => b.textContent).filter((text) => text.includes(name)),
      rlo,
    );
    expect(titled.length).toBeGreaterThan(0);
    for (const text of titled) expect(text).toContain(`\u2068${rlo}\u2069`);
    // Search.
    await page.getByRole('combobox', { name: /Search/ }).fill('script');
    await expect(
      page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
    ).toBeVisible();
    await inert(page);
    await page.getByRole('combobox', { name: /Search/ }).fill('');
    // The tooltip over an arc.
    await atlas.waitForMapIdle();
    const [first] = await atlas.renderedArcIds();
    if (first) await atlas.hoverArc(first);
    await inert(page);
    // Presenting: the captions.
    await page.getByRole('button', { name: /^Briefing/ }).click();
    const panel = page.getByRole('complementary', { name: 'Briefing' });
    await panel.getByRole('button', { name: 'Present', exact: true }).first().click();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await inert(page);
    await page.keyboard.press('Escape');
    // The PNG export draws the names and passages as text on a canvas.
    const image = page.waitForEvent('download');
    await panel.getByRole('button', { name: /^Export the current view as a PNG at 1×/ }).click();
    expect((await image).suggestedFilename()).toMatch(/\.png$/);
    await inert(page);
    // The exports: every CSV cell inert, the JSON and GeoJSON as text.
    await page.getByRole('button', { name: 'Export data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the data' });
    for (const format of [/^CSV: the partnerships/, /^CSV: every passage/, /^GeoJSON/, /^JSON/]) {
      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: format }).click();
      const text = readFileSync(await (await download).path(), 'utf8');
      expect(text.length).toBeGreaterThan(0);
      if (String(format).includes('CSV')) expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    }
    await inert(page);
  });

  test('hostile GeoJSON and a hostile pasted article stay text', async ({ atlas, page }) => {
    await atlas.open('/?lang=en');
    await page.getByRole('button', { name: 'Datasets' }).click();
    await page.getByRole('button', { name: 'Import a file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import partnerships' });
    await dialog.getByLabel('File to import').setInputFiles({
      name: 'links.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(fixture('links.geojson')),
    });
    // A file read whole is checked at once.
    await expect(dialog.getByText(/rows can be imported/)).toBeVisible();
    await inert(page);
    await dialog.getByLabel('Name of the new dataset').fill('Hostile GeoJSON');
    await dialog.getByRole('button', { name: /^Import \d+ partnerships? and show them$/ }).click();
    await expect(page.locator('.tagline')).toHaveText('Hostile GeoJSON');
    await atlas.waitForMapIdle();
    await atlas.list.getByRole('button').first().click();
    await inert(page);

    await page.getByRole('button', { name: 'Add an article' }).click();
    const workbench = page.getByRole('dialog', { name: 'Add an article' });
    const text = Object.values(strings)
      .filter((value): value is string => typeof value === 'string')
      .map((value) => `وقعت مصر والأردن اتفاقية ${value} لمكافحة الإرهاب.`)
      .join('\n');
    await workbench.getByLabel('Article text').fill(text);
    await workbench.getByRole('button', { name: 'Propose partnerships' }).click();
    await expect(workbench.getByRole('article', { name: 'Egypt – Jordan' })).toBeVisible();
    await inert(page);
  });

  test('our own JSON with hostile names and texts: details, handout and the presenter window', async ({
    atlas,
    page,
  }) => {
    await atlas.open('/?lang=en');
    await page.getByRole('button', { name: 'Datasets' }).click();
    await page.getByRole('button', { name: 'Import a file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import partnerships' });
    await dialog.getByLabel('File to import').setInputFiles({
      name: 'atlas.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fixture('atlas.json')),
    });
    await expect(dialog.getByText('2 of 2 rows can be imported.', { exact: false })).toBeVisible();
    await dialog.getByLabel('Name of the new dataset').fill('Hostile JSON');
    await dialog.getByRole('button', { name: 'Import 2 partnerships and show them' }).click();
    await expect(page.locator('.tagline')).toHaveText('Hostile JSON');
    await atlas.waitForMapIdle();
    for (const item of await atlas.list.getByRole('button').all()) {
      await item.click();
      await inert(page);
    }
    // The handout: each scene drawn as an image with its caption (printing stubbed).
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: /^Briefing/ }).click();
    const panel = page.getByRole('complementary', { name: 'Briefing' });
    await panel.getByRole('button', { name: 'Print handout' }).click();
    await expect(page.getByTestId('handout').locator('article img')).toHaveCount(3, {
      timeout: 60_000,
    });
    await inert(page);
    // The presenter window follows the presentation: notes, titles and passages as text.
    const presenter = await page.context().newPage();
    await presenter.goto('/?presenter=1');
    await panel.getByRole('button', { name: 'Present', exact: true }).first().click();
    await expect(presenter.getByTestId('presenter-Now')).toContainText('1.');
    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByTestId('presenter-Now')).toContainText('2.');
    await inert(presenter);
    await inert(page);
    await presenter.close();
  });
});
