import { en, format, type MessageKey } from '../../src/core/messages';
import { ar } from '../../src/core/messages-ar';
import { arTools } from '../../src/core/messages-ar-tools';
import { arTime } from '../../src/core/messages-ar-time';
import { enTime } from '../../src/core/messages-time';
import { enTools } from '../../src/core/messages-tools';
import { arShare } from '../../src/core/messages-ar-share';
import { enShare } from '../../src/core/messages-share';
import { arPresent } from '../../src/core/messages-ar-present';
import { enPresent } from '../../src/core/messages-present';
import { expect, test } from './support/atlas';

/** The walk in each interface language, with the texts the tables give it. */
const WALKS = [
  {
    language: 'en',
    messages: { ...en, ...enTools, ...enTime, ...enShare, ...enPresent },
    partnership: 'Algeria – Spain',
  },
  {
    language: 'ar',
    messages: { ...ar, ...arTools, ...arTime, ...arShare, ...arPresent },
    partnership: 'الجزائر – إسبانيا',
  },
] as const;

for (const { language, messages, partnership } of WALKS) {
  const say = (key: MessageKey) => format(messages[key], {}, language);
  test(`keyboard only in ${language}: from load to reading an excerpt, with a visible focus all the way`, async ({
    atlas,
    page,
  }) => {
    await atlas.open(`/?lang=${language}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: say('app.skipToList') });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { name: say('list.heading'), exact: true }),
    ).toBeFocused();

    await page.keyboard.press('Tab');
    const first = page
      .getByRole('region', { name: say('list.heading'), exact: true })
      .getByRole('button', { name: new RegExp(partnership) });
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    const details = atlas.details(partnership);
    await expect(details).toBeVisible();

    // On through the page with Tab alone, until a passage's own control has the focus; every stop
    // shows a focus outline.
    let reached = false;
    for (let step = 0; step < 80 && !reached; step++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        return {
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          inPassage: element.closest('figure.excerpt') !== null,
          name: element.getAttribute('aria-label') ?? element.textContent.slice(0, 40),
        };
      });
      if (!focus) continue;
      expect(focus.outline, `focus outline on “${focus.name}”`).toBe(true);
      reached = focus.inPassage;
    }
    expect(reached, 'a passage reached with Tab').toBe(true);
    const passage = page.locator('figure.excerpt', { has: page.locator(':focus') });
    // The passage keeps its own language and direction in either interface.
    await expect(passage.locator('blockquote')).toHaveAttribute('dir', 'rtl');
    await expect(passage).toContainText(say('details.translation'));

    // Esc closes what is open: the details.
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
  });
}

test('the map pans and zooms from the keyboard', async ({ atlas, page }) => {
  await atlas.open();
  await page.getByRole('region', { name: 'Map of partnerships' }).focus();
  const before = await atlas.zoom();
  await page.keyboard.press('Equal');
  await atlas.waitForMapIdle();
  expect(await atlas.zoom()).toBeGreaterThan(before);
  const algiers = await atlas.project(3.06, 36.75);
  await page.keyboard.press('ArrowRight');
  await atlas.waitForMapIdle();
  expect((await atlas.project(3.06, 36.75)).x).toBeLessThan(algiers.x);
});
