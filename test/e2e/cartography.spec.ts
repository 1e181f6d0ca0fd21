import { expect, test } from './support/atlas';

test('disputed boundaries such as Western Sahara’s are drawn dashed, and the About note says so', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  expect(await atlas.renderedCount('disputed-boundaries')).toBeGreaterThan(0);
  expect(await atlas.paintProperty('disputed-boundaries', 'line-dasharray')).toEqual([3, 2]);
  await page.getByRole('button', { name: 'About this map' }).click();
  await expect(page.getByRole('dialog').getByText(/Western Sahara/)).toBeVisible();
});

test('the reset-view button brings back the overview', async ({ atlas, page }) => {
  await atlas.open();
  const overview = await atlas.zoom();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => atlas.zoom()).toBeGreaterThan(overview + 1.5);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(() => atlas.zoom()).toBeCloseTo(overview, 1);
});
