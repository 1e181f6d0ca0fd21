/**
 * `npm run build [-- --data <folder>] [--base /atlas/] [--out-dir dist]`: the static site, with the
 * dataset of another folder in place of the seed if asked. The folder holds what `data/` holds for
 * the seed: `atlas.json`, its `sources/*.txt` and, if any, `briefings/*.json`. It is checked first as
 * `npm run data:check` checks the seed (excerpts found in their texts, decks against the dataset):
 * a folder that fails is named with its problems, and nothing is built. `--base` is the path the
 * site is served under (GitHub Pages serves a project at `/<project>/`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  return at >= 0 ? args[at + 1] : undefined;
}

const known = new Set(['--data', '--base', '--out-dir']);
for (const arg of process.argv.slice(2)) {
  if (arg.startsWith('--') && !known.has(arg.split('=')[0] ?? '')) {
    console.error(
      `build: unknown option ${arg} (use --data <folder>, --base <path>, --out-dir <folder>)`,
    );
    process.exit(2);
  }
}

const data = argument('data');
const base = argument('base') ?? '/';
const outDir = argument('out-dir') ?? 'dist';
if (!base.startsWith('/') || !base.endsWith('/')) {
  console.error(`build: --base ${base}: a path that starts and ends with "/", such as /atlas/`);
  process.exit(2);
}
if (data !== undefined) {
  const folder = resolve(data);
  const atlas = join(folder, 'atlas.json');
  if (!existsSync(atlas)) {
    console.error(`build: --data ${data}: the folder has no atlas.json`);
    process.exit(2);
  }
  try {
    execFileSync('npx', ['tsx', join(import.meta.dirname, 'data-check.ts'), atlas], {
      stdio: 'inherit',
    });
  } catch {
    console.error(
      `build: --data ${data}: the dataset does not pass the data check (above); nothing was built`,
    );
    process.exit(1);
  }
  process.env.ATLAS_DATA = folder;
}
await build({ base, build: { outDir, emptyOutDir: true } });
console.log(
  `Built ${outDir}/ for ${base}${data === undefined ? '' : ` with the dataset of ${data}`}.`,
);
