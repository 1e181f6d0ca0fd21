/**
 * Limits, each named in the message that refuses more: an import's size, a table's columns, JSON
 * nesting (with the line), and a text too long for the browser told from one in another encoding.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { decodeBytes } from '../../src/core/import/decode';
import { jsonTooDeep, LIMITS, megabytes } from '../../src/core/limits';
import { translator } from '../../src/core/messages';
import { parseDeck } from '../../src/core/deck-schema';
import { formatIssue, parseDataset } from '../../src/core/validate';
import { openDatasetLibrary } from '../../src/data/dataset-library';
import { createImportInlineClient } from '../../src/data/import-inline-client';
import { IMPORT_ASSETS, IMPORT_FILES, repositoryFetch } from './helpers';

const words = translator('en');
const client = () =>
  createImportInlineClient(repositoryFetch(IMPORT_FILES), IMPORT_ASSETS, () =>
    openDatasetLibrary({ factory: new IDBFactory() }),
  );
const bytes = (text: string) => new TextEncoder().encode(text);

describe('limits', () => {
  it('finds JSON nested too deep, with its line and column, skipping brackets in strings', () => {
    const ok = `{"a": "${'['.repeat(200)}", "b": [[1]]}`;
    expect(jsonTooDeep(ok)).toBeNull();
    const deep = `{\n  "x": ${'['.repeat(70)}${']'.repeat(70)}\n}`;
    expect(jsonTooDeep(deep)).toEqual({ line: 2, column: 8 + 63 });
    const escaped = `{"a": "\\"${'{'.repeat(100)}"}`;
    expect(jsonTooDeep(escaped)).toBeNull();
  });

  it('refuses a dataset or a deck nested deeper than 64 levels, naming the line', () => {
    const text = `{\n"version": 1,\n"actors": ${'['.repeat(65)}${']'.repeat(65)}}`;
    for (const result of [
      parseDataset(text, { file: 'deep.json' }),
      parseDeck(text, 'deep.json'),
    ]) {
      expect(result.ok).toBe(false);
      const issues = result.ok ? [] : result.issues;
      expect(issues.map((i) => formatIssue(i, words))).toEqual([
        'deep.json: nests arrays and objects deeper than 64 levels, at line 3, column 74',
      ]);
    }
  });

  it('refuses an import over 200 MB, a table over 500 columns and deep JSON, each limit named', async () => {
    const importer = client();
    const big = new Uint8Array(LIMITS.importBytes + 1);
    const tooBig = await importer.open('huge.csv', big, undefined, () => undefined);
    expect(tooBig.ok ? '' : words.say(tooBig.message)).toBe(
      'it is 200 MB; files of up to 200 MB can be imported',
    );
    const wide = `${Array.from({ length: 501 }, (_, i) => `c${i}`).join(',')}\n${'1,'.repeat(500)}1\n`;
    const columns = await importer.open('wide.csv', bytes(wide), undefined, () => undefined);
    expect(columns.ok ? '' : words.say(columns.message)).toBe(
      'it has 501 columns; a table may have at most 500',
    );
    const fine = `${Array.from({ length: 500 }, (_, i) => `c${i}`).join(',')}\n`;
    expect(
      (await importer.open('fine.csv', bytes(`${fine}${fine}`), undefined, () => undefined)).ok,
    ).toBe(true);
    const deep = await importer.open(
      'deep.geojson',
      bytes(`${'['.repeat(100)}${']'.repeat(100)}`),
      undefined,
      () => undefined,
    );
    expect(deep.ok ? '' : words.say(deep.message)).toBe(
      'nests arrays and objects deeper than 64 levels, at line 1, column 65',
    );
  });

  it('says sizes as the messages give them', () => {
    expect(megabytes(LIMITS.importBytes)).toBe('200 MB');
    expect(megabytes(LIMITS.deckBytes)).toBe('5 MB');
    expect(megabytes(3.4 * 1024 * 1024)).toBe('3.4 MB');
  });

  it('tells bytes in another encoding from a text too long to hold', () => {
    expect(decodeBytes(new Uint8Array([0xe9, 0x74, 0xe9])).how).toBe('guessed');
    const decode = vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(() => {
      throw new RangeError('Invalid string length');
    });
    try {
      expect(() => decodeBytes(bytes('x'))).toThrow(RangeError);
    } finally {
      decode.mockRestore();
    }
  });
});
