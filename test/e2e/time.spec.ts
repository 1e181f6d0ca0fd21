/**
 * Time (issue 20): the time bar under the map of a dataset with spans. Drawing a window by pointer,
 * moving it by keyboard, playing, the undated bucket, a window kept in a scene and presented, and
 * accessibility with the bar open.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { historyDataset } from '../fixtures/history-dataset';
import { expect, test, type AtlasDriver } from './support/atlas';

/**
 * Seven alliances, ATOP's way: an exit of 0 is "still in force", an empty one is not given (also
 * in force, as far as the file says), and a row with neither year is undated. In 1973: France–
 * Germany, US–UK and Egypt–Jordan; from 1976 Egypt–Jordan has ended.
 */
const ALLIANCES = [
  'country1,country2,atopid,yrent,yrexit',
  'FRA,DEU,3400,1963,1991',
  'USA,GBR,3180,1949,0',
  'EGY,JOR,3620,1970,1975',
  'ESP,MAR,4010,1990,2010',
  'DZA,TUN,4200,2000,',
  'ITA,GRC,3800,1980,1985',
  'EGY,USA,4300,,',
].join('\n');

/** The axis runs from 1949 to 2010: 62 years. */
const FIRST_YEAR = 1949;
const YEARS = 62;

async function importAlliances(atlas: AtlasDriver, page: Page): Promise<void> {
  await atlas.open();
  const dialog = await atlas.importFile({
    name: 'alliances.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${ALLIANCES}\n`),
  });
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await dialog.getByRole('button', { name: 'Import 7 partnerships and show them' }).click();
  await expect(page.getByRole('region', { name: 'Partnerships in force over time' })).toBeVisible();
  await atlas.waitForMapIdle();
}

/** The page's x of the middle of a year's bar. */
async function yearX(page: Page, year: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('.timebar-track').boundingBox();
  if (!box) throw new Error('no time bar track');
  return {
    x: box.x + ((year - FIRST_YEAR + 0.5) / YEARS) * box.width,
    y: box.y + box.height / 2,
  };
}

const windowValue = (page: Page) => page.locator('.timebar-value');

