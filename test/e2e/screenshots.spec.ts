/**
 * The map as analysts see it, compared with committed baselines in `__screenshots__/`. After an
 * intended change to the look, regenerate them with `npm run test:screenshots:update`, look at
 * every image, and commit them with the change.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './support/atlas';
import { FLOW_LOCATIONS, FLOWS } from './support/tables';

test.describe('screenshots', () => {
  test('default view', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.waitForMapIdle();
    await expect(page).toHaveScreenshot('default-view.png');
  });

  test('a selected link', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.selectFromList('Algeria – Spain');
    await atlas.waitForMapIdle();
    await expect(page).toHaveScreenshot('selected-link.png');
  });

  test('NATO’s member states shaded', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.selectFromList('Egypt – NATO');
    await atlas.waitForMapIdle();
    await page.getByRole('button', { name: 'Reset view' }).click();
    await atlas.waitForMapIdle();
    await expect(page).toHaveScreenshot('nato-members.png');
  });

  test('presenting a scene at 1920 × 1080', async ({ atlas, page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await atlas.open();
    await page.getByRole('button', { name: /^Briefing/ }).click();
    await page.getByRole('button', { name: 'Present', exact: true }).first().click();
    await page.keyboard.press('ArrowRight');
    const caption = page.getByRole('region', { name: 'Presentation' });
    await expect(caption).toContainText('2 / 3');
    // What the audience sees once the presenter's controls have gone.
    await expect(caption.getByRole('button', { name: 'Next scene' })).toBeHidden({
      timeout: 10_000,
    });
    await atlas.waitForMapIdle();
    await expect(page).toHaveScreenshot('presenting.png');
  });

  test('the details scrolled to their end', async ({ atlas, page }) => {
    await atlas.open('/?p=egy-nato-closer-cooperation');
    const details = atlas.details('Egypt – NATO');
    await expect(details).toBeVisible();
    await details.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await atlas.waitForMapIdle();
    await expect(page).toHaveScreenshot('details-end.png');
  });

  test('the exported PNG of Egypt–NATO', async ({ atlas, page }) => {
    await atlas.open('/?p=egy-nato-closer-cooperation');
    await page.getByRole('button', { name: /^Briefing/ }).click();
    await atlas.waitForMapIdle();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Export the current view as a PNG at 1×/ }).click();
    const png = readFileSync(await (await download).path());
    expect(png).toMatchSnapshot('export-egypt-nato.png', {
      maxDiffPixelRatio: 0.01,
      threshold: 0.2,
    });
  });

  test('an imported partnership’s details', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.importTables(FLOWS, FLOW_LOCATIONS, 'Flows', 2);
    // The camera on the Gulf of Guinea (framing a dataset on open is issue 18's).
    await atlas.open('/?map=-3.6,5.3,8');
    await atlas.list.getByRole('button', { name: /Adiaké \(335\) – Abidjan/ }).click();
    await expect(atlas.details('Adiaké (335) – Abidjan')).toBeVisible();
    await atlas.waitForMapIdle();
    await expect(page).toHaveScreenshot('imported-details.png');
  });

  test('the Arabic interface', async ({ atlas, page }) => {
    await atlas.open('/?lang=ar');
    await page
      .getByRole('region', { name: 'الشراكات', exact: true })
      .getByRole('button', { name: /الجزائر – إسبانيا/ })
      .click();
    await expect(page.getByRole('complementary', { name: 'الجزائر – إسبانيا' })).toBeVisible();
    await atlas.waitForMapIdle();
    await expect(page).toHaveScreenshot('arabic.png');
  });
});
