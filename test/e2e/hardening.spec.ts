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

test.describe('the Content-Security-Policy', () => {
  test('ships in the page and is never violated through a full visit', async ({ atlas, page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await atlas.open('/?lang=en');
    expect(
      await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
    ).toContain("script-src 'self'");

    // Select, search.
    await atlas.selectFromList('Egypt – NATO');
    await page.getByRole('combobox', { name: /Search/ }).fill('demining');
    await expect(
      page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
    ).toBeVisible();
    await page.getByRole('combobox', { name: /Search/ }).fill('');

    // The briefing: an image exported, the handout, presenting.
    // window.print opens no dialog in a test: the handout's pages are drawn and counted.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: /^Briefing/ }).click();
    const panel = page.getByRole('complementary', { name: 'Briefing' });
    const image = page.waitForEvent('download');
    await panel.getByRole('button', { name: /^Export the current view as a PNG at 1×/ }).click();
    await image;
    await panel.getByRole('button', { name: 'Print handout' }).click();
    await expect(page.getByTestId('handout').locator('article img')).toHaveCount(3, {
      timeout: 60_000,
    });
    await panel.getByRole('button', { name: 'Present', exact: true }).first().click();
    await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await panel.getByRole('button', { name: 'Close the briefing panel' }).click();

    // Export the data.
    await page.getByRole('button', { name: 'Export data' }).click();
    const exported = page.waitForEvent('download');
    await page
      .getByRole('dialog', { name: 'Export the data' })
      .getByRole('button', { name: /^JSON/ })
      .click();
    await exported;
    await page.keyboard.press('Escape');

    // An article proposed in the workbench.
    await page.getByRole('button', { name: 'Add an article' }).click();
    const workbench = page.getByRole('dialog', { name: 'Add an article' });
    await workbench
      .getByLabel('Article text')
      .fill('وقعت مصر والأردن اتفاقية للتعاون في مكافحة الإرهاب.');
    await workbench.getByRole('button', { name: 'Propose partnerships' }).click();
    await expect(workbench.getByRole('article', { name: 'Egypt – Jordan' })).toBeVisible();
    await page.keyboard.press('Escape');

    // An import.
    await atlas.importTables(
      {
        name: 'links.csv',
        text: 'origin,dest,domains\nDZA,ESP,counter-terrorism\nEGY,GRC,demining\n',
      },
      null,
      'Two links',
      2,
    );

    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });
});
