import { bowedArc, PAIR_BOW } from '../../src/core/bowed-arc';
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
  // The legend folds itself while the details panel narrows the map; open it for the toggles.
  const legend = page.locator('details.legend');
  if ((await legend.getAttribute('open')) === null) await legend.locator('summary').click();
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

test('hovering a link names its parties, status and domains, and dims the other links', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeHidden();
  expect(await atlas.linkOpacity()).toBe(1);
  await atlas.hoverArc('egy-nato-closer-cooperation');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Egypt – NATO');
  await expect(tooltip).toContainText('Interest expressed');
  await expect(tooltip).toContainText('Demining');
  await expect(tooltip).not.toContainText('Intelligence sharing');
  // The others dim; the hovered one is drawn again on top, on a white casing.
  expect(await atlas.linkOpacity()).toBeLessThan(0.5);
  expect(await atlas.renderedCount('highlight-casing')).toBeGreaterThan(0);
  await page.mouse.move(5, 5);
  await expect(tooltip).toBeHidden();
  await expect.poll(() => atlas.linkOpacity()).toBe(1);
  expect(await atlas.renderedCount('highlight-casing')).toBe(0);
});

test('talks and stated intent are drawn dashed: gaps along the Algeria–Spain ribbon', async ({
  atlas,
}) => {
  await atlas.open();
  const SEA: [number, number, number] = [0xd5, 0xe3, 0xec];
  // Along the middle of the curve from Madrid to Algiers (it crosses the sea there), the ribbon's
  // centre shows the sea through the dash gaps and the strands' colours on the dashes.
  const curve = bowedArc([-3.7038, 40.4168], [3.0588, 36.7538], PAIR_BOW, 200);
  let gaps = 0;
  let dashes = 0;
  const samples = 24;
  for (let i = 0; i < samples; i++) {
    const t = 0.45 + (0.35 * i) / samples;
    const [lon, lat] = curve[Math.round(t * 200)] ?? [0, 0];
    const around = await atlas.project(lon, lat);
    const { matching } = await atlas.mapPixels(SEA, { around, radius: 0.5, tolerance: 24 });
    if (matching > 0) gaps++;
    else dashes++;
  }
  expect(gaps, 'samples in dash gaps').toBeGreaterThanOrEqual(4);
  expect(dashes, 'samples on dashes').toBeGreaterThanOrEqual(8);
});

test('no country, sea or actor label covers a marker in the default view', async ({ atlas }) => {
  await atlas.open();
  const actors = await atlas.renderedActorIds();
  expect(actors).toEqual(['DZA', 'EGY', 'ESP', 'nato']);
  const anchors: Record<string, [number, number]> = {
    DZA: [3.0588, 36.7538],
    EGY: [31.2357, 30.0444],
    ESP: [-3.7038, 40.4168],
    nato: [4.426, 50.8795],
  };
  const names: Record<string, string> = {
    DZA: 'Algeria',
    EGY: 'Egypt',
    ESP: 'Spain',
    nato: 'NATO',
  };
  for (const id of actors) {
    const [lon, lat] = anchors[id] ?? [0, 0];
    const { x, y } = await atlas.project(lon, lat);
    // The marker's box (markers are 14 CSS pixels across).
    const labels = await atlas.labelsIn({ x: x - 7, y: y - 7, width: 14, height: 14 });
    expect(
      labels.filter((name) => name !== names[id]),
      `labels over the marker of ${id}`,
    ).toEqual([]);
  }
});

test('the basemap switches to a coarser Natural Earth scale for the world and a finer one up close', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  expect(await atlas.basemapScale()).toBe('50m');
  for (let i = 0; i < 3; i++) {
    const zoom = await atlas.zoom();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => atlas.zoom()).toBeGreaterThan(zoom + 0.9);
  }
  await expect.poll(() => atlas.basemapScale()).toBe('10m');
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(() => atlas.basemapScale()).toBe('50m');
  for (let i = 0; i < 2; i++) {
    const zoom = await atlas.zoom();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => atlas.zoom()).toBeLessThan(zoom - 0.9);
  }
  await expect.poll(() => atlas.basemapScale()).toBe('110m');
  // The Norwegian Sea stays sea at world scale (Russia's shape once wrapped across the world).
  const sea = await atlas.colourAt(-5, 66);
  expect(
    sea.every((v, i) => Math.abs(v - ([0xd5, 0xe3, 0xec][i] ?? 0)) <= 14),
    sea.join(','),
  ).toBe(true);
});

test('map labels follow the interface language: Arabic names with ?lang=ar', async ({ atlas }) => {
  await atlas.open('/?lang=ar');
  for (const layer of ['country-labels', 'sea-labels', 'actors']) {
    expect(JSON.stringify(await atlas.layoutProperty(layer, 'text-field')), layer).toContain(
      'name_ar',
    );
  }
  // Arabic labels are drawn (shaped by the browser's text engine): as many as in English.
  const arabic = await atlas.renderedCount('country-labels');
  expect(arabic).toBeGreaterThan(5);
  await atlas.open('/');
  expect(JSON.stringify(await atlas.layoutProperty('country-labels', 'text-field'))).toContain(
    'name_en',
  );
  expect(Math.abs((await atlas.renderedCount('country-labels')) - arabic)).toBeLessThan(8);
});