test.describe('the time bar', () => {
  test('a window drawn across the bars narrows the list and the map; keys move it and play', async ({
    atlas,
    page,
  }) => {
    await importAlliances(atlas, page);
    await expect(windowValue(page)).toHaveText('All dates');
    expect(await atlas.listedTitles()).toHaveLength(7);
    expect(await atlas.renderedArcIds()).toHaveLength(7);

    // Drawn by pointer from 1963 to 1975.
    const from = await yearX(page, 1963);
    const to = await yearX(page, 1975);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    await expect(windowValue(page)).toHaveText('1963 to 1975');
    // France–Germany, US–UK, Egypt–Jordan, and the undated Egypt–US (its switch is on).
    await expect
      .poll(() => atlas.listedTitles())
      .toEqual([
        'France – Germany',
        'United States of America – United Kingdom',
        'Egypt – Jordan',
        'Egypt – United States of America',
      ]);
    expect(await atlas.renderedArcIds()).toHaveLength(4);
    await expect(page).toHaveURL(/from=1963-01-01/);
    await expect(page).toHaveURL(/to=1975-12-31/);

    // The undated bucket's own switch.
    const undated = page.getByRole('checkbox', { name: 'Undated (1)' });
    await undated.uncheck();
    await expect.poll(async () => (await atlas.listedTitles()).length).toBe(3);
    expect(await atlas.renderedArcIds()).toHaveLength(3);

    // Keyboard: one year a key, Shift narrows, Home goes to the start.
    const slider = page.getByRole('slider', { name: 'Time window' });
    await slider.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect(windowValue(page)).toHaveText('1963');
    await page.keyboard.press('PageUp');
    await expect(windowValue(page)).toHaveText('1973');
    await expect
      .poll(() => atlas.listedTitles())
      .toEqual(['France – Germany', 'United States of America – United Kingdom', 'Egypt – Jordan']);

    // Space plays: three steps, a year each, and the list follows (Egypt–Jordan ended in 1975).
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(windowValue(page)).toHaveText('1974');
    await expect(windowValue(page)).toHaveText('1975');
    await expect(windowValue(page)).toHaveText('1976');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const paused = await windowValue(page).textContent();
    expect(['1976', '1977']).toContain(paused);
    await expect
      .poll(() => atlas.listedTitles())
      .toEqual(['France – Germany', 'United States of America – United Kingdom']);
    await page.waitForTimeout(1500);
    await expect(windowValue(page)).toHaveText(paused ?? '');
    expect(await atlas.renderedArcIds()).toHaveLength(2);

    await page.keyboard.press('Home');
    await expect(windowValue(page)).toHaveText('1949');
    await page.getByRole('button', { name: 'All dates' }).click();
    await expect(windowValue(page)).toHaveText('All dates');
    await expect(page).not.toHaveURL(/from=/);
  });

  test('a window kept in a scene comes back when it is shown and presented', async ({
    atlas,
    page,
  }) => {
    await importAlliances(atlas, page);
    const slider = page.getByRole('slider', { name: 'Time window' });
    await slider.focus();
    await page.keyboard.press('End');
    // From no window, End goes to the last year alone.
    await expect(windowValue(page)).toHaveText('2010');
    await page.keyboard.press('PageDown');
    await expect(windowValue(page)).toHaveText('2000');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(windowValue(page)).toHaveText('2005');

    await page.getByRole('button', { name: /^Briefing/ }).click();
    const panel = page.getByRole('complementary', { name: 'Briefing' });
    await panel.getByRole('button', { name: 'Capture this view' }).click();
    const scenes = panel.getByRole('listitem');
    const scene = scenes.last();
    await expect(scene.getByRole('textbox', { name: /: Title$/ })).toBeVisible();

    // Elsewhere in time, then the scene again.
    await page.getByRole('button', { name: 'All dates' }).click();
    await expect(windowValue(page)).toHaveText('All dates');
    await scene.getByRole('button', { name: 'Show' }).click();
    await expect(windowValue(page)).toHaveText('2005');

    await scene.getByRole('button', { name: 'Present from here' }).click();
    // The presentation has no time bar; its legend names the window.
    await expect(
      page.getByRole('region', { name: 'Partnerships in force over time' }),
    ).toBeHidden();
    await expect(page.locator('.frame-legend-time')).toHaveText('In force: 2005');
    // US–UK, Spain–Morocco and Algeria–Tunisia were in force in 2005; Egypt–US is undated.
    await expect.poll(async () => (await atlas.renderedArcIds()).length).toBe(4);
    await page.keyboard.press('Escape');
    await expect(
      page.getByRole('region', { name: 'Partnerships in force over time' }),
    ).toBeVisible();
  });

  test('is accessible, in Arabic too, and absent for a dataset without dates', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    // The seed gives no dates: no time bar, and its chunk is not fetched.
    await expect(page.locator('.timebar')).toHaveCount(0);
    await importAlliances(atlas, page);
    const axe = await new AxeBuilder({ page }).include('.timebar').analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
    await page.getByRole('button', { name: 'العربية' }).click();
    const bar = page.getByRole('region', { name: 'الشراكات السارية عبر الزمن' });
    await expect(bar).toBeVisible();
    await expect(bar.getByRole('button', { name: 'تشغيل' })).toBeVisible();
    await expect(bar.getByRole('slider', { name: 'النافذة الزمنية' })).toBeVisible();
  });

  test('a pair’s history: its events in order with their passages, the undated apart', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const dialog = await atlas.importFile({
      name: 'history.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(historyDataset())),
    });
    await expect(dialog.getByText('2 of 2 rows can be imported.', { exact: false })).toBeVisible();
    await dialog.getByRole('button', { name: 'Import 2 partnerships and show them' }).click();
    await expect(page.locator('.tagline')).toHaveText('history');

    await atlas.list
      .getByRole('button', { name: /France – Morocco/ })
      .first()
      .click();
    const details = atlas.details('France – Morocco');
    // The status shown is the latest event.
    await expect(details.locator('dl.facts dd').first()).toHaveText('Cooperation suspended');
    const history = details.getByRole('region', { name: 'History of this pair' });
    const dated = history.locator('ol.history-events > li');
    await expect(dated).toHaveCount(3);
    await expect(dated.locator('.history-line')).toHaveText([
      'March 2019Talks held',
      'June 15, 2020Agreement signed',
      '2022Cooperation suspended',
    ]);
    await expect(dated.nth(0).locator('time')).toHaveAttribute('datetime', '2019-03');
    await expect(dated.nth(1)).toContainText('The two ministers signed a defence cooperation');
    // The other partnership's undated event, apart, with a way to it.
    await expect(history.getByRole('heading', { name: 'Not dated by the sources' })).toBeVisible();
    const undated = history.locator('ul.history-events > li');
    await expect(undated).toHaveCount(1);
    await expect(undated).toContainText('Interest expressed; dialogue planned');
    await undated.getByRole('button', { name: 'In another partnership between them' }).click();
    await expect(details.locator('dl.facts dd').first()).toHaveText(
      'Interest expressed; dialogue planned',
    );
    // The same history from the other partnership, whose own event is now the one without a link.
    await expect(
      history.getByRole('button', { name: 'In another partnership between them' }),
    ).toHaveCount(3);

    await page.getByRole('button', { name: 'العربية' }).click();
    const arabic = page.getByRole('region', { name: 'تاريخ هذه العلاقة' });
    await expect(arabic.locator('ol.history-events > li')).toHaveCount(3);
    await expect(arabic.getByRole('heading', { name: 'لا تذكر المصادر تاريخها' })).toBeVisible();
  });

  test('the growth animation: a WebM of the play-through, the size of the image, each step its length', async ({
    atlas,
    page,
  }) => {
    test.setTimeout(180_000);
    await atlas.open();
    // Five years, 2000 to 2004.
    const dialog = await atlas.importFile({
      name: 'five-years.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'country1,country2,yrent,yrexit\nFRA,DEU,2000,2002\nESP,MAR,2001,2004\nITA,GRC,2003,0\n',
      ),
    });
    await dialog.getByRole('button', { name: 'Check the rows' }).click();
    await dialog.getByRole('button', { name: 'Import 3 partnerships and show them' }).click();
    await expect(windowValue(page)).toHaveText('All dates');
    await page.getByRole('button', { name: /^Briefing/ }).click();
    const panel = page.getByRole('complementary', { name: 'Briefing' });
    // The video is the size of the PNG at 1× (made even for the encoder).
    const label = await panel
      .getByRole('button', { name: /^Export the current view as a PNG at 1×/ })
      .getAttribute('aria-label');
    const [, w, h] = /\((\d+) × (\d+) px\)/.exec(label ?? '') ?? [];
    const even = (n: number) => n + (n % 2);

    await panel.getByRole('combobox', { name: 'Speed of the animation' }).selectOption('2');
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await panel.getByRole('button', { name: 'Export animation (WebM)' }).click();
    await expect(panel.getByText(/Recording step \d of 5/)).toBeVisible();
    const file = await download;
    expect(file.suggestedFilename()).toBe('five-years-2x.webm');
    await expect(panel.getByText(/Saved five-years-2x\.webm \(.* MB, 5 steps\)/)).toBeVisible();
    // The view's window is back as it was.
    await expect(windowValue(page)).toHaveText('All dates');

    const bytes = readFileSync(await file.path());
    // A WebM (EBML) file of some substance.
    expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
    expect(bytes.length).toBeGreaterThan(5_000);
    // Read back in a blank page (the atlas's policy lets no media load from elsewhere).
    const probe = await page.context().newPage();
    const video = await probe.evaluate(async (base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const element = document.createElement('video');
      element.muted = true;
      element.src = URL.createObjectURL(new Blob([data], { type: 'video/webm' }));
      await new Promise((resolve) => element.addEventListener('loadedmetadata', resolve));
      // MediaRecorder's files name no duration: seeking past the end makes the browser find it.
      if (!Number.isFinite(element.duration)) {
        element.currentTime = 1e6;
        await new Promise((resolve) => element.addEventListener('seeked', resolve));
      }
      return { width: element.videoWidth, height: element.videoHeight, duration: element.duration };
    }, bytes.toString('base64'));
    await probe.close();
    expect(video.width).toBe(even(Number(w)));
    expect(video.height).toBe(even(Number(h)));
    // Five steps of half a second each at 2×.
    expect(video.duration).toBeGreaterThan(2.3);
    expect(video.duration).toBeLessThan(3.5);
  });
});
