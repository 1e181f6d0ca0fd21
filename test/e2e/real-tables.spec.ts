/**
 * Real tables as analysts bring them (issue 18): a kepler.gl origin–destination file far from the
 * Mediterranean, a flowmap.blue pair whose pairs repeat with other counts, and an alliance table of
 * more than 10,000 state pairs.
 */
import type { Page } from '@playwright/test';
import { allianceTable } from './support/alliances';
import { expect, test } from './support/atlas';

/** Fifteen US cities (kepler.gl's examples are US trips); 50 pairs of them. */
const CITIES: [string, number, number][] = [
  ['New York', 40.7128, -74.006],
  ['Los Angeles', 34.0522, -118.2437],
  ['Chicago', 41.8781, -87.6298],
  ['Houston', 29.7604, -95.3698],
  ['Phoenix', 33.4484, -112.074],
  ['Philadelphia', 39.9526, -75.1652],
  ['San Antonio', 29.4241, -98.4936],
  ['San Diego', 32.7157, -117.1611],
  ['Dallas', 32.7767, -96.797],
  ['Seattle', 47.6062, -122.3321],
  ['Denver', 39.7392, -104.9903],
  ['Boston', 42.3601, -71.0589],
  ['Miami', 25.7617, -80.1918],
  ['Atlanta', 33.749, -84.388],
  ['Minneapolis', 44.9778, -93.265],
];

function usTrips(): { name: string; text: string } {
  const rows = ['source_name,source_lat,source_lng,target_name,target_lat,target_lng,count'];
  for (let i = 0; i < CITIES.length && rows.length <= 50; i++) {
    for (let j = i + 1; j < CITIES.length && rows.length <= 50; j++) {
      const [a, alat, alon] = CITIES[i] ?? ['', 0, 0];
      const [b, blat, blon] = CITIES[j] ?? ['', 0, 0];
      rows.push([a, alat, alon, b, blat, blon, (i + 1) * (j + 3)].join(','));
    }
  }
  return { name: 'trips.csv', text: `${rows.join('\n')}\n` };
}

/** The map canvas's pixels, as RGBA bytes. */
async function mapCanvas(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.map canvas');
    if (!canvas) return [];
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d');
    if (!context) return [];
    context.drawImage(canvas, 0, 0);
    return Array.from(context.getImageData(0, 0, copy.width, copy.height).data);
  });
}

test('a US-only origin–destination file: its links are in the first view, and home returns there', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await atlas.importTables(usTrips(), null, 'US trips', 50);
  // Every pair drawn in the first view, not the Mediterranean's empty sea.
  expect(await atlas.renderedArcIds()).toHaveLength(50);
  const framed = await page.evaluate(() => window.__atlasMap?.zoom() ?? 0);
  const newYork = await atlas.project(-74.006, 40.7128);
  const seattle = await atlas.project(-122.3321, 47.6062);
  const size = await page.getByTestId('map').boundingBox();
  for (const point of [newYork, seattle]) {
    expect(point.x).toBeGreaterThan(0);
    expect(point.x).toBeLessThan(size?.width ?? 0);
  }
  // Elsewhere, then home: the same frame, every link in it.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await atlas.waitForMapIdle();
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect
    .poll(() => page.evaluate(() => window.__atlasMap?.zoom() ?? 0))
    .toBeCloseTo(framed, 1);
  expect(await atlas.renderedArcIds()).toHaveLength(50);
});

