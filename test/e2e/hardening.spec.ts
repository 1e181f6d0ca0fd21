/**
 * A broken browser or a broken part of the page: the atlas says what failed, in the interface
 * language, and everything else keeps working.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './support/find-browser';
import { AtlasDriver, expect, test } from './support/atlas';

/** The seed's list works: two partnerships, one opens with its passages. */
async function listWorks(page: Page) {
  const list = page.getByRole('region', { name: /Partnerships/ });
  await expect(list.getByRole('button', { name: /Egypt – NATO/ })).toBeVisible();
  await list.getByRole('button', { name: /Egypt – NATO/ }).click();
  await expect(page.getByRole('complementary', { name: 'Egypt – NATO' })).toBeVisible();
}

test.describe('a broken browser, a broken part', () => {
  test('without WebGL the map says so, and the list, details and search work', async ({
    baseURL,
  }) => {
    const browser = await chromium.launch({
      executablePath: findBrowser(),
      args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-webgl2'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${baseURL ?? ''}/`);
      await expect(
        page.getByRole('status').filter({ hasText: 'cannot draw the map' }),
      ).toBeVisible();
      await listWorks(page);
      await page.getByRole('combobox', { name: /Search/ }).fill('demining');
      const results = page.getByRole('listbox', { name: 'Search results' });
      await expect(results.getByRole('option', { name: /Demining/ }).first()).toBeVisible();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  test('a lost WebGL context is said, and the map redraws when it is restored', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.map canvas');
      const lose = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
      if (!lose) throw new Error('no WEBGL_lose_context');
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = lose;
      lose.loseContext();
    });
    const lost = page.getByRole('status').filter({ hasText: 'The map stopped drawing' });
    await expect(lost).toBeVisible();
    await listWorks(page);
    await page.evaluate(() => {
      (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext();
    });
    await expect(lost).toBeHidden();
    await atlas.waitForMapIdle();
    expect(await atlas.renderedArcIds()).toHaveLength(2);
  });

  test('an address asking for a dataset elsewhere shows the seed and says why', async ({
    atlas,
    page,
  }) => {
    await atlas.open('/?data=http://[');
    await expect(page.getByText('which is not a file of this site')).toBeVisible();
    await listWorks(page);
  });

  test('a panel whose code cannot be fetched says so, with Retry; the map and the list work', async ({
    browser,
    baseURL,
  }) => {
    // A page of its own: the failed fetch is logged, which the usual guard would count.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.route(/\/assets\/BriefingPanel-[\w-]+\.js$/, (route) => route.abort());
      await page.goto(`${baseURL ?? ''}/?lang=en`);
      await page.waitForFunction(() => window.__atlasMap !== undefined);
      await page.evaluate(() => window.__atlasMap?.waitForIdle());
      await page.getByRole('button', { name: /^Briefing/ }).click();
      const problem = page.getByRole('alert').filter({ hasText: 'the briefing' });
      await expect(problem).toContainText('could not be loaded');
      await expect(problem).toContainText(
        'Your decks and the datasets kept in this browser are untouched.',
      );
      // The map still draws (the briefing takes the list's place while it is open).
      const atlas = new AtlasDriver(page);
      await atlas.waitForMapIdle();
      expect(await atlas.renderedArcIds()).toHaveLength(2);
      // The network is back: Retry fetches the panel afresh.
      await page.unroute(/\/assets\/BriefingPanel-[\w-]+\.js$/);
      await problem.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('complementary', { name: 'Briefing' })).toBeVisible();
    } finally {
      await page.close();
    }
  });
});
