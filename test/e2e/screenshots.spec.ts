/**
 * The map as analysts see it, compared with committed baselines in `__screenshots__/`. After an
 * intended change to the look, regenerate them with `npm run test:screenshots:update`, look at
 * every image, and commit them with the change.
 */
import { expect, test } from './support/atlas';

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

  test('presenting a scene', async ({ atlas, page }) => {
    await atlas.open();
    await page.getByRole('button', { name: /^Briefing/ }).click();
    await page.getByRole('button', { name: 'Present', exact: true }).first().click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('region', { name: 'Presentation' })).toContainText('2 / 3');
    await atlas.waitForMapIdle();
    await expect(page).toHaveScreenshot('presenting.png');
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