test('flows whose pairs repeat with other counts: nothing that differs is dropped, and the value is the width', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const flows = {
    name: 'flows.csv',
    text: [
      'origin,dest,count,mode',
      'ALG,MAD,120,air',
      'ALG,MAD,35,sea',
      'ALG,MAD,120,air',
      'ALG,TUN,4,road',
      'MAD,TUN,1.234,air',
    ].join('\n'),
  };
  const locations = {
    name: 'locations.csv',
    text: 'id,name,lat,lon\nALG,Algiers,36.7538,3.0588\nMAD,Madrid,40.4168,-3.7038\nTUN,Tunis,36.8065,10.1815\n',
  };
  // Only the row identical in every cell is a repeat: four of five rows kept.
  await atlas.importTables(flows, locations, 'Flows', { kept: 4, rows: 5 });
  await expect(atlas.list.getByRole('button', { name: /Algiers – Madrid/ })).toHaveCount(2);
  // The value in the list, the details and the tooltip's words, with the other column kept.
  await atlas.list
    .getByRole('button', { name: /Algiers – Madrid/ })
    .nth(1)
    .click();
  const details = atlas.details('Algiers – Madrid');
  await expect(details.getByText('Value (count)')).toBeVisible();
  await expect(details.getByText('35', { exact: true })).toBeVisible();
  await expect(details.getByText('Other fields in the file')).toBeVisible();
  await expect(details.getByText('sea', { exact: true })).toBeVisible();
  // By domains every ribbon is as wide; by value, Algiers–Madrid (155) is far wider than
  // Algiers–Tunis (4).
  const width = (id: string) =>
    page.evaluate((link) => window.__atlasMap?.ribbonWidth(link) ?? 0, id);
  const ids = await atlas.renderedArcIds();
  const strong = ids.find((id) => id.startsWith('alg-mad')) ?? '';
  const weak = ids.find((id) => id.startsWith('alg-tun')) ?? '';
  expect(await width(strong)).toBe(await width(weak));
  // The legend folds while the details narrow the map: unfold it to choose.
  const legend = page.locator('details.legend');
  if (!(await legend.evaluate((d: HTMLDetailsElement) => d.open))) {
    await legend.locator('summary').click();
  }
  await page.getByRole('radio', { name: /value \(count\)/ }).check();
  await expect.poll(() => width(strong)).toBeGreaterThan(3 * (await width(weak)));
});

test('an alliance table of 10,000+ pairs: structure, not ink, with the cap said and a focus uncapped', async ({
  atlas,
  page,
}) => {
  test.setTimeout(240_000);
  const table = allianceTable(10_500);
  expect(table.pairs).toBeGreaterThanOrEqual(10_000);
  await atlas.open();
  const file = { name: table.name, mimeType: 'text/csv', buffer: Buffer.from(table.text) };
  await page.getByRole('button', { name: 'Datasets' }).click();
  await page.getByRole('button', { name: 'Import a file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import partnerships' });
  await dialog.getByLabel('File to import').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await expect(dialog.getByText(/rows can be imported/)).toBeVisible({ timeout: 60_000 });
  await dialog.getByLabel('Name of the new dataset').fill('Alliances');
  await dialog.getByRole('button', { name: /^Import .* partnerships and show them$/ }).click();
  await expect(page.locator('.tagline')).toHaveText('Alliances', { timeout: 60_000 });
  await atlas.waitForMapIdle();

  // The cap is said, with how to see more, and can be changed.
  const note = page.locator('.link-cap');
  await expect(note).toContainText(/Showing the 1500 strongest of [\d,]+ pairs in view/);
  await expect(note.getByRole('combobox', { name: 'Pairs drawn at most' })).toHaveValue('1500');
  // The default deck is the overview and ten scenes, not one per partnership.
  await expect(page.getByRole('button', { name: 'Briefing (11 scenes)' })).toBeVisible();

  // Ink: the share of the map's pixels that change when every link is hidden.
  const before = await mapCanvas(page);
  await (await atlas.domains()).getByRole('checkbox', { name: /Domain not given/ }).uncheck();
  await atlas.waitForMapIdle();
  const after = await mapCanvas(page);
  let changed = 0;
  for (let i = 0; i < before.length; i += 4) {
    const delta = Math.max(
      Math.abs((before[i] ?? 0) - (after[i] ?? 0)),
      Math.abs((before[i + 1] ?? 0) - (after[i + 1] ?? 0)),
      Math.abs((before[i + 2] ?? 0) - (after[i + 2] ?? 0)),
    );
    if (delta > 4) changed++;
  }
  const ink = changed / (before.length / 4);
  console.log(`alliance overview ink coverage: ${(100 * ink).toFixed(1)} %`);
  expect(ink).toBeGreaterThan(0.02);
  expect(ink).toBeLessThanOrEqual(0.35);
  await (await atlas.domains()).getByRole('checkbox', { name: /Domain not given/ }).check();

  // A focus on one actor shows every one of its links: no cap applies.
  await atlas.open('/?focus=FRA');
  await expect(note).toBeHidden();
  const listed = Number(
    /^([\d,]+) of/
      .exec((await page.locator('.list-summary').textContent()) ?? '')?.[1]
      ?.replace(/,/g, ''),
  );
  expect(listed).toBeGreaterThan(20);
  // Partnership ids are made of the parties' ids: France's hold "fra" as one of them.
  const france = (await atlas.renderedArcIds()).filter((id) => /(^|-)fra(-|$)/.test(id));
  expect(france).toHaveLength(listed);
});

