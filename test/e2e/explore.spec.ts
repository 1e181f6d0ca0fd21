import { expect, test } from './support/atlas';

const DZ = 'dza-esp-cyber-ct-talks';
const EG = 'egy-nato-closer-cooperation';

test.describe('exploring', () => {
  test('domains: only one, all of the ticked ones, and counts that follow the other filters', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await (await atlas.domains()).getByRole('button', { name: 'Show only Demining' }).click();
    expect(await atlas.listedTitles()).toEqual(['Egypt – NATO']);
    expect(await atlas.renderedArcIds()).toEqual([EG]);
    await (await atlas.domains()).getByRole('button', { name: 'Show all domains' }).click();
    expect(await atlas.listedTitles()).toEqual(['Algeria – Spain', 'Egypt – NATO']);

    // All of the ticked: cybersecurity and cybercrime together only in Algeria–Spain.
    for (const d of [
      'Counter-terrorism',
      'Intelligence sharing',
      'Critical-infrastructure protection',
    ]) {
      await atlas.setDomain(d, false);
    }
    for (const d of [
      'Cross-border crime',
      'Training and capacity building',
      'Joint exercises and workshops',
      'Demining',
    ]) {
      await atlas.setDomain(d, false);
    }
    expect(await atlas.listedTitles()).toEqual(['Algeria – Spain', 'Egypt – NATO']);
    await (await atlas.domains()).getByRole('radio', { name: 'all ticked domains' }).check();
    expect(await atlas.listedTitles()).toEqual(['Algeria – Spain']);
    expect(await atlas.renderedArcIds()).toEqual([DZ]);
    await (await atlas.domains()).getByRole('radio', { name: 'any ticked domain' }).check();
    await (await atlas.domains()).getByRole('button', { name: 'Show all domains' }).click();

    // Counts follow the status filter: without "talks held", cybersecurity has one partnership.
    const cyber = (await atlas.domains())
      .getByRole('listitem')
      .filter({ hasText: 'Cybersecurity' });
    await expect(cyber).toContainText('2 partnerships');
    await page.getByText('Status and date').click();
    await page.getByRole('checkbox', { name: /Talks held/ }).uncheck();
    await expect(cyber).toContainText('1 partnership');
    expect(await atlas.listedTitles()).toEqual(['Egypt – NATO']);
    expect(await atlas.renderedArcIds()).toEqual([EG]);
  });

  test('dates: the seed has none, and undated partnerships are a bucket of their own', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await page.getByText('Status and date').click();
    await expect(
      page.getByText('No partnership in this dataset has a date in its sources.'),
    ).toBeVisible();
    await page.getByRole('checkbox', { name: 'Include partnerships with no date (2)' }).uncheck();
    await expect(atlas.list.getByText('No partnership matches: the date range.')).toBeVisible();
    expect(await atlas.renderedArcIds()).toEqual([]);
    await atlas.list.getByRole('button', { name: 'Clear all filters' }).click();
    expect(await atlas.listedTitles()).toEqual(['Algeria – Spain', 'Egypt – NATO']);
  });

  test('actor focus from the map: NATO’s partnerships, then NATO with its allies', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const nato = await atlas.project(4.426, 50.8795);
    const box = await atlas.map.boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.click(box.x + nato.x, box.y + nato.y);
    const bar = page.getByRole('region', { name: 'Focus: NATO' });
    await expect(bar).toBeVisible();
    expect(await atlas.listedTitles()).toEqual(['Egypt – NATO']);
    // On the map the others dim and NATO's partnership is drawn over them.
    await expect.poll(() => atlas.linkOpacity()).toBeLessThan(0.5);
    expect(await atlas.renderedCount('highlight-strands')).toBeGreaterThan(0);
    expect(await atlas.renderedArcIds()).toEqual([DZ, EG]);
    // An organization in focus shades its members, as selecting its partnership does.
    await expect(page.getByRole('checkbox', { name: 'NATO members (32)' })).toBeChecked();
    const spain = await atlas.colourAt(-5.5, 38.0);
    expect(spain[2], `Spain is shaded blue: ${spain.join(',')}`).toBeGreaterThan(spain[0] + 20);
    // Spain is an ally: with the members, Algeria–Spain joins.
    await bar.getByRole('checkbox', { name: 'Include its 32 member states' }).check();
    expect(await atlas.listedTitles()).toEqual(['Algeria – Spain', 'Egypt – NATO']);
    await bar.getByRole('button', { name: 'Clear focus' }).click();
    await expect(bar).toBeHidden();
    await expect.poll(() => atlas.linkOpacity()).toBe(1);
  });

  test('search in Arabic and English, folded forms included, chosen from the keyboard', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const box = page.getByRole('combobox', { name: /Search/ });
    const results = page.getByRole('listbox', { name: 'Search results' });
    for (const query of ['الناتو', 'ناتو', 'NATO', 'nato']) {
      await box.fill(query);
      await expect(results.getByRole('option', { name: /NATO/ }).first(), query).toBeVisible();
    }
    // الارهاب (no hamza) finds the passages that write الإرهاب, marked.
    await box.fill('الارهاب');
    const passages = results.getByRole('group', { name: 'Passages in the sources' });
    await expect(passages.getByRole('option').first()).toBeVisible();
    await expect(passages.locator('mark').first()).toHaveText(/الإرهاب/);
    await expect(results.getByRole('group', { name: 'Domains (show only)' })).toContainText(
      'Counter-terrorism',
    );
    // The keyboard: first result is the domain; the next ones are passages. Choose a passage.
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(atlas.details('Algeria – Spain')).toBeVisible();
    // The search words are marked in the details' excerpts too.
    await expect(atlas.details('Algeria – Spain').locator('blockquote mark').first()).toBeVisible();

    await box.fill('egypt');
    await box.press('Enter');
    await expect(page.getByRole('region', { name: 'Focus: Egypt' })).toBeVisible();
    await box.fill('zzzz');
    await expect(results.getByText('Nothing matches.')).toBeVisible();
    await box.press('Escape');
    await expect(results).toBeHidden();
  });

  test('a copied address opens the same view in a fresh browser', async ({
    atlas,
    page,
    browser,
  }) => {
    await atlas.open();
    await atlas.setDomain('Demining', false);
    await atlas.selectFromList('Algeria – Spain');
    await atlas.waitForMapIdle();
    const box = page.getByRole('combobox', { name: /Search/ });
    await box.fill('cyber');
    await box.press('Escape');
    await page.getByText('Status and date').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('cyber');
    await expect.poll(() => new URL(page.url()).searchParams.get('filters')).toBe('1');
    const url = page.url();
    const zoom = await atlas.zoom();
    expect(new URL(url).searchParams.get('p')).toBe(DZ);
    expect(new URL(url).searchParams.get('hide')).toBe('demining');

    const context = await browser.newContext();
    const fresh = await context.newPage();
    const { AtlasDriver } = await import('./support/atlas');
    const other = new AtlasDriver(fresh);
    await other.open(url);
    await expect(other.details('Algeria – Spain')).toBeVisible();
    await expect(
      (await other.domains()).getByRole('checkbox', { name: /Demining/ }),
    ).not.toBeChecked();
    await expect(fresh.getByRole('combobox', { name: /Search/ })).toHaveValue('cyber');
    // Open panels come along: the details (the selection) and the status and date filters.
    await expect(fresh.getByRole('checkbox', { name: /Talks held/ })).toBeVisible();
    expect(await other.zoom()).toBeCloseTo(zoom, 1);
    expect(await other.listedTitles()).toEqual(['Algeria – Spain', 'Egypt – NATO']);
    await context.close();
  });

  test('back and forward step through the selections', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.selectFromList('Algeria – Spain');
    await atlas.selectFromList('Egypt – NATO');
    await page.goBack();
    await expect(atlas.details('Algeria – Spain')).toBeVisible();
    await page.goBack();
    await expect(atlas.details('Algeria – Spain')).toBeHidden();
    await expect(atlas.details('Egypt – NATO')).toBeHidden();
    await page.goForward();
    await expect(atlas.details('Algeria – Spain')).toBeVisible();
  });

  test('a garbled or stale address is ignored with a quiet notice, not a crash', async ({
    atlas,
    page,
  }) => {
    await atlas.open('/?p=no-such-partnership&match=sometimes&hide=astrology&map=oops&utm=1');
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Some settings in the address were not used' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('No partnership “no-such-partnership”');
    await expect(notice).toContainText('“match=sometimes”');
    await expect(notice).toContainText('No domain “astrology”');
    expect(await atlas.renderedArcIds()).toEqual([DZ, EG]);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
  });

  test('details: previous and next, and a citation copied with its translation and unknowns', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await atlas.selectFromList('Algeria – Spain');
    const details = atlas.details('Algeria – Spain');
    await expect(details.getByText('1 of 2')).toBeVisible();
    await details.getByRole('button', { name: 'Next →' }).click();
    const egypt = atlas.details('Egypt – NATO');
    await expect(egypt).toBeVisible();
    await expect(egypt.getByRole('button', { name: 'Next →' })).toBeDisabled();
    await egypt.getByRole('button', { name: '← Previous' }).click();
    await expect(details).toBeVisible();

    await details.getByRole('button', { name: 'Copy citation' }).first().click();
    await expect(details.getByText('Citation copied.').first()).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const quote = await details.locator('blockquote').first().textContent();
    expect(copied.split('\n')[0]).toBe(`«${quote ?? ''}»`);
    expect(copied).toContain('Our translation: ');
    expect(copied).toContain('publisher, date, URL unknown');
    // What the passage is evidence for, and the day the atlas was consulted.
    expect(copied).toMatch(/^Partnership: Algeria – Spain; Domain: /m);
    expect(copied).toMatch(/^Accessed .+ in Partnership Atlas$/m);
  });
});
