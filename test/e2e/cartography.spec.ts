import AxeBuilder from '@axe-core/playwright';
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
  // One step at a time: a second click during the first zoom's animation starts from mid-way.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => atlas.zoom()).toBeGreaterThan(overview + 0.9);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => atlas.zoom()).toBeGreaterThan(overview + 1.9);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(() => atlas.zoom()).toBeCloseTo(overview, 1);
});

test('selecting Egypt–NATO shades the 32 allies and outlines the Mediterranean Dialogue partners', async ({
  atlas,
  page,
}) => {
  const LAND: [number, number, number] = [0xf4, 0xf1, 0xea];
  const near = (a: number[], b: number[], tolerance = 14) =>
    a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);
  // Inside Spain (an ally) and inside Algeria (a Dialogue partner, not an ally), away from
  // markers, arcs and labels.
  const SPAIN: [number, number] = [-5.5, 38.0];
  const ALGERIA: [number, number] = [0.5, 31.0];

  await atlas.open();
  expect(near(await atlas.colourAt(...SPAIN), LAND), 'Spain before').toBe(true);
  await atlas.selectFromList('Egypt – NATO');
  // Let the fit to the selected arc finish first, or it could override the reset.
  await atlas.waitForMapIdle();
  await page.getByRole('button', { name: 'Reset view' }).click();
  const allies = page.getByRole('checkbox', { name: 'NATO members (32)' });
  await expect(allies).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Mediterranean Dialogue partners (7)' }),
  ).toBeChecked();

  const spain = await atlas.colourAt(...SPAIN);
  expect(near(spain, LAND), `Spain is shaded: ${spain.join(',')}`).toBe(false);
  expect(spain[2], 'the shade is blue').toBeGreaterThan(spain[0] + 20);
  expect(near(await atlas.colourAt(...ALGERIA), LAND), 'Algeria keeps the land colour').toBe(true);
  // The links stay drawn over the shading.
  expect(await atlas.renderedArcIds()).toEqual([
    'dza-esp-cyber-ct-talks',
    'egy-nato-closer-cooperation',
  ]);
  expect(await atlas.renderedCount('framework-outline')).toBeGreaterThan(0);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  await allies.uncheck();
  expect(near(await atlas.colourAt(...SPAIN), LAND), 'Spain after switching allies off').toBe(true);
});

test('hovering an arc names its parties and domains in a tooltip', async ({ atlas, page }) => {
  await atlas.open();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeHidden();
  await atlas.hoverArc('egy-nato-closer-cooperation');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Egypt – NATO');
  await expect(tooltip).toContainText('Demining');
  await page.mouse.move(5, 5);
  await expect(tooltip).toBeHidden();
});