test('a table in Correlates of War codes: the import says which system it chose, and places states by it', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const dialog = await atlas.importFile({
    name: 'atop.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('ccode1,ccode2,atopid\n2,20,3180\n200,220,1050\n255,245,1300\n'),
  });
  const choice = dialog.getByRole('combobox', { name: 'What “ccode1” holds' });
  await expect(choice).toHaveValue('cow-numeric');
  await expect(
    dialog.getByText(/Chosen: Correlates of War numeric codes\. The values 2, 200/),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await expect(dialog.getByText('2 of 3 rows can be imported.', { exact: false })).toBeVisible();
  await expect(
    dialog.getByText(/“245” is Bavaria, which has no present-day territory to place it on/),
  ).toBeVisible();
  await dialog.getByLabel('Name of the new dataset').fill('ATOP');
  await dialog.getByRole('button', { name: 'Import 2 partnerships and show them' }).click();
  await expect(page.locator('.tagline')).toHaveText('ATOP');
  await expect(
    atlas.list.getByRole('button', { name: /United States of America – Canada/ }),
  ).toBeVisible();
  await expect(atlas.list.getByRole('button', { name: /United Kingdom – France/ })).toBeVisible();
});

test('an alliance table’s years in force reach the details, in both languages (issue 20)', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const dialog = await atlas.importFile({
    name: 'alliances.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'country1,country2,atopid,yrent,yrexit\nFRA,DEU,3400,1963,1991\nUSA,GBR,3180,1949,0\nGBR,DEU,3500,1990,1955\n',
    ),
  });
  await expect(dialog.getByRole('combobox', { name: 'In force from' })).toHaveValue('3');
  await expect(dialog.getByRole('combobox', { name: 'In force until' })).toHaveValue('4');
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await expect(dialog.getByText('2 of 3 rows can be imported.', { exact: false })).toBeVisible();
  await expect(dialog.getByText(/the end \(1955\) comes before the start \(1990\)/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 2 partnerships and show them' }).click();

  await atlas.selectFromList('France – Germany');
  const details = atlas.details('France – Germany');
  await expect(details.locator('dd.span')).toHaveText('1963 – 1991');
  await atlas.selectFromList('United States of America – United Kingdom');
  const open = atlas.details('United States of America – United Kingdom').locator('dd.span');
  await expect(open).toContainText('From 1949');
  await expect(open).toContainText('No end given by the sources');

  // A window in 2005: the alliance still in force shows, the one that ended in 1991 does not.
  await page.getByText('Status and date').click();
  await page.getByLabel('From', { exact: true }).fill('2005-01-01');
  await page.getByLabel('To', { exact: true }).fill('2005-12-31');
  await expect
    .poll(() => atlas.listedTitles())
    .toEqual(['United States of America – United Kingdom']);
  await page.getByRole('button', { name: 'Any date' }).click();
  await expect.poll(async () => (await atlas.listedTitles()).length).toBe(2);

  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('dd.span')).toContainText('منذ 1949');
  await expect(page.locator('dd.span')).toContainText('لا تذكر المصادر نهاية لها');
});
