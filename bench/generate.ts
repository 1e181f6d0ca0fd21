/**
 * `tsx bench/generate.ts [--out DIR] [--sizes 2,10000,…] [--seed N]`: writes seeded synthetic
 * datasets, each as DIR/<links>/atlas.json with its sources/ beside it, as the app expects.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dataset } from '../src/core/types';
import { syntheticDataset } from './synthetic';

export const DEFAULT_SIZES = [2, 10_000, 50_000, 200_000];

export function generate(out: string, sizes: readonly number[], seed = 20261123): void {
  const seedData = JSON.parse(readFileSync('data/atlas.json', 'utf8')) as Dataset;
  for (const links of sizes) {
    const { dataset, sources } = syntheticDataset(seedData.domains, { links, seed });
    const folder = join(out, String(links));
    mkdirSync(join(folder, 'sources'), { recursive: true });
    const json = JSON.stringify(dataset);
    writeFileSync(join(folder, 'atlas.json'), json);
    for (const [file, text] of sources) {
      mkdirSync(dirname(join(folder, file)), { recursive: true });
      writeFileSync(join(folder, file), text);
    }
    console.log(
      `${folder}/atlas.json: ${links.toLocaleString('en')} links, ${dataset.actors.length} actors, ${(json.length / 1e6).toFixed(1)} MB`,
    );
  }
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const sizes = argument('sizes')?.split(',').map(Number) ?? DEFAULT_SIZES;
  generate(argument('out') ?? 'dist/bench-data', sizes, Number(argument('seed') ?? 20261123));
}
