/**
 * The one file of the browser tests that knows how the atlas is built: specs say what a user does
 * (`atlas.selectFromList('Egypt – NATO')`) and what they should see; this driver does it.
 * Every test also gets a guard that fails it if the page requests another origin or logs an error.
 */
import '../../../src/map/map-probe';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export interface RgbCount {
  /** Pixels within the tolerance of the colour. */
  matching: number;
  /** Distinct colours in the sample (a blank canvas has one). */
  distinct: number;
}

export class AtlasDriver {
  constructor(readonly page: Page) {}

  /** Opens the atlas and waits until the map has drawn the data. */
  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(
      this.page.getByRole('heading', { level: 1, name: /^(Partnership Atlas|أطلس الشراكات)$/ }),
    ).toBeVisible();
    await this.waitForMapIdle();
  }

  async waitForMapIdle(): Promise<void> {
    await this.page.waitForFunction(() => window.__atlasMap !== undefined);
    await this.page.evaluate(() => window.__atlasMap?.waitForIdle());
  }

  get map(): Locator {
    return this.page.getByTestId('map');
  }

  /** Shows the seed again from the Datasets dialog, and waits for the atlas to start on it. */
  async showSeed(): Promise<void> {
    await this.page.getByRole('button', { name: 'Datasets' }).click();
    await this.page
      .getByRole('dialog', { name: 'Datasets' })
      .getByRole('listitem')
      .filter({ hasText: 'The atlas’s seed data' })
      .getByRole('button', { name: 'Show' })
      .click();
    await expect(this.page.locator('.tagline')).toHaveText(
      'Mediterranean security partnerships (seed)',
    );
  }

  get list(): Locator {
    return this.page.getByRole('region', { name: 'Partnerships', exact: true });
  }

  get filter(): Locator {
    return this.page.getByRole('group', { name: 'Cooperation domains', exact: true });
  }

  /** The domain filter, its fold opened first (it starts folded, the partnerships first). */
  async domains(): Promise<Locator> {
    const fold = this.page.locator('details.domain-fold');
    if (!(await fold.evaluate((element: HTMLDetailsElement) => element.open))) {
      await fold.locator('summary').click();
    }
    await expect(this.filter).toBeVisible();
    return this.filter;
  }

  /** Opens _Datasets_ → _Import a file…_ with `file` chosen; returns the import dialog. */
  async importFile(file: Parameters<Locator['setInputFiles']>[0]): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Datasets' }).click();
    await this.page.getByRole('button', { name: 'Import a file…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import partnerships' });
    await dialog.getByLabel('File to import').setInputFiles(file);
    return dialog;
  }

  details(title: string): Locator {
    return this.page.getByRole('complementary', { name: title });
  }

  async renderedArcIds(): Promise<string[]> {
    await this.waitForMapIdle();
    const ids = await this.page.evaluate(() => window.__atlasMap?.renderedArcIds() ?? []);
    return ids.sort();
  }

  async renderedActorIds(): Promise<string[]> {
    await this.waitForMapIdle();
    const ids = await this.page.evaluate(() => window.__atlasMap?.renderedActorIds() ?? []);
    return ids.sort();
  }

  /** How many features of a style layer are drawn in the current view. */
  async renderedCount(layer: string): Promise<number> {
    await this.waitForMapIdle();
    return this.page.evaluate((id) => window.__atlasMap?.renderedCount(id) ?? 0, layer);
  }

  /** Opacity of the pairs' ribbons (below 1 while another link is hovered or an actor in focus). */
  async linkOpacity(): Promise<number> {
    return this.page.evaluate(() => window.__atlasMap?.linkOpacity() ?? Number.NaN);
  }

  async paintProperty(layer: string, name: string): Promise<unknown> {
    return this.page.evaluate(([id, property]) => window.__atlasMap?.paintProperty(id, property), [
      layer,
      name,
    ] as const);
  }

  /** The colour drawn at a [lon, lat] point of the map: the mean of a 5 × 5 pixel square. */
  async colourAt(lon: number, lat: number): Promise<[number, number, number]> {
    await this.waitForMapIdle();
    const around = await this.page.evaluate(
      ([lon, lat]) => window.__atlasMap?.project(lon, lat) ?? null,
      [lon, lat] as const,
    );
    if (!around) throw new Error('no map');
    return (await this.sample({ around, radius: 2.5 })).mean;
  }

  async layoutProperty(layer: string, name: string): Promise<unknown> {
    await this.waitForMapIdle();
    return this.page.evaluate(([id, property]) => window.__atlasMap?.layoutProperty(id, property), [
      layer,
      name,
    ] as const);
  }

  /** Where a [lon, lat] point is on the map, relative to its container. */
  async project(lon: number, lat: number): Promise<{ x: number; y: number }> {
    await this.waitForMapIdle();
    const point = await this.page.evaluate(
      ([lon, lat]) => window.__atlasMap?.project(lon, lat) ?? null,
      [lon, lat] as const,
    );
    if (!point) throw new Error('no map');
    return point;
  }

  /** Names of the labels MapLibre placed in a box of the map (relative to its container). */
  async labelsIn(box: { x: number; y: number; width: number; height: number }): Promise<string[]> {
    await this.waitForMapIdle();
    return this.page.evaluate((b) => window.__atlasMap?.labelsIn(b) ?? [], box);
  }

  async basemapScale(): Promise<string | null> {
    await this.waitForMapIdle();
    return this.page.evaluate(() => window.__atlasMap?.basemapScale() ?? null);
  }

  async zoom(): Promise<number> {
    await this.waitForMapIdle();
    return this.page.evaluate(() => window.__atlasMap?.zoom() ?? NaN);
  }

  async listedTitles(): Promise<string[]> {
    return this.list.locator('.item-title').allTextContents();
  }

  async selectFromList(title: string): Promise<void> {
    await this.list.getByRole('button', { name: new RegExp(title) }).click();
    await expect(this.details(title)).toBeVisible();
  }

  /** A point on the arc, in page coordinates. */
  async arcPoint(id: string): Promise<{ x: number; y: number }> {
    await this.waitForMapIdle();
    const point = await this.page.evaluate(
      (arcId) => window.__atlasMap?.arcScreenPoint(arcId) ?? null,
      id,
    );
    const box = await this.map.boundingBox();
    if (!point || !box) throw new Error(`arc ${id} is not on the map`);
    return { x: box.x + point.x, y: box.y + point.y };
  }

  async hoverArc(id: string): Promise<void> {
    const { x, y } = await this.arcPoint(id);
    await this.page.mouse.move(x - 3, y - 3);
    await this.page.mouse.move(x, y, { steps: 3 });
  }

  async clickArc(id: string): Promise<void> {
    const { x, y } = await this.arcPoint(id);
    await this.page.mouse.click(x, y);
  }

  async setDomain(label: string, checked: boolean): Promise<void> {
    await (await this.domains()).getByRole('checkbox', { name: label }).setChecked(checked);
  }

  /**
   * Counts pixels of the map canvas near a colour, in a square of `radius` CSS pixels around a
   * point of the map (or over the whole canvas).
   */
  async mapPixels(
    rgb: [number, number, number],
    options: { around?: { x: number; y: number }; radius?: number; tolerance?: number } = {},
  ): Promise<RgbCount> {
    await this.waitForMapIdle();
    const { matching, distinct } = await this.sample({
      rgb,
      around: options.around ?? null,
      radius: options.radius ?? 6,
      tolerance: options.tolerance ?? 40,
    });
    return { matching, distinct };
  }

  /**
   * Reads the map canvas (kept readable by `preserveDrawingBuffer`) in the page: a square of
   * `radius` CSS pixels around a point, or the whole canvas. Returns the mean colour, the number of
   * distinct colours, and how many pixels are within `tolerance` of `rgb`.
   */
  private sample(options: {
    around: { x: number; y: number } | null;
    radius: number;
    rgb?: [number, number, number];
    tolerance?: number;
  }): Promise<RgbCount & { mean: [number, number, number] }> {
    return this.page.evaluate(({ around, radius, rgb, tolerance }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
      if (!canvas) throw new Error('no map canvas');
      const scale = canvas.width / canvas.clientWidth;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(canvas, 0, 0);
      const x0 = around ? Math.max(0, Math.round((around.x - radius) * scale)) : 0;
      const y0 = around ? Math.max(0, Math.round((around.y - radius) * scale)) : 0;
      const size = around ? Math.max(1, Math.round(radius * 2 * scale)) : 0;
      const w = around ? Math.min(size, copy.width - x0) : copy.width;
      const h = around ? Math.min(size, copy.height - y0) : copy.height;
      const data = context.getImageData(x0, y0, w, h).data;
      let matching = 0;
      const sum = [0, 0, 0];
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i] ?? 0;
        const g = data[i + 1] ?? 0;
        const b = data[i + 2] ?? 0;
        sum[0] = (sum[0] ?? 0) + r;
        sum[1] = (sum[1] ?? 0) + g;
        sum[2] = (sum[2] ?? 0) + b;
        colours.add((r << 16) | (g << 8) | b);
        if (
          rgb &&
          Math.abs(r - rgb[0]) + Math.abs(g - rgb[1]) + Math.abs(b - rgb[2]) <= (tolerance ?? 0)
        ) {
          matching++;
        }
      }
      const pixels = Math.max(1, data.length / 4);
      const mean = sum.map((v) => Math.round(v / pixels)) as [number, number, number];
      return { matching, distinct: colours.size, mean };
    }, options);
  }

  /**
   * Imports a links table (and a locations table) through Datasets → Import a file…, checks the
   * rows, and shows the new dataset under `name` once all `count` rows are found importable.
   */
  async importTables(
    links: { name: string; text: string },
    locations: { name: string; text: string } | null,
    name: string,
    /** Rows kept (all of them, or of how many when some repeat or are refused). */
    count: number | { kept: number; rows: number },
  ): Promise<void> {
    const { kept, rows } = typeof count === 'number' ? { kept: count, rows: count } : count;
    const file = (f: { name: string; text: string }) => ({
      name: f.name,
      mimeType: 'text/csv',
      buffer: Buffer.from(f.text),
    });
    await this.page.getByRole('button', { name: 'Datasets' }).click();
    await this.page.getByRole('button', { name: 'Import a file…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import partnerships' });
    await dialog.getByLabel('File to import').setInputFiles(file(links));
    if (locations) await dialog.getByLabel('Locations file').setInputFiles(file(locations));
    await dialog.getByRole('button', { name: 'Check the rows' }).click();
    await expect(
      dialog.getByText(`${grouped(kept)} of ${grouped(rows)} rows can be imported.`, {
        exact: false,
      }),
    ).toBeVisible();
    await dialog.getByLabel('Name of the new dataset').fill(name);
    await dialog
      .getByRole('button', { name: `Import ${grouped(kept)} partnerships and show them` })
      .click();
    await expect(this.page.locator('.tagline')).toHaveText(name);
    await this.waitForMapIdle();
  }

  /** The map point of an arc, relative to the map container (for mapPixels). */
  async arcMapPoint(id: string): Promise<{ x: number; y: number }> {
    await this.waitForMapIdle();
    const point = await this.page.evaluate(
      (arcId) => window.__atlasMap?.arcScreenPoint(arcId) ?? null,
      id,
    );
    if (!point) throw new Error(`arc ${id} is not on the map`);
    return point;
  }
}

/** A count as the interface writes it in English (grouped from five digits). */
const grouped = (n: number) => new Intl.NumberFormat('en', { useGrouping: 'min2' }).format(n);

export const test = base.extend<{ atlas: AtlasDriver; guard: undefined }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(undefined);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  atlas: async ({ page }, use) => {
    await use(new AtlasDriver(page));
  },
});

export { expect };
