/**
 * The defects a newcomer met in the first hour (issue 22), each with the check that caught it.
 */
import { expect, test } from './support/atlas';

const EG = 'egy-nato-closer-cooperation';

for (const language of ['en', 'ar'] as const) {
  test(`the page never scrolls past the viewport while the details are read (${language})`, async ({
    atlas,
    page,
  }) => {
    await atlas.open(`/?lang=${language}&p=${EG}`);
    const details = page.locator('.details');
    await expect(details).toBeVisible();
    const box = await details.boundingBox();
    if (!box) throw new Error('no details panel');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 400);
    // The panel itself scrolled to its end…
    await expect
      .poll(() =>
        details.evaluate((el) => Math.ceil(el.scrollTop + el.clientHeight) >= el.scrollHeight - 1),
      )
      .toBe(true);
    // …and the page did not move, nor is it taller than the window.
    const page_ = await page.evaluate(() => ({
      top: document.scrollingElement?.scrollTop ?? -1,
      height: document.scrollingElement?.scrollHeight ?? -1,
      viewport: window.innerHeight,
    }));
    expect(page_.top).toBe(0);
    expect(page_.height).toBe(page_.viewport);
  });
}
