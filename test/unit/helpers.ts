/** Shared fixtures for unit tests: the seed dataset as files on disk, and ways to break it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/core/types';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DATA = join(ROOT, 'data');

export function readData(path: string): string {
  return readFileSync(join(DATA, path), 'utf8');
}

/** The seed dataset as parsed JSON (not validated), a fresh copy each call. */
export function seedJson(): Dataset {
  return JSON.parse(readData('atlas.json')) as Dataset;
}

/** The text of every source the seed names, keyed as the dataset names them. */
export function seedSourceTexts(): Map<string, string | undefined> {
  return new Map(seedJson().sources.map((s) => [s.file, readData(s.file)]));
}
