import { readFileSync } from 'node:fs';
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
