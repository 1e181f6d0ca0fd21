import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/atlas';

// This test alone lets the atlas's service worker in (the others block it).
test.use({ serviceWorkers: 'allow' });

/** The files the build's service worker caches at install (`sw.js`, written by the build). */
const precached = (): string[] => {
  const sw = readFileSync(join(import.meta.dirname, '../../dist/sw.js'), 'utf8');
  const match = /JSON\.parse\((".*?")\)/.exec(sw);
  if (!match?.[1]) throw new Error('sw.js lists no files');
  return JSON.parse(JSON.parse(match[1]) as string) as string[];
};

test('installed and offline: after one visit the atlas opens with no network, the 1:10m basemap at a zoom visited', async ({
  atlas,
  page,
  context,
}) => {
  const files = precached();
  const total = files
    .filter((file) => file !== './')
    .reduce(
      (sum, file) => sum + readFileSync(join(import.meta.dirname, '../../dist', file)).length,
      0,
    );
  expect(total).toBeLessThan(20 * 1024 * 1024);
  expect(files).toContain('manifest.webmanifest');
  expect(files.some((file) => /countries-10m-.*\.json$/.test(file))).toBe(true);

  await atlas.open();
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link
      ? ((await (await fetch(link.href)).json()) as { name: string; icons: unknown[] })
      : null;
  });
  expect(manifest?.name).toBe('Partnership Atlas');
  expect(manifest?.icons.length).toBeGreaterThanOrEqual(3);
  // The worker installs: every file of the build in its cache.
  await page.waitForFunction(
    async (count) => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (registration?.active?.state !== 'activated') return false;
      const names = await caches.keys();
      const cache = names[0] ? await caches.open(names[0]) : null;
      return (await cache?.keys())?.length === count;
    },
    files.length,
    { polling: 250, timeout: 60_000 },
  );
  await atlas.selectFromList('Egypt – NATO');
  // Up close: the finest basemap.
  for (let i = 0; i < 3; i++) {
    const zoom = await atlas.zoom();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => atlas.zoom()).toBeGreaterThan(zoom + 0.9);
  }
  await expect.poll(() => atlas.basemapScale()).toBe('10m');
  await atlas.waitForMapIdle();

  await context.setOffline(true);
  await page.reload();
  await atlas.waitForMapIdle();
  await expect(page.locator('.tagline')).toHaveText('Mediterranean security partnerships (seed)');
  expect(await atlas.renderedArcIds()).toContain('egy-nato-closer-cooperation');
  expect(await atlas.listedTitles()).toHaveLength(2);
  await expect.poll(() => atlas.basemapScale()).toBe('10m');
  const details = atlas.details('Egypt – NATO');
  await expect(details.locator('.excerpt-report').first()).toBeVisible();
  // Its excerpts are still checked against their texts, read from the cache.
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:evidence-checked').length > 0,
  );
  // The first visit installed no update to offer.
  await expect(page.locator('.update-offer')).toHaveCount(0);
  await context.setOffline(false);
});

test('a new version is offered, not while a presentation runs, and takes over only on Update now', async ({
  atlas,
  page,
}) => {
  const path = join(import.meta.dirname, '../../dist/sw.js');
  const built = readFileSync(path, 'utf8');
  const version = /const VERSION = '([0-9a-f]+)'/.exec(built)?.[1];
  if (!version) throw new Error('sw.js names no version');
  await atlas.open();
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.active?.state === 'activated' && navigator.serviceWorker.controller;
  });
  const cacheNames = () => page.evaluate(() => caches.keys());
  expect(await cacheNames()).toEqual([`partnership-atlas-${version}`]);
  try {
    // The site is deployed again: a build whose worker names another version.
    writeFileSync(path, built.replace(version, 'f'.repeat(version.length)));
    // Presenting when the browser finds it.
    await page.getByRole('button', { name: /^Briefing \(\d+ scenes\)$/ }).click();
    await page
      .getByRole('complementary', { name: 'Briefing' })
      .getByRole('button', { name: 'Present', exact: true })
      .first()
      .click();
    await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state === 'installed',
      undefined,
      { polling: 250, timeout: 60_000 },
    );
    // Not a word while presenting; the old version still serves.
    await page.waitForTimeout(500);
    await expect(page.locator('.update-offer')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Presentation' })).toBeHidden();
    const offer = page.locator('.update-offer');
    await expect(offer).toContainText('A new version of the atlas is ready.');
    // Later: put off, nothing changes.
    await offer.getByRole('button', { name: 'Later' }).click();
    await expect(offer).toHaveCount(0);
    expect(await cacheNames()).toContain(`partnership-atlas-${version}`);
    // Offered again on the next visit; Update now lets it take over, and the page reloads on it.
    await page.reload();
    await atlas.waitForMapIdle();
    await page.locator('.update-offer').getByRole('button', { name: 'Update now' }).click();
    await page.waitForEvent('load');
    await atlas.waitForMapIdle();
    await expect.poll(cacheNames).toEqual([`partnership-atlas-${'f'.repeat(version.length)}`]);
    await expect(page.locator('.update-offer')).toHaveCount(0);
  } finally {
    writeFileSync(path, built);
  }
});
