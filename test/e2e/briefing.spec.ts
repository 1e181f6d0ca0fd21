import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { expect, test, type AtlasDriver } from './support/atlas';
import { markerProbes, probeImage } from './support/image-probe';

const DZ = 'dza-esp-cyber-ct-talks';

async function openBriefing(atlas: AtlasDriver, page: Page) {
  await atlas.open();
  await page.getByRole('button', { name: /^Briefing \(\d+ scenes\)$/ }).click();
  const panel = page.getByRole('complementary', { name: 'Briefing' });
  await expect(panel.getByRole('listitem')).not.toHaveCount(0);
  return panel;
}

const caption = (page: Page) => page.getByRole('region', { name: 'Presentation' });

async function downloadText(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

test.describe('briefing', () => {
  test('the keyboard walks the deck full screen: the camera flies and the captions follow', async ({
    atlas,
    page,
  }) => {
    const panel = await openBriefing(atlas, page);
    await panel.getByRole('button', { name: 'Present', exact: true }).first().click();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(caption(page).getByRole('heading', { level: 2 })).toHaveText(
      'Mediterranean security partnerships (seed)',
    );
    await expect(caption(page)).toContainText('1 / 3');
    expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await atlas.waitForMapIdle();
    const overviewZoom = await atlas.zoom();

    await page.keyboard.press('ArrowRight');
    await expect(caption(page).getByRole('heading', { level: 2 })).toHaveText('Algeria – Spain');
    await expect(caption(page)).toContainText('2 / 3');
    // The featured passage, in Arabic and right to left, with our translation labelled.
    const quote = caption(page).locator('blockquote');
    await expect(quote).toHaveAttribute('dir', 'rtl');
    await expect(quote).toContainText('عقدت الجزائر وإسبانيا مؤخرًا مباحثات ثنائية');
    await expect(caption(page)).toContainText('Our translation: Algeria and Spain recently held');
    await expect(caption(page)).toContainText('Publisher, date and URL unknown.');
    await atlas.waitForMapIdle();
    // Framed on the two countries whole (Algeria reaches 19° N): both capitals and both far
    // borders in view.
    expect(await atlas.zoom()).not.toBeCloseTo(overviewZoom, 1);
    const box = await atlas.map.boundingBox();
    for (const [lon, lat] of [
      [3.06, 36.75],
      [-3.7, 40.42],
      [5.8, 19.6],
      [-9.2, 43.0],
    ] as const) {
      const p = await atlas.project(lon, lat);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(box?.width ?? 0);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(box?.height ?? 0);
    }

    await page.keyboard.press('Space');
    await expect(caption(page).getByRole('heading', { level: 2 })).toHaveText('Egypt – NATO');
    await expect(caption(page)).toContainText('3 / 3');
    await page.keyboard.press('PageDown');
    await expect(caption(page)).toContainText('3 / 3');
    await page.keyboard.press('Home');
    await expect(caption(page)).toContainText('1 / 3');
    await page.keyboard.press('End');
    await expect(caption(page)).toContainText('3 / 3');
    await page.keyboard.press('ArrowLeft');
    await expect(caption(page)).toContainText('2 / 3');
    await page.keyboard.press('PageUp');
    await expect(caption(page)).toContainText('1 / 3');

    await page.keyboard.press('Escape');
    await expect(caption(page)).toBeHidden();
    await expect(page.getByRole('banner')).toBeVisible();
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  });

  test('where full screen is refused, the presentation fills the window and Esc still leaves', async ({
    atlas,
    page,
  }) => {
    await page.addInitScript(() => {
      Element.prototype.requestFullscreen = () =>
        Promise.reject(new TypeError('Permissions check failed'));
    });
    const panel = await openBriefing(atlas, page);
    await panel.getByRole('button', { name: 'Present', exact: true }).first().click();
    await expect(caption(page)).toContainText(
      'Full screen is not available here; the presentation fills the window.',
    );
    await expect(page.getByRole('banner')).toBeHidden();
    const box = await atlas.map.boundingBox();
    expect(box?.width).toBe(1280);
    await page.keyboard.press('ArrowDown');
    await expect(caption(page)).toContainText('2 / 3');
    await page.keyboard.press('Escape');
    await expect(caption(page)).toBeHidden();
    await expect(page.getByRole('banner')).toBeVisible();
  });

  test('a captured scene survives a reload', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.selectFromList('Algeria – Spain');
    await atlas.setDomain('Demining', false);
    await page.getByRole('button', { name: 'Briefing (3 scenes)' }).click();
    const panel = page.getByRole('complementary', { name: 'Briefing' });
    await panel.getByRole('button', { name: 'Capture this view' }).click();
    await expect(page.getByRole('button', { name: 'Briefing (4 scenes)' })).toBeVisible();
    const title = panel.getByRole('textbox', { name: 'Scene 4: Title' });
    // Titled from what it shows.
    await expect(title).toHaveValue('Algeria – Spain');
    await title.fill('Algeria and Spain, without demining');
    await title.press('Enter');
    await panel
      .getByRole('textbox', { name: 'Scene 4: Speaker notes' })
      .fill('Say that the date is unknown.');
    await panel.getByRole('button', { name: 'Capture this view' }).focus();
    // The caption's passage is chosen in the details: the new scene is the current one.
    const passage = atlas
      .details('Algeria – Spain')
      .locator('[data-excerpt-id="dz-es-training"]')
      .first();
    await passage.getByRole('button', { name: 'Feature in scene 4' }).click();
    await expect(passage.getByRole('button', { name: 'Featured in scene 4' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.reload();
    await atlas.waitForMapIdle();
    await page.getByRole('button', { name: 'Briefing (4 scenes)' }).click();
    await expect(panel.getByRole('textbox', { name: 'Scene 4: Title' })).toHaveValue(
      'Algeria and Spain, without demining',
    );
    await expect(panel.getByRole('textbox', { name: 'Scene 4: Speaker notes' })).toHaveValue(
      'Say that the date is unknown.',
    );
    await expect(panel.getByRole('listitem').nth(3)).toContainText('إلى جانب تطوير برامج تدريبية');

    // Shown again from a fresh start, it brings back the selection and the filter.
    await atlas.open('/');
    await page.getByRole('button', { name: /^Briefing/ }).click();
    await panel
      .getByRole('listitem')
      .filter({ has: page.getByRole('textbox', { name: 'Scene 4: Title' }) })
      .getByRole('button', { name: 'Show' })
      .click();
    await expect(atlas.details('Algeria – Spain')).toBeVisible();
    // The briefing takes the sidebar's place; closed, the filters are back as the scene set them.
    await panel.getByRole('button', { name: 'Close the briefing panel' }).click();
    await expect(
      (await atlas.domains()).getByRole('checkbox', { name: 'Demining' }),
    ).not.toBeChecked();
    // The map shows the scene's selection (its frame, both countries whole, may also hold the
    // Egypt–NATO arc: Demining unticked leaves it, which cites other domains).
    await expect.poll(() => atlas.renderedArcIds()).toContain(DZ);
  });

  test('scenes reorder by keyboard and by dragging, and undo puts them back', async ({
    atlas,
    page,
  }) => {
    const panel = await openBriefing(atlas, page);
    const titles = () =>
      panel
        .getByRole('textbox', { name: /^Scene \d+: Title$/ })
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const before = await titles();
    const handle = panel.getByRole('button', { name: 'Move scene 1' });
    await handle.focus();
    await page.keyboard.press('ArrowDown');
    expect(await titles()).toEqual([before[1], before[0], before[2]]);
    // The handle keeps the focus at its new place, and the move is announced.
    await expect(panel.getByRole('button', { name: 'Move scene 2' })).toBeFocused();
    await expect(panel.getByTestId('deck-message')).toHaveText('Scene moved to position 2 of 3.');

    await panel
      .getByRole('button', { name: 'Move scene 3' })
      .dragTo(panel.getByRole('listitem').first());
    expect(await titles()).toEqual([before[2], before[1], before[0]]);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel.getByRole('button', { name: 'Undo' }).click();
    expect(await titles()).toEqual(before);
    await panel.getByRole('button', { name: 'Redo' }).click();
    expect(await titles()).toEqual([before[1], before[0], before[2]]);

    await panel.getByRole('listitem').first().getByRole('button', { name: 'Delete' }).click();
    expect(await titles()).toHaveLength(2);
    await panel.getByRole('button', { name: 'Move scene 1' }).focus();
    await page.keyboard.press('Control+z');
    expect(await titles()).toHaveLength(3);
  });

  test('a deck exported and imported again is identical; a broken file changes nothing', async ({
    atlas,
    page,
  }) => {
    const panel = await openBriefing(atlas, page);
    const exportDeck = async () => {
      const download = page.waitForEvent('download');
      await panel.getByRole('button', { name: 'Export deck (JSON)' }).click();
      return downloadText(await download);
    };
    const exported = await exportDeck();
    expect(JSON.parse(exported)).toMatchObject({ version: 1, scenes: [{}, {}, {}] });

    await panel.getByRole('listitem').first().getByRole('button', { name: 'Delete' }).click();
    await panel.getByTestId('deck-import').setInputFiles({
      name: 'my-deck.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect(panel.getByTestId('deck-message')).toContainText('Imported');
    expect(await exportDeck()).toBe(exported);

    const broken = JSON.parse(exported) as { scenes: Record<string, unknown>[] };
    broken.scenes[1] = { ...broken.scenes[1], camera: { lon: 10, lat: 95, zoom: 3 } };
    broken.scenes[2] = { ...broken.scenes[2], selected: 'no-such-partnership' };
    await panel.getByTestId('deck-import').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('“broken.json” was not imported; your deck is unchanged.');
    await expect(alert).toContainText('broken.json › scenes[1] “Algeria – Spain” › camera.lat');
    await panel.getByTestId('deck-import').setInputFiles({
      name: 'stale.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ ...broken, scenes: [broken.scenes[0], broken.scenes[2]] }),
      ),
    });
    await expect(alert).toContainText(
      'stale.json › scenes[1] “Egypt – NATO” › selected: refers to partnership “no-such-partnership”, which this dataset lacks',
    );
    await panel.getByTestId('deck-import').setInputFiles({
      name: 'not-json.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 1,'),
    });
    await expect(alert).toContainText('not-json.json: is not valid JSON');
    expect(await exportDeck()).toBe(exported);

    // 100 KB of nested brackets: a located message within a second, not a hang.
    await panel.getByTestId('deck-import').setInputFiles({
      name: 'brackets.json',
      mimeType: 'application/json',
      buffer: Buffer.from('['.repeat(100_000)),
    });
    await expect(alert).toContainText(
      'brackets.json: nests arrays and objects deeper than 64 levels, at line 1, column 65',
      { timeout: 1000 },
    );
    expect(await exportDeck()).toBe(exported);
  });

  test('the presenter view follows the main window and steps it', async ({ atlas, page }) => {
    const panel = await openBriefing(atlas, page);
    const presenter = await page.context().newPage();
    await presenter.goto('/?presenter=1');
    await expect(presenter.getByRole('status')).toContainText('Waiting for the atlas window');

    await panel.getByRole('button', { name: 'Present', exact: true }).first().click();
    await expect(caption(page)).toContainText('1 / 3');
    await expect(presenter.getByTestId('presenter-Now')).toHaveText(
      '1. Mediterranean security partnerships (seed)',
    );
    await expect(presenter.getByTestId('presenter-Next')).toHaveText('2. Algeria – Spain');
    await expect(presenter.getByTestId('presenter-notes')).toContainText('2 partnerships from 2');

    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByTestId('presenter-Now')).toHaveText('2. Algeria – Spain');
    await expect(presenter.getByTestId('presenter-notes')).toContainText(
      'Algeria and Spain held bilateral talks',
    );

    await presenter.keyboard.press('ArrowRight');
    await expect(caption(page)).toContainText('3 / 3');
    await expect(presenter.getByTestId('presenter-Now')).toHaveText('3. Egypt – NATO');
    await expect(presenter.getByRole('region', { name: 'Next' })).toContainText('End of the deck.');
    await presenter.getByRole('button', { name: 'Previous scene' }).click();
    await expect(caption(page)).toContainText('2 / 3');
    await presenter.close();
  });

  test('the handout prints one scene per page with its caption and notes', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await atlas.selectFromList('Egypt – NATO');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: /^Briefing/ }).click();
    const panel = page.getByRole('complementary', { name: 'Briefing' });
    await panel.getByRole('button', { name: 'Print handout' }).click();
    // Three scenes drawn at 2× under SwiftShader take a while.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed), {
        timeout: 60_000,
      })
      .toBe(1);
    // The view the user had is back.
    await expect(atlas.details('Egypt – NATO')).toBeVisible();
    const pages = page.getByTestId('handout').locator('article');
    await expect(pages).toHaveCount(3);
    await expect(pages.nth(1)).toContainText('Algeria – Spain');
    await expect(pages.nth(1)).toContainText('Our translation:');
    await expect(pages.nth(1)).toContainText('Algeria and Spain held bilateral talks');
    for (let i = 0; i < 3; i++) {
      expect(
        await pages
          .nth(i)
          .locator('img')
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      ).toBeGreaterThan(800);
    }
    // Each scene's image shows its partnership's parties: nothing is drawn over their markers.
    for (const [i, id] of [
      [1, DZ],
      [2, 'egy-nato-closer-cooperation'],
    ] as const) {
      const src = (await pages.nth(i).locator('img').getAttribute('src')) ?? '';
      await panel.getByRole('listitem').nth(i).getByRole('button', { name: 'Show' }).click();
      await atlas.waitForMapIdle();
      const probes = await markerProbes(atlas, id, 2);
      const result = await probeImage(page, src, probes);
      expect(result.found).toEqual(Object.fromEntries(probes.map((p) => [p.name, true])));
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(pages.first()).toBeVisible();
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(3);
  });

  test('the briefing panel and the presentation have no accessibility violations', async ({
    atlas,
    page,
  }) => {
    const panel = await openBriefing(atlas, page);
    const violations = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    expect(await violations()).toEqual([]);
    await panel.getByRole('button', { name: 'Present', exact: true }).first().click();
    await page.keyboard.press('ArrowRight');
    await expect(caption(page)).toContainText('2 / 3');
    expect(await violations()).toEqual([]);
  });
});
