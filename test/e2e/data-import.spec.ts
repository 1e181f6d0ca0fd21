import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/atlas';
import { FLOW_LOCATIONS, FLOWS } from './support/tables';

const FIXTURES = join(import.meta.dirname, '../unit/fixtures/import');

/** Drops a file on the page as a file manager would. */
async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'text/csv' }));
      return transfer;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import partnerships' });

/** Opens the import from the header's Datasets dialog. */
async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Datasets' }).click();
  await page.getByRole('button', { name: 'Import a file…' }).click();
  return importDialog(page);
}

/** Names the new dataset, imports it and waits for the atlas to start again on it. */
async function confirmImport(page: Page, name: string, count: number) {
  const dialog = importDialog(page);
  await dialog.getByLabel('Name of the new dataset').fill(name);
  await dialog.getByRole('button', { name: `Import ${count} partnerships and show them` }).click();
  await expect(page.locator('.tagline')).toHaveText(name);
}

test.describe('importing data', () => {
  test('a dropped CSV with headers of its own: columns mapped, rows checked, links on the map, kept after a reload', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await dropFile(
      page,
      'partners.csv',
      [
        'Partner A;Partner B;Area;When',
        'Algeria;Spain;Cybersecurity|Counter-terrorism;2024-05',
        'مصر;NATO;Demining;2024',
      ].join('\r\n'),
    );
    const dialog = importDialog(page);
    await expect(
      dialog.getByText('“partners.csv”: 2 rows, utf-8 (valid UTF-8), separated by semicolons.'),
    ).toBeVisible();
    // The headers say nothing the atlas knows: the user says which column is which.
    const check = dialog.getByRole('button', { name: 'Check the rows' });
    await expect(check).toBeDisabled();
    await dialog.getByRole('combobox', { name: 'Origin', exact: true }).selectOption('Partner A');
    await dialog
      .getByRole('combobox', { name: 'Destination', exact: true })
      .selectOption('Partner B');
    await dialog
      .getByRole('combobox', { name: 'Domains (separated by ; or |)' })
      .selectOption('Area');
    await dialog.getByRole('combobox', { name: 'Date', exact: true }).selectOption('When');
    // The preview names each column's field as assigned.
    const preview = dialog.getByRole('table', {
      name: 'The first rows, as the columns are now assigned',
    });
    await expect(preview.getByRole('columnheader').filter({ hasText: 'Partner B' })).toContainText(
      'Destination',
    );
    await expect(preview.getByRole('cell', { name: 'مصر' })).toBeVisible();
    expect(
      (await new AxeBuilder({ page }).include('dialog[open]').analyze()).violations.map(
        (v) => v.id,
      ),
    ).toEqual([]);
    await check.click();
    await expect(dialog.getByText('2 of 2 rows can be imported.', { exact: false })).toBeVisible();
    await expect(dialog.getByText('No problems found.')).toBeVisible();
    await confirmImport(page, 'Partners 2024', 2);
    await atlas.waitForMapIdle();

    await expect(atlas.list.getByRole('button', { name: /Algeria – Spain/ })).toBeVisible();
    await expect(atlas.list.getByRole('button', { name: /Egypt – NATO/ })).toBeVisible();
    expect(await atlas.renderedArcIds()).toHaveLength(2);
    // What the file did not say is said to be missing, not filled in.
    await atlas.list.getByRole('button', { name: /Algeria – Spain/ }).click();
    const details = atlas.details('Algeria – Spain');
    await expect(details.getByText('Status not given', { exact: true })).toBeVisible();
    await expect(details.getByText('May 2024')).toBeVisible();
    await expect(
      details
        .getByText('Shown at the centre of its territory, not at its capital', { exact: false })
        .first(),
    ).toBeVisible();
    await expect(
      details.getByText('The imported file quotes no passage for this.').first(),
    ).toBeVisible();

    // A reload keeps it; the seed is one click away.
    await page.reload();
    await atlas.waitForMapIdle();
    await expect(page.locator('.tagline')).toHaveText('Partners 2024');
    await page.getByRole('button', { name: 'Datasets' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Datasets' }).getByText('shown now'),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await atlas.showSeed();
  });

  test('a file with bad rows: the report per line and column, downloadable, and the good rows imported', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const dialog = await openImport(page);
    await dialog.getByLabel('File to import').setInputFiles(join(FIXTURES, 'links-bom.csv'));
    // Its headers are recognised: origin, dest, domains, status, date, source, excerpt.
    await expect(dialog.getByLabel('Passage quoted')).toHaveValue('6');
    await dialog.getByRole('button', { name: 'Check the rows' }).click();
    await expect(
      dialog.getByText(
        '2 of 7 rows can be imported. Left out: 4 with problems, 1 repeating an earlier row.',
      ),
    ).toBeVisible();
    const report = dialog.getByRole('table', { name: 'Problems' });
    await expect(report.getByRole('row').filter({ hasText: 'Atlantis' })).toContainText('10');
    await expect(report.getByRole('row').filter({ hasText: 'maybe' })).toContainText(
      'is not a status this atlas knows',
    );
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download the report (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('links-bom-report.csv');
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\ufeffLine,Column,Value,Problem');
    expect(csv).toContain('9,Origin,Congo,');
    await confirmImport(page, 'links-bom', 2);
    await atlas.waitForMapIdle();
    expect(await atlas.renderedArcIds()).toHaveLength(2);
    // The passage the file quotes is shown as it gives it, and said not to be checked.
    await atlas.list.getByRole('button', { name: /Algeria – Spain/ }).click();
    const details = atlas.details('Algeria – Spain');
    await expect(
      details
        .getByText('Quoted as the imported file gives it; not checked against the article.')
        .first(),
    ).toBeVisible();
  });

  test('a broken file changes nothing; datasets can be renamed and deleted', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const dialog = await openImport(page);
    await dialog.getByLabel('File to import').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"partnerships": ['),
    });
    await expect(dialog.getByRole('alert')).toContainText('“broken.json” is not valid JSON');
    await expect(dialog.getByRole('alert')).toContainText('Nothing was changed.');
    // 100 KB of nested brackets: said at once, not a hang.
    await dialog.getByLabel('File to import').setInputFiles({
      name: 'brackets.json',
      mimeType: 'application/json',
      buffer: Buffer.from('['.repeat(100_000)),
    });
    await expect(dialog.getByRole('alert')).toContainText(
      '“brackets.json” nests arrays and objects deeper than 64 levels, at line 1, column 65',
      { timeout: 1000 },
    );
    await dialog.getByLabel('File to import').setInputFiles({
      name: 'empty.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(''),
    });
    await expect(dialog.getByRole('alert')).toContainText(
      '“empty.csv” is empty: there is no header line',
    );
    await page.keyboard.press('Escape');
    await expect(page.locator('.tagline')).toHaveText('Mediterranean security partnerships (seed)');
    await expect(atlas.list.getByRole('button')).toHaveCount(2);

    // Our own JSON, exported from the seed, comes back whole.
    const seed = readFileSync(join(import.meta.dirname, '../../data/atlas.json'));
    await openImport(page);
    await dialog.getByLabel('File to import').setInputFiles({
      name: 'atlas.json',
      mimeType: 'application/json',
      buffer: seed,
    });
    await expect(dialog.getByText('2 of 2 rows can be imported.', { exact: false })).toBeVisible();
    await confirmImport(page, 'Seed copy', 2);

    await page.getByRole('button', { name: 'Datasets' }).click();
    const datasets = page.getByRole('dialog', { name: 'Datasets' });
    const entry = datasets.getByRole('listitem').filter({ hasText: 'Seed copy' });
    await entry.getByRole('button', { name: 'Rename' }).click();
    await entry.getByLabel('New name for “Seed copy”').fill('Seed, my copy');
    await entry.getByRole('button', { name: 'Save the name' }).click();
    const renamed = datasets.getByRole('listitem').filter({ hasText: 'Seed, my copy' });
    await expect(renamed).toContainText('2 partnerships · from atlas.json');
    await renamed.getByRole('button', { name: 'Delete' }).click();
    await renamed.getByRole('button', { name: 'Delete it' }).click();
    // Deleting the dataset shown goes back to the seed.
    await expect(page.locator('.tagline')).toHaveText('Mediterranean security partnerships (seed)');
    await page.getByRole('button', { name: 'Datasets' }).click();
    await expect(datasets.getByText('No imported datasets yet.')).toBeVisible();
  });
});

