/**
 * Reading exported images in the browser tests: whether the pixels at given boxes of a PNG are near
 * a colour, and where a partnership's parties are drawn in an image of the map.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { HEADER_HEIGHT } from '../../../src/core/export-layout';
import { palette } from '../../../src/core/palette';
import type { AtlasDriver } from './atlas';

export interface Actor {
  id: string;
  kind: 'state' | 'organization';
  anchor: { lon: number; lat: number };
}
export const dataset = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as {
  actors: Actor[];
  domains: { id: string; color: string }[];
  partnerships: { id: string; parties: string[]; domains: { domain: string }[] }[];
};
export const partiesOf = (id: string): Actor[] =>
  (dataset.partnerships.find((p) => p.id === id)?.parties ?? []).map((party) => {
    const actor = dataset.actors.find((a) => a.id === party);
    if (!actor) throw new Error(`no actor ${party}`);
    return actor;
  });

/** What the checks of an image ask: a colour near which pixels of a box. */
export interface Probe {
  name: string;
  box: { x: number; y: number; width: number; height: number };
  colour: string;
}

/**
 * For each probe, whether some pixel in its box is within a small distance of its colour, read
 * from a PNG (its bytes, or the address of an image in the page).
 */
export async function probeImage(page: Page, source: Buffer | string, probes: Probe[]) {
  return page.evaluate(
    async ({ base64, url, probes }) => {
      // The page's Content-Security-Policy lets it fetch blob: addresses, not data: ones.
      const blob = url
        ? await (await fetch(url)).blob()
        : new Blob([Uint8Array.from(atob(base64 ?? ''), (c) => c.charCodeAt(0))], {
            type: 'image/png',
          });
      const image = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(image, 0, 0);
      const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      const found: Record<string, boolean> = {};
      for (const { name, box, colour } of probes) {
        const [r, g, b] = rgb(colour);
        const data = context.getImageData(box.x, box.y, box.width, box.height).data;
        let hit = false;
        for (let i = 0; i < data.length && !hit; i += 4) {
          const d =
            Math.abs((data[i] ?? 0) - (r ?? 0)) +
            Math.abs((data[i + 1] ?? 0) - (g ?? 0)) +
            Math.abs((data[i + 2] ?? 0) - (b ?? 0));
          hit = d <= 36;
        }
        found[name] = hit;
      }
      return { width: image.width, height: image.height, found };
    },
    {
      base64: typeof source === 'string' ? null : source.toString('base64'),
      url: typeof source === 'string' ? source : null,
      probes,
    },
  );
}

/** Probes at each party's marker, where the map puts it, in an image of the map at `scale`. */
export async function markerProbes(atlas: AtlasDriver, partnership: string, scale: number) {
  const probes: Probe[] = [];
  for (const actor of partiesOf(partnership)) {
    const at = await atlas.project(actor.anchor.lon, actor.anchor.lat);
    probes.push({
      name: `marker ${actor.id}`,
      box: {
        x: Math.round(at.x * scale - 2),
        y: Math.round((HEADER_HEIGHT + at.y) * scale - 2),
        width: 4,
        height: 4,
      },
      colour: palette[actor.kind],
    });
  }
  return probes;
}
