/**
 * The map as analysts see it, compared with committed baselines in `__screenshots__/`. After an
 * intended change to the look, regenerate them with `npm run test:screenshots:update`, look at
 * every image, and commit them with the change.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './support/atlas';
import { FLOW_LOCATIONS, FLOWS } from './support/tables';

/** A laptop, a projector and a phone; the first keeps the baselines' old names. */
const SCREENS = [
  { suffix: '', width: 1280, height: 800 },
  { suffix: '-1920', width: 1920, height: 1080 },
  { suffix: '-phone', width: 390, height: 844 },
] as const;

test.describe('screenshots', () => {
  for (const { suffix, width, height } of SCREENS) {
    test.describe(`at ${width} × ${height}`, () => {
      test.beforeEach(async ({ page }) => {
        await page.setViewportSize({ width, height });
      });

      test('default view', async ({ atlas, page }) => {
        await atlas.open();
        await atlas.waitForMapIdle();
        await expect(page).toHaveScreenshot(`default-view${suffix}.png`);
      });

      test('a selected link', async ({ atlas, page }) => {
        // From the address: on a phone the list is folded in its sheet.
        await atlas.open('/?p=dza-esp-cyber-ct-talks');
        await expect(atlas.details('Algeria – Spain')).toBeVisible();
        await atlas.waitForMapIdle();
        await expect(page).toHaveScreenshot(`selected-link${suffix}.png`);
      });

      test('NATO’s member states shaded', async ({ atlas, page }) => {
        await atlas.open('/?p=egy-nato-closer-cooperation');
        await expect(atlas.details('Egypt – NATO')).toBeVisible();
        // Let the fit to the selected arc finish first, or it could override the reset.
        await atlas.waitForMapIdle();
        await page.getByRole('button', { name: 'Reset view' }).click();
        await atlas.waitForMapIdle();
        await expect(page).toHaveScreenshot(`nato-members${suffix}.png`);
      });
    });
  }

  for (const scene of [1, 2, 3]) {
    test(`presenting scene ${scene} at 1920 × 1080`, async ({ atlas, page }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await atlas.open();
      await page.getByRole('button', { name: /^Briefing/ }).click();
      await page.getByRole('button', { name: 'Present', exact: true }).first().click();
      const caption = page.getByRole('region', { name: 'Presentation' });
      for (let step = 1; step < scene; step++) await page.keyboard.press('ArrowRight');
      await expect(caption).toContainText(`${scene} / 3`);
      // What the audience sees once the presenter's controls have gone.
      await expect(caption.getByRole('button', { name: 'Next scene' })).toBeHidden({
        timeout: 10_000,
      });
      await atlas.waitForMapIdle();
      await expect(page.getByRole('region', { name: 'On this map' })).toBeVisible();
      await expect(page).toHaveScreenshot(
        scene === 2 ? 'presenting.png' : `presenting-${scene}.png`,
      );
    });
  }

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