test('a 50 MB file is read off the page: it stays responsive, with progress, and can be cancelled', async ({
  atlas,
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  // About 50 MB: the same row again and again (a file exported twice over, say): every row is
  // decoded, parsed and checked, and all but the first are reported as repeats.
  const row =
    'DZA,ESP,cybersecurity;counter-terrorism,talks-held,2024-05-17,https://example.org/a,"Talks on ""cyber"" threats"\n';
  const rows = Math.ceil(50_000_000 / row.length);
  const lines = ['origin,dest,domains,status,date,source,excerpt\n', row.repeat(rows)];
  const path = testInfo.outputPath('big.csv');
  writeFileSync(path, lines.join(''));
  expect(statSync(path).size).toBeGreaterThanOrEqual(50_000_000);

  await atlas.open();
  // A heartbeat on the main thread: the longest gap between its beats is how long the page froze.
  await page.evaluate(() => {
    const w = window as unknown as { longestGap: number };
    w.longestGap = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.longestGap = Math.max(w.longestGap, now - last);
      last = now;
    }, 20);
  });
  const dialog = await openImport(page);
  await dialog.getByLabel('File to import').setInputFiles(path);
  await expect(
    dialog.getByText(`“big.csv”: ${rows.toLocaleString('en')} rows`, { exact: false }),
  ).toBeVisible({
    timeout: 60_000,
  });
  // Cancel while the rows are checked: the worker ends, nothing changes, and it can start again.
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).first().click();
  await expect(
    dialog.getByRole('status').filter({ hasText: 'Import cancelled; nothing was changed.' }),
  ).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { longestGap: number }).longestGap = 0;
  });
  await dialog.getByLabel('File to import').setInputFiles(path);
  await dialog.getByRole('button', { name: 'Check the rows' }).click({ timeout: 60_000 });
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await expect(
    dialog.getByText(`1 of ${rows.toLocaleString('en')} rows can be imported.`, { exact: false }),
  ).toBeVisible({ timeout: 120_000 });
  const longestGap = await page.evaluate(
    () => (window as unknown as { longestGap: number }).longestGap,
  );
  testInfo.annotations.push({
    type: 'longest main-thread gap (ms)',
    description: longestGap.toFixed(0),
  });
  console.log(`50 MB import: longest main-thread gap ${longestGap.toFixed(0)} ms`);
  expect(longestGap).toBeLessThan(1000);
});

