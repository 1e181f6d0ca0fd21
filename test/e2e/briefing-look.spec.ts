/**
 * A map that reads at a glance (issue 19): the parties' countries tinted, one neutral ribbon where
 * strands would be too thin, frames that keep the place, a sidebar that shows the partnerships,
 * a presentation legible from the back of a room, and a phone layout with the map first.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { palette } from '../../src/core/palette';
import { AtlasDriver, expect, test } from './support/atlas';
import { FLOW_LOCATIONS, FLOWS } from './support/tables';

const rgbOf = (hex: string): [number, number, number] => [
  Number.parseInt(hex.slice(1, 3), 16),
  Number.parseInt(hex.slice(3, 5), 16),
  Number.parseInt(hex.slice(5, 7), 16),
];

/** Land with the parties' tint over it (the fill's opacity in the style: 0.26). */
const TINTED = rgbOf(palette.land).map((land, i) =>
  Math.round(0.26 * (rgbOf(palette.party)[i] ?? 0) + 0.74 * land),
) as [number, number, number];
const near = (a: readonly number[], b: readonly number[], tolerance = 16) =>
  a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);

// Inside Algeria and Spain away from arcs, markers and labels; Morocco beside them.
const ALGERIA: [number, number] = [6.5, 24.5];
const SPAIN: [number, number] = [-6.2, 38.4];
const MOROCCO: [number, number] = [-6.5, 32.2];

async function axeClean(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('selecting Algeria–Spain tints both countries, not Morocco, and frames them whole', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  expect(near(await atlas.colourAt(...ALGERIA), TINTED), 'no tint before').toBe(false);
  await atlas.selectFromList('Algeria – Spain');
  await atlas.waitForMapIdle();
  expect(near(await atlas.colourAt(...ALGERIA), TINTED), 'Algeria').toBe(true);
  expect(near(await atlas.colourAt(...SPAIN), TINTED), 'Spain').toBe(true);
  expect(near(await atlas.colourAt(...MOROCCO), TINTED), 'Morocco').toBe(false);
  // Both capitals, and a point on each country's far border (Algeria's south near Niger, Spain's
  // north-west in Galicia), are inside the map.
  const box = await atlas.map.boundingBox();
  if (!box) throw new Error('no map');
  for (const [name, lon, lat] of [
    ['Algiers', 3.05, 36.75],
    ['Madrid', -3.7, 40.42],
    ['Algeria’s far south', 5.8, 19.6],
    ['Spain’s far north-west', -9.2, 43.0],
  ] as const) {
    const at = await page.evaluate(
      ([x, y]) => window.__atlasMap?.project(x ?? 0, y ?? 0),
      [lon, lat],
    );
    expect(at, name).toBeDefined();
    expect(at?.x, name).toBeGreaterThan(0);
    expect(at?.x, name).toBeLessThan(box.width);
    expect(at?.y, name).toBeGreaterThan(0);
    expect(at?.y, name).toBeLessThan(box.height);
  }
  // The party names, written large on their territories.
  expect(await atlas.layoutProperty('party-labels', 'text-size')).toBeDefined();
  expect(await atlas.renderedCount('party-labels')).toBeGreaterThan(0);
  await axeClean(page);
});

test('a fit never comes closer than a scale bar of 200 km, even to a 40 km link', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await atlas.importTables(FLOWS, FLOW_LOCATIONS, 'Flows', 2);
  // Zoomed in on the Gulf of Guinea; the link Adiaké–Abidjan is 40 km long.
  await atlas.open('/?map=-3.6,5.3,8');
  await atlas.list.getByRole('button', { name: /Adiaké \(335\) – Abidjan/ }).click();
  await expect(atlas.details('Adiaké (335) – Abidjan')).toBeVisible();
  await atlas.waitForMapIdle();
  const scale = await page.locator('.maplibregl-ctrl-scale').textContent();
  const match = /(\d+)\s*(km|m)/.exec(scale ?? '');
  expect(match, scale ?? '').not.toBeNull();
  const metres = Number(match?.[1]) * (match?.[2] === 'km' ? 1000 : 1);
  expect(metres).toBeGreaterThanOrEqual(200_000);
});

