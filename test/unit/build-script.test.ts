import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

/** `npm run build -- …`, stopped before Vite for what it refuses. */
const build = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/build.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run build -- --data <folder> --base <path>', () => {
  it('names a folder without a dataset, and builds nothing', () => {
    const run = build('--data', 'test/fixtures/ingest');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--data test/fixtures/ingest: the folder has no atlas.json');
  });

  it('names a dataset that fails the data check, with its problems, and builds nothing', () => {
    const run = build('--data', 'test/fixtures/hostile', '--out-dir', 'dist-never');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/test\/fixtures\/hostile\/atlas\.json/);
    expect(run.stderr).toContain('does not pass the data check (above); nothing was built');
  });

  it('refuses a base that is not a path from the site’s root', () => {
    const run = build('--base', 'atlas');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--base atlas: a path that starts and ends with "/"');
  });

  it('refuses an option it does not know, naming the ones it does', () => {
    const run = build('--dataset', 'x');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown option --dataset');
  });
}, 60_000);