test('imported data says what it is: a dotted line for a status not given, where a row came from, no source, places told apart', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  // A flowmap.blue pair: flows by location id, and two places of one name at different points.
  await atlas.importTables(FLOWS, FLOW_LOCATIONS, 'Flows', 2);

  // The two Adiakés are told apart in the list, in search and on the map.
  await expect(
    atlas.list.getByRole('button', { name: /Adiaké \(334\) – Adiaké \(335\)/ }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: /Search actors/ }).fill('Adiaké');
  const actors = page.getByRole('group', { name: 'Actors' });
  await expect(actors.getByRole('option', { name: /Adiaké \(334\)/ })).toBeVisible();
  await expect(actors.getByRole('option', { name: /Adiaké \(335\)/ })).toBeVisible();
  await page.getByRole('combobox', { name: /Search actors/ }).fill('');

  // No status: dotted, and the legend says what dotted means.
  await expect(page.locator('details.legend')).toContainText('Dotted: status not given');
  // The camera on the Gulf of Guinea (framing a dataset on open is issue 18's).
  await atlas.open('/?map=-3.6,5.3,8');
  const patterns = await page.evaluate(() => window.__atlasMap?.renderedPatterns() ?? []);
  expect(patterns.length).toBeGreaterThan(0);
  for (const pattern of patterns) expect(pattern).toMatch(/-o$/);

  await atlas.list.getByRole('button', { name: /Adiaké \(335\) – Abidjan/ }).click();
  const details = atlas.details('Adiaké (335) – Abidjan');
  // Where the row came from, labelled as the import's words, not as our summary of a source.
  await expect(details.getByRole('heading', { name: 'Where it came from' })).toBeVisible();
  await expect(details).toContainText('Written by the import');
  await expect(details).not.toContainText('Our summary of the source');
  await expect(
    details.getByText('The imported file names no source for this partnership.'),
  ).toBeVisible();
  // A name given once is shown once, not "Abidjan (Abidjan)".
  await expect(
    details.getByRole('listitem').filter({ hasText: 'Abidjan' }).first(),
  ).not.toContainText('Abidjan (Abidjan)');
});
