import { expect, test } from './support/atlas';

test('a broken dataset shows a readable error panel, not a blank page', async ({ page }) => {
  // Serve the built app, but with one reference in the dataset broken.
  await page.route('**/assets/atlas-*.json', async (route) => {
    const response = await route.fetch();
    const dataset = (await response.json()) as { partnerships: { parties: string[] }[] };
    const first = dataset.partnerships[0];
    if (first) first.parties[1] = 'XXX';
    await route.fulfill({ response, json: dataset });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { name: 'The atlas’s data could not be loaded' }),
  ).toBeVisible();
  const row = alert.getByRole('row', { name: /refers to actor “XXX”/ });
  await expect(row).toContainText('data/atlas.json');
  await expect(row).toContainText('partnerships[0] "dza-esp-cyber-ct-talks"');
  await expect(row).toContainText('parties[1]');
});

test('a dataset of 100 KB of nested brackets is a located message, quickly, not a hang', async ({
  page,
}) => {
  await page.route('**/assets/atlas-*.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '['.repeat(100_000) }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  // The worker answers with the place it stopped reading: the end of the file, line 1.
  await expect(alert.getByRole('row').filter({ hasText: 'data/atlas.json' })).toContainText(
    /line 1/,
    { timeout: 5_000 },
  );
});
