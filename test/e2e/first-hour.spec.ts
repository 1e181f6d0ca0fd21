/**
 * The defects a newcomer met in the first hour (issue 22), each with the check that caught it.
 */
import { readFileSync } from 'node:fs';
import { exportLayout } from '../../src/core/export-layout';
import { palette } from '../../src/core/palette';
import { expect, test } from './support/atlas';
import { dataset, markerProbes, probeImage, type Probe } from './support/image-probe';

const EG = 'egy-nato-closer-cooperation';

for (const language of ['en', 'ar'] as const) {
  test(`the page never scrolls past the viewport while the details are read (${language})`, async ({
    atlas,
    page,
  }) => {
    // A stale setting in the address: its notice takes room above the panels, and stays usable.
    await atlas.open(`/?lang=${language}&p=${EG}&hide=astrology`);
    const notice = page.locator('.notices');
    await expect(notice).toBeVisible();
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
    // Nothing covers the notice: its button takes the click.
    await notice.getByRole('button').click();
    await expect(notice).toBeHidden();
  });
}

/** The colour each kind of legend entry is drawn in (a domain in its own). */
const KEY_COLOUR: Record<string, string> = {
  state: palette.state,
  organization: palette.organization,
  place: palette.place,
  ribbon: '#332288',
  dashed: palette.legendLine,
  solid: palette.legendLine,
  dotted: palette.legendLine,
  selected: palette.arcSelected,
  disputed: palette.disputed,
  // The members' shading: their colour at 28 % over white.
  members: '#c5d1f5',
  partners: palette.framework,
  // The parties' tint: their colour at 26 % over white.
  party: '#fad4c0',
};

test('the exported PNG shows every party of the partnership and explains every mark on it', async ({
  atlas,
  page,
}) => {
  await atlas.open(`/?p=${EG}`);
  await page.getByRole('button', { name: /^Briefing/ }).click();
  const panel = page.getByRole('complementary', { name: 'Briefing' });
  await atlas.waitForMapIdle();
  // What the map draws besides the links and markers: NATO's members shaded, the Mediterranean
  // Dialogue's partners outlined, disputed boundaries dashed.
  expect(await atlas.renderedCount('members-fill')).toBeGreaterThan(0);
  expect(await atlas.renderedCount('framework-outline')).toBeGreaterThan(0);
  const drawn = [
    'state',
    'organization',
    'ribbon',
    'dashed',
    'selected',
    'party',
    'members',
    'partners',
  ];

  const button = panel.getByRole('button', { name: /^Export the current view as a PNG at 2×/ });
  const promised = /\((\d+) × (\d+) px\)/.exec((await button.getAttribute('aria-label')) ?? '');
  const download = page.waitForEvent('download');
  await button.click();
  const png = readFileSync(await (await download).path());
  const size = await atlas.map.evaluate((element) => ({
    width: element.clientWidth,
    height: element.clientHeight,
  }));

  // The legend as laid out below the map: only what the view holds (no signed agreement, so no
  // solid line; disputed boundaries if one is in view), then the domains of the links in view.
  const inView = await atlas.renderedArcIds();
  const disputed = (await atlas.renderedCount('disputed-boundaries')) > 0;
  const kinds = [
    'state',
    'organization',
    'ribbon',
    'dashed',
    'selected',
    'party',
    ...(disputed ? ['disputed'] : []),
    'members',
    'partners',
  ];
  for (const kind of drawn) expect(kinds).toContain(kind);
  const cited = new Set(
    dataset.partnerships
      .filter((p) => inView.includes(p.id))
      .flatMap((p) => p.domains.map((d) => d.domain)),
  );
  const domains = dataset.domains.filter((d) => cited.has(d.id));
  expect(domains.length).toBeGreaterThan(0);
  const layout = exportLayout(size, kinds.length + domains.length, 1);
  const legendProbes: Probe[] = [
    ...kinds.map((kind) => ({ name: kind, colour: KEY_COLOUR[kind] ?? '#000000' })),
    ...domains.map((d) => ({ name: d.id, colour: d.color.toLowerCase() })),
  ].map(({ name, colour }, i) => {
    const box = layout.rows[i];
    if (!box) throw new Error(`no legend row ${i}`);
    return {
      name: `legend ${name}`,
      colour,
      box: { x: box.x * 2, y: box.y * 2, width: (box.width + 10) * 2, height: box.height * 2 },
    };
  });
  const probes = [...(await markerProbes(atlas, EG, 2)), ...legendProbes];
  const result = await probeImage(page, png, probes);
  expect(result.found).toEqual(Object.fromEntries(probes.map((p) => [p.name, true])));
  // The size the button promised is the file's, title, legend and sources included.
  expect(promised?.slice(1).map(Number)).toEqual([result.width, result.height]);
  expect(result.width).toBe(size.width * 2);
});

