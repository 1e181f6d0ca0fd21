import { PUBLISHED_PORT } from '../../playwright.config';
import { AtlasDriver, expect, test } from './support/atlas';

const SITE = `http://127.0.0.1:${String(PUBLISHED_PORT)}/atlas/`;

// The guard's origin is this site's: nothing is fetched from the seed's server or elsewhere.
test.use({ baseURL: SITE });

test.describe('a dataset published as a site under a sub-path', () => {
  test('npm run build -- --data <folder> --base /atlas/: that dataset, its texts and decks, served under /atlas/', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http')) requests.push(url.pathname);
    });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const atlas = new AtlasDriver(page);
    await atlas.open(SITE);
    await expect(page.locator('.tagline')).toHaveText('Published test atlas');
    expect(await atlas.renderedArcIds()).toHaveLength(2);
    // Its excerpts are checked against its own source texts, fetched under the sub-path.
    await page.waitForFunction(
      () => performance.getEntriesByName('atlas:evidence-checked').length > 0,
    );
    await atlas.selectFromList('Egypt – NATO');
    await expect(page).toHaveURL(/\/atlas\/\?.*p=egy-nato-closer-cooperation/);
    await expect(atlas.details('Egypt – NATO').locator('.excerpt-report').first()).toBeVisible();
    // Its decks are offered in the briefing.
    await page.getByRole('button', { name: /^Briefing/ }).click();
    await expect(page.getByRole('combobox', { name: 'Start from' })).toContainText(
      'published-briefing.json',
    );
    // A reload keeps the view under the sub-path.
    await page.reload();
    await atlas.waitForMapIdle();
    await expect(page.locator('.tagline')).toHaveText('Published test atlas');
    expect(requests.filter((path) => !path.startsWith('/atlas/'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
