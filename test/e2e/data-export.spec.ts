import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parseCsv } from '../../src/core/import/csv';
import { expect, test } from './support/atlas';

/** Clicks a format in the export dialog and returns the downloaded file's name and text. */
async function exportAs(page: Page, format: RegExp): Promise<{ name: string; text: string }> {
  const dialog = page.getByRole('dialog', { name: /Export the data|تصدير البيانات/ });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: format }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test.describe('exporting the data', () => {
  test('all of it or what the filters show, as JSON, CSV and GeoJSON', async ({ atlas, page }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'Export data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the data' });
    await expect(dialog).toBeVisible();
    // With no filter on, "only what is shown" is everything: nothing to choose.
    await expect(dialog.getByRole('radio', { name: /Only the 2/ })).toBeDisabled();

    const json = await exportAs(page, /^JSON/);
    expect(json.name).toBe('mediterranean-security-partnerships-seed.json');
    const dataset = JSON.parse(json.text) as { partnerships: unknown[]; actors: unknown[] };
    expect(dataset.partnerships).toHaveLength(2);
    await expect(dialog.getByRole('status')).toHaveText(`Saved “${json.name}”.`);

    type Features = { geometry: { type: string }; properties: { role?: string } }[];
    const geojson = await exportAs(page, /^GeoJSON/);
    const features = (JSON.parse(geojson.text) as { features: Features }).features;
    expect(features.filter((f) => f.geometry.type === 'LineString')).toHaveLength(2);
    // The parties by default; every actor the map shows when asked, each with its role.
    const points = features.filter((f) => f.geometry.type === 'Point');
    expect(points.map((f) => f.properties.role)).toEqual(['party', 'party', 'party', 'party']);
    await dialog.getByRole('checkbox', { name: /members and framework partners/ }).check();
    const everyone = (
      JSON.parse((await exportAs(page, /^GeoJSON/)).text) as { features: Features }
    ).features.filter((f) => f.geometry.type === 'Point');
    expect(everyone).toHaveLength(dataset.actors.length);
    expect(new Set(everyone.map((f) => f.properties.role))).toEqual(
      new Set(['party', 'member', 'partner']),
    );

    // Every passage, with our translation, for a spreadsheet.
    const passages = parseCsv((await exportAs(page, /^CSV: every passage/)).text).table;
    expect(passages.header).toEqual(
      expect.arrayContaining(['partnership', 'domain', 'passage', 'translation', 'source']),
    );
    expect(passages.rows.length).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Only demining: Egypt–NATO alone.
    await (await atlas.domains()).getByRole('button', { name: 'Show only Demining' }).click();
    await page.getByRole('button', { name: 'Export data' }).click();
    await dialog.getByRole('radio', { name: /Only the 1 the filters show/ }).check();
    const links = await exportAs(page, /^CSV: the partnerships/);
    expect(links.name).toBe('mediterranean-security-partnerships-seed-filtered-partnerships.csv');
    // Marked as UTF-8 for spreadsheets, then read as the import reads it.
    expect(links.text.charCodeAt(0)).toBe(0xfeff);
    const { table, problems } = parseCsv(links.text);
    expect(problems).toEqual([]);
    expect(table.rows.map((row) => row.cells.slice(0, 3))).toEqual([
      ['egy-nato-closer-cooperation', 'EGY', 'nato'],
    ]);
    // Labels in both languages beside the ids.
    const cell = (name: string) => table.rows[0]?.cells[table.header.indexOf(name)];
    expect(cell('status_en')).toBe('Interest expressed; dialogue planned');
    expect(cell('domains_en')).toContain('Demining');
    expect(cell('domains_ar')).toContain('إزالة الألغام');
    // The passage, verbatim and in Arabic.
    expect(table.rows[0]?.cells[table.header.indexOf('excerpt')]).toMatch(/[\u0600-\u06FF]/);
  });

  test('the export dialog has no accessibility violations, in Arabic too', async ({
    atlas,
    page,
  }) => {
    await atlas.open('/?lang=ar');
    await page.getByRole('button', { name: 'تصدير البيانات' }).click();
    await expect(page.getByRole('dialog', { name: 'تصدير البيانات' })).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
