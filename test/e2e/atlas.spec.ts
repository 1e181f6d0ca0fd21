import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/atlas';

const DZ = 'dza-esp-cyber-ct-talks';
const EG = 'egy-nato-closer-cooperation';
/** The sea and land colours (palette.sea, palette.land). */
const SEA: [number, number, number] = [0xd5, 0xe3, 0xec];
const LAND: [number, number, number] = [0xf4, 0xf1, 0xea];

test.describe('the atlas of the seed partnerships', () => {
  test('draws the Mediterranean with both partnerships on a WebGL canvas', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await expect(page).toHaveTitle('Partnership Atlas');
    const hasWebGl2 = await page.evaluate(
      () => document.querySelector('[data-testid="map"] canvas') instanceof HTMLCanvasElement,
    );
    expect(hasWebGl2).toBe(true);

    const whole = await atlas.mapPixels(SEA, { tolerance: 6 });
    expect(whole.distinct, 'a blank canvas has one colour').toBeGreaterThan(50);
    expect(whole.matching, 'sea').toBeGreaterThan(10_000);
    expect((await atlas.mapPixels(LAND, { tolerance: 6 })).matching, 'land').toBeGreaterThan(
      10_000,
    );

    expect(await atlas.renderedArcIds()).toEqual([DZ, EG]);
    expect(await atlas.renderedActorIds()).toEqual(['DZA', 'EGY', 'ESP', 'nato']);
    // At the overview, eight and six domains would make strands under 3 px: each ribbon is one
    // neutral colour. With two domains ticked, the ribbons show those two as strands.
    for (const id of [DZ, EG]) {
      const around = await atlas.arcMapPoint(id);
      const neutral = await atlas.mapPixels([0x37, 0x41, 0x51], {
        around,
        radius: 6,
        tolerance: 30,
      });
      expect(neutral.matching, `neutral ribbon of ${id}`).toBeGreaterThan(0);
    }
    await (await atlas.domains()).getByRole('button', { name: 'Show only Cybersecurity' }).click();
    await atlas.setDomain('Counter-terrorism', true);
    const dataset = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as {
      domains: { id: string; color: string }[];
      partnerships: { id: string; domains: { domain: string }[] }[];
    };
    const rgb = (hex: string): [number, number, number] => [
      parseInt(hex.slice(1, 3), 16),
      parseInt(hex.slice(3, 5), 16),
      parseInt(hex.slice(5, 7), 16),
    ];
    for (const id of [DZ, EG]) {
      const around = await atlas.arcMapPoint(id);
      const cited = (dataset.partnerships.find((p) => p.id === id)?.domains ?? []).filter((c) =>
        ['cybersecurity', 'counter-terrorism'].includes(c.domain),
      );
      expect(cited).toHaveLength(2);
      const found: string[] = [];
      for (const { domain } of cited) {
        const colour = dataset.domains.find((d) => d.id === domain)?.color ?? '#000000';
        const pixels = await atlas.mapPixels(rgb(colour), { around, radius: 12, tolerance: 30 });
        if (pixels.matching >= 2) found.push(domain);
      }
      expect(found.length, `domain colours near the middle of ${id}: ${found.join(', ')}`).toBe(
        cited.length,
      );
    }
    await expect(atlas.list.getByRole('button')).toHaveCount(2);
    expect(await atlas.listedTitles()).toEqual(['Algeria – Spain', 'Egypt – NATO']);
  });

  test('selecting from the list opens the details and highlights the arc', async ({ atlas }) => {
    await atlas.open();
    await atlas.selectFromList('Egypt – NATO');
    const details = atlas.details('Egypt – NATO');
    await expect(details.getByText('Interest expressed; dialogue planned')).toBeVisible();
    await expect(details.getByText('Badr Abdelatty')).toBeVisible();
    await expect(details.getByText('Javier Colomina')).toBeVisible();
    await expect(details.getByRole('heading', { name: /Passages on Demining/ })).toBeAttached();
    await expect(atlas.list.getByRole('button', { name: /Egypt – NATO/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The selected link is drawn on a casing in the darker selection colour, either side of it.
    const around = await atlas.arcMapPoint(EG);
    const selected = await atlas.mapPixels([0x7c, 0x2d, 0x12], { around, radius: 10 });
    expect(selected.matching).toBeGreaterThan(8);
    const other = await atlas.arcMapPoint(DZ);
    expect(
      (await atlas.mapPixels([0x7c, 0x2d, 0x12], { around: other, radius: 10 })).matching,
    ).toBe(0);
  });

  test('clicking an arc on the map opens its details', async ({ atlas }) => {
    await atlas.open();
    await atlas.clickArc(DZ);
    await expect(atlas.details('Algeria – Spain')).toBeVisible();
    await expect(atlas.details('Algeria – Spain').getByText('Talks held')).toBeVisible();
    // Selecting fits the map to Algeria–Spain; start again from the overview for the other arc.
    await atlas.open();
    await atlas.clickArc(EG);
    await expect(atlas.details('Egypt – NATO')).toBeVisible();
  });

  test('shows the Arabic excerpt verbatim, right to left, with our translation', async ({
    atlas,
  }) => {
    await atlas.open();
    await atlas.selectFromList('Egypt – NATO');
    const section = atlas
      .details('Egypt – NATO')
      .getByRole('region', { name: /Passages on Demining/ });
    const quote = section.locator('blockquote');
    await expect(quote).toHaveAttribute('lang', 'ar');
    await expect(quote).toHaveAttribute('dir', 'rtl');
    const text = await quote.textContent();
    const source = readFileSync('data/sources/004_a350234f16e35166.txt', 'utf8');
    expect(text).toBe(
      'إزالة الألغام: الاستفادة من خبرات الناتو وتقنياته المتقدمة في مجال إزالة الألغام ومخلفات الحروب.',
    );
    expect(source.includes(text ?? '∅')).toBe(true);
    await expect(section.getByText('Our translation:', { exact: true })).toBeVisible();
    await expect(section.getByText('Publisher, date and URL unknown.')).toBeVisible();
  });

  test('the domain filter removes links from the map and the list, and restores them', async ({
    atlas,
  }) => {
    await atlas.open();
    await expect((await atlas.domains()).getByRole('checkbox', { name: /Demining/ })).toBeChecked();
    // Egypt–NATO is the only link citing demining; untick every other domain.
    const labels = await (
      await atlas.domains()
    )
      .getByRole('checkbox')
      .evaluateAll((boxes) =>
        boxes.map((box) => box.closest('label')?.querySelector('.domain-chip')?.textContent ?? ''),
      );
    for (const label of labels.filter((l) => l !== 'Demining')) await atlas.setDomain(label, false);
    expect(await atlas.renderedArcIds()).toEqual([EG]);
    expect(await atlas.listedTitles()).toEqual(['Egypt – NATO']);
    await expect(atlas.list.getByText('1 of 2 shown')).toBeVisible();

    await atlas.setDomain('Demining', false);
    expect(await atlas.renderedArcIds()).toEqual([]);
    await expect(atlas.list.getByText('No partnership matches: the domain filter.')).toBeVisible();

    await (await atlas.domains()).getByRole('button', { name: 'Show all domains' }).click();
    expect(await atlas.renderedArcIds()).toEqual([DZ, EG]);
    expect(await atlas.listedTitles()).toEqual(['Algeria – Spain', 'Egypt – NATO']);
  });

  test('the About note names the sources and the basemap', async ({ atlas, page }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'About this map' }).click();
    const dialog = page.getByRole('dialog', { name: 'About this map' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Basemap' })).toBeVisible();
    await expect(dialog).toContainText(/Natural Earth/);
    await expect(dialog.getByText('Publisher, date and URL unknown.')).toHaveCount(2);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('has no accessibility violations, by default and with a partnership open', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const before = await new AxeBuilder({ page }).analyze();
    expect(
      before.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await atlas.selectFromList('Algeria – Spain');
    await atlas.waitForMapIdle();
    const after = await new AxeBuilder({ page }).analyze();
    expect(
      after.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});