test('a ribbon whose domains would be thinner than 3 px is one neutral colour, its domains in the tooltip', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  // Algeria–Spain cites eight domains: at the overview, strands would be 1.7 px wide.
  const point = await page.evaluate(() =>
    window.__atlasMap?.arcScreenPoint('dza-esp-cyber-ct-talks'),
  );
  if (!point) throw new Error('no arc in view');
  const neutral = await atlas.mapPixels(rgbOf(palette.linkNeutral), {
    around: point,
    radius: 5,
    tolerance: 30,
  });
  expect(neutral.matching).toBeGreaterThan(0);
  for (const domain of ['#332288', '#CC6677', '#DDCC77', '#117733']) {
    const strand = await atlas.mapPixels(rgbOf(domain), {
      around: point,
      radius: 5,
      tolerance: 20,
    });
    expect(strand.matching, domain).toBe(0);
  }
  await atlas.hoverArc('dza-esp-cyber-ct-talks');
  const tooltip = page.locator('.arc-tooltip');
  await expect(tooltip).toBeVisible();
  for (const name of ['Cybersecurity', 'Counter-terrorism', 'Intelligence sharing']) {
    await expect(tooltip).toContainText(name);
  }
});

test('the first partnerships are in view at 1280 × 800, in English and in Arabic', async ({
  atlas,
  page,
}) => {
  for (const address of ['/', '/?lang=ar']) {
    await atlas.open(address);
    // The list's first row (the region is named in the interface language).
    const first = page.locator('.partnership-list li').first();
    await expect(first).toBeVisible();
    const box = await first.boundingBox();
    expect(box, address).not.toBeNull();
    expect((box?.y ?? 800) + (box?.height ?? 0), address).toBeLessThanOrEqual(800);
    // The domain filter is folded, and says how many domains are ticked.
    await expect(page.locator('.domain-fold summary')).toContainText(
      address === '/' ? '9 of 9 ticked' : '9 من 9 محدَّدة',
    );
  }
  await axeClean(page);
});

test('presenting: a caption for the back of the room and a legend of what is on screen', async ({
  atlas,
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await atlas.open();
  await page.getByRole('button', { name: /^Briefing/ }).click();
  await page.getByRole('button', { name: 'Present', exact: true }).first().click();
  const caption = page.getByRole('region', { name: 'Presentation' });
  const legend = page.getByRole('region', { name: 'On this map' });
  // The overview: no selection, so neither its key nor the parties' territories.
  await expect(legend).toBeVisible();
  await expect(legend).not.toContainText('Selected partnership');
  await page.keyboard.press('ArrowRight');
  await expect(caption).toContainText('2 / 3');
  await atlas.waitForMapIdle();
  await expect(legend).toContainText('Selected partnership');
  await expect(legend).toContainText('The parties’ territories');
  // The caption's passage and translation at 24 px or more; its domains named in words.
  for (const part of [caption.locator('blockquote'), caption.locator('figcaption')]) {
    const size = await part.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
  }
  await expect(caption.getByRole('list', { name: 'Cooperation domains' })).toContainText(
    'Counter-terrorism',
  );
  // The legend sits in a corner over the map and does not cover the caption.
  const [legendBox, captionBox] = [await legend.boundingBox(), await caption.boundingBox()];
  expect((legendBox?.y ?? 0) + (legendBox?.height ?? 0)).toBeLessThanOrEqual(captionBox?.y ?? 0);
  await axeClean(page);
});

test('on a phone the map comes first, the list is a sheet, and a tap selects', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  const atlas = new AtlasDriver(page);
  await atlas.open();
  const map = await atlas.map.boundingBox();
  const handle = page.locator('.sheet-handle');
  await expect(handle).toBeVisible();
  await expect(handle).toHaveAttribute('aria-expanded', 'false');
  // The map fills the screen under the header; the folded sheet is a strip at the bottom.
  expect(map?.y ?? 999).toBeLessThan(160);
  expect((map?.height ?? 0) / 844).toBeGreaterThan(0.7);
  await expect(atlas.list).toBeHidden();
  // A tap on the arc selects it and shows its details as a sheet, the map still visible above.
  const point = await page.evaluate(() =>
    window.__atlasMap?.arcScreenPoint('egy-nato-closer-cooperation'),
  );
  if (!point || !map) throw new Error('no arc in view');
  await page.touchscreen.tap(map.x + point.x, map.y + point.y);
  const details = atlas.details('Egypt – NATO');
  await expect(details).toBeVisible();
  const sheet = await page.locator('.details').boundingBox();
  expect(sheet?.y ?? 0).toBeGreaterThan(map.y + 150);
  await page.getByRole('button', { name: 'Close details' }).click();
  // The sheet opens to the list; choosing a partnership folds it again.
  await handle.click();
  await expect(atlas.list).toBeVisible();
  await atlas.list.getByRole('button', { name: /Algeria – Spain/ }).click();
  await expect(handle).toHaveAttribute('aria-expanded', 'false');
  await expect(atlas.details('Algeria – Spain')).toBeVisible();
  await axeClean(page);
  await context.close();
});