test('presenting shows the audience the map and the caption only, and leaving restores the view', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await page.getByRole('button', { name: /^Briefing/ }).click();
  const panel = page.getByRole('complementary', { name: 'Briefing' });
  // The current scene is the second (Algeria–Spain); then the user moves on to Egypt–NATO.
  await panel.getByRole('listitem').nth(1).getByRole('button', { name: 'Show' }).click();
  await atlas.details('Algeria – Spain').getByRole('button', { name: /^Next/ }).click();
  await expect(atlas.details('Egypt – NATO')).toBeVisible();
  await atlas.waitForMapIdle();
  const before = { zoom: await atlas.zoom(), egypt: await atlas.project(31.2357, 30.0444) };
  // Present starts at the first scene all the same.
  await panel.getByRole('button', { name: 'Present', exact: true }).click();
  const caption = page.getByRole('region', { name: 'Presentation' });
  await expect(caption).toContainText('1 / 3');
  const hint = caption.getByText('→ or Space: next');
  await expect(hint).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show the whole map' })).toBeHidden();
  // The legend is one of what is on screen (not the app's whole legend).
  await expect(page.locator('details.legend')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'On this map' })).toBeVisible();
  // The hint and the controls go after a few seconds, and come back when the pointer moves.
  await expect(hint).toBeHidden({ timeout: 8000 });
  await expect(caption.getByRole('button', { name: 'Next scene' })).toBeHidden();
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await expect(hint).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(caption).toContainText('2 / 3');
  await page.keyboard.press('Escape');
  await expect(caption).toBeHidden();

  // Back where the user was: Egypt–NATO open, the same camera, the map's buttons back.
  await expect(atlas.details('Egypt – NATO')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await atlas.waitForMapIdle();
  expect(await atlas.zoom()).toBeCloseTo(before.zoom, 1);
  const egypt = await atlas.project(31.2357, 30.0444);
  expect(Math.abs(egypt.x - before.egypt.x)).toBeLessThan(30);
  expect(Math.abs(egypt.y - before.egypt.y)).toBeLessThan(30);

  // Present from here starts at its own scene.
  await panel
    .getByRole('listitem')
    .nth(2)
    .getByRole('button', { name: 'Present from here' })
    .click();
  await expect(caption).toContainText('3 / 3');
  await page.keyboard.press('Escape');
});

test('a filter that empties the map says so on the map, and one click brings the links back', async ({
  atlas,
}) => {
  await atlas.open();
  await (await atlas.domains()).getByRole('radio', { name: 'all ticked domains' }).check();
  const notice = atlas.map.locator('..').getByRole('status');
  await expect(notice).toContainText('The map is empty');
  await expect(notice).toContainText('the “all ticked domains” rule');
  expect(await atlas.renderedArcIds()).toEqual([]);
  await notice.getByRole('button', { name: 'Match any ticked domain (2 partnerships)' }).click();
  await expect(notice).toBeHidden();
  expect(await atlas.renderedArcIds()).toEqual(['dza-esp-cyber-ct-talks', EG]);
  await expect(
    (await atlas.domains()).getByRole('radio', { name: 'any ticked domain' }),
  ).toBeChecked();

  // Every status unticked, in Arabic: the notice names the status filter, its counts agree in number.
  await atlas.open('/?lang=ar&status=agreement-signed,intent-expressed,not-given,talks-held');
  const arabic = atlas.map.locator('..').getByRole('status');
  await expect(arabic).toContainText('مرشِّح الحالة');
  await arabic.getByRole('button', { name: 'اعرض كل الحالات (شراكتان)' }).click();
  await expect(arabic).toBeHidden();
  expect(await atlas.renderedArcIds()).toEqual(['dza-esp-cyber-ct-talks', EG]);
});

test('an English search shows each passage with our translation marked, and opens it in view', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const box = page.getByRole('combobox');
  await box.fill('demining');
  const passages = page.getByRole('group', { name: 'Passages' });
  const first = passages.getByRole('option').first();
  await expect(first).toBeVisible();
  // The passage in Arabic, and beneath it our translation, with the English word marked.
  await expect(first.locator('[lang="ar"]').first()).toBeVisible();
  const translation = first.locator('.search-translation');
  await expect(translation).toContainText('Our translation:');
  await expect(translation.locator('mark').first()).toHaveText(/demining/i);
  const passageText = (await first.locator('.search-label').textContent()) ?? '';
  await first.click();

  // Egypt–NATO opens with that passage in view, ringed, its translation marked.
  const details = atlas.details('Egypt – NATO');
  await expect(details).toBeVisible();
  const chosen = details.locator('figure[aria-current="true"]').first();
  await expect(chosen).toBeInViewport();
  await expect(chosen.locator('blockquote')).toHaveText(passageText);
  await expect(chosen.locator('.translation mark').first()).toHaveText(/demining/i);
});

test('a capital whose status is disputed is not stated as fact: the details and About say so', async ({
  atlas,
  page,
}) => {
  await atlas.open(`/?p=${EG}`);
  const details = atlas.details('Egypt – NATO');
  await details.getByText(/^Mediterranean Dialogue/).click();
  await expect(
    details.getByText(
      /^Israel: Israel designates Jerusalem as its capital; most states do not recognise it/,
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'About this map' }).click();
  const about = page.getByRole('dialog', { name: 'About this map' });
  await expect(about.getByRole('heading', { name: 'Where actors are drawn' })).toBeVisible();
  await expect(about).toContainText('States are drawn at the capital that Natural Earth names');
  await expect(about).toContainText('Israel: Israel designates Jerusalem as its capital');
});
