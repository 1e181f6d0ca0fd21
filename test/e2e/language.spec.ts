import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AFTER_LOAD, ON_DEMAND } from '../../scripts/bundle-size';
import { expect, test } from './support/atlas';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test.describe('Arabic and English', () => {
  test('the switch puts the whole page in Arabic, mirrored, and the choice is kept', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('أطلس الشراكات');
    await expect(page).toHaveURL(/lang=ar/);
    // The domain filter's fold, in Arabic, opens to the domains.
    await page.locator('details.domain-fold summary').click();
    await expect(page.getByRole('group', { name: 'مجالات التعاون' })).toContainText(
      'الأمن السيبراني',
    );

    // Mirrored: the sidebar is on the right of the map, the map's buttons on its left.
    const sidebar = await page
      .getByRole('searchbox')
      .or(page.getByRole('combobox'))
      .first()
      .boundingBox();
    const map = await atlas.map.boundingBox();
    expect(sidebar?.x ?? 0).toBeGreaterThan((map?.x ?? 0) + (map?.width ?? 0) - 1);
    const zoomIn = await page.locator('.maplibregl-ctrl-zoom-in').boundingBox();
    expect(zoomIn?.x ?? 0).toBeLessThan((map?.x ?? 0) + (map?.width ?? 0) / 2);
    expect(JSON.stringify(await atlas.layoutProperty('country-labels', 'text-field'))).toContain(
      'name_ar',
    );
    // The map's labels are drawn with the bundled fonts: both were loaded before it drew.
    expect(
      await page.evaluate(() => [
        document.fonts.check('400 16px "Noto Sans"', 'Algeria'),
        document.fonts.check('400 16px "Noto Sans Arabic"', 'الجزائر'),
      ]),
    ).toEqual([true, true]);

    // A partnership in Arabic; its passages keep their own language and direction.
    await page
      .getByRole('region', { name: 'الشراكات', exact: true })
      .getByRole('button', { name: /الجزائر – إسبانيا/ })
      .click();
    const details = page.getByRole('complementary', { name: 'الجزائر – إسبانيا' });
    await expect(details).toContainText('جرت مباحثات');
    const quote = details.locator('blockquote').first();
    await expect(quote).toHaveAttribute('dir', 'rtl');
    await expect(details.locator('.translation').first()).toHaveAttribute('lang', 'en');

    // Kept across a visit without the address.
    await atlas.open('/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnership Atlas');
  });

  test('the other language and the briefing are fetched only when asked for', async ({
    atlas,
    page,
  }) => {
    // What `npm run size` leaves out of the entry budget must really be left out of the page's start.
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url().replace(/^.*\//, ''));
    });
    await atlas.open('/?lang=en');
    await atlas.waitForMapIdle();
    // The offline copy's registration comes after the page's load, by itself: not on demand.
    expect(scripts.filter((file) => ON_DEMAND.test(file) && !AFTER_LOAD.test(file))).toEqual([]);
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('أطلس الشراكات');
    expect(scripts.some((file) => file.startsWith('messages-ar-'))).toBe(true);
    await page.getByRole('button', { name: /^الإحاطة/ }).click();
    await expect(page.getByRole('complementary', { name: 'الإحاطة' })).toBeVisible();
    expect(scripts.some((file) => file.startsWith('BriefingPanel-'))).toBe(true);
  });

  test('no accessibility violations in Arabic: default, a partnership open, the briefing', async ({
    atlas,
    page,
  }) => {
    await atlas.open('/?lang=ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await violations(page)).toEqual([]);
    await page
      .getByRole('region', { name: 'الشراكات', exact: true })
      .getByRole('button', { name: /مصر – الناتو/ })
      .click();
    await expect(page.getByRole('complementary', { name: 'مصر – الناتو' })).toBeVisible();
    await atlas.waitForMapIdle();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: /^الإحاطة/ }).click();
    await expect(page.getByRole('complementary', { name: 'الإحاطة' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  for (const language of ['en', 'ar'] as const) {
    test(`axe in ${language}: filters open, search results, an import error, presenting`, async ({
      atlas,
      page,
    }) => {
      const words = {
        en: { more: 'Status and date', briefing: /^Briefing/, present: 'Present' },
        ar: { more: 'الحالة والتاريخ', briefing: /^الإحاطة/, present: 'اعرض' },
      }[language];
      await atlas.open(`/?lang=${language}`);
      await page.getByText(words.more, { exact: true }).click();
      expect(await violations(page), 'filters open').toEqual([]);
      await page.getByRole('combobox').first().fill('NATO');
      await expect(page.getByRole('listbox')).toBeVisible();
      expect(await violations(page), 'search results').toEqual([]);
      await page.getByRole('combobox').first().fill('');
      await page.getByRole('button', { name: words.briefing }).click();
      await page.getByTestId('deck-import').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"version": 2}'),
      });
      await expect(page.getByRole('alert')).toContainText('broken.json');
      expect(await violations(page), 'an import error').toEqual([]);
      await page.getByRole('button', { name: words.present, exact: true }).first().click();
      await page.keyboard.press('ArrowRight');
      expect(await violations(page), 'presenting').toEqual([]);
      await page.keyboard.press('Escape');
    });
  }
});
