import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from '../../src/core/json-error';

describe('jsonErrorOffset', () => {
  it('accepts valid JSON of every kind', () => {
    for (const text of [
      '{}',
      '[]',
      ' {"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]} ',
      '"s"',
      '0',
    ]) {
      expect(jsonErrorOffset(text), text).toBeNull();
    }
  });

  it('points at the first character it cannot accept', () => {
    expect(jsonErrorOffset('{"a": [,]}')).toBe(7);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset("{'a': 1}")).toBe(1);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('{"a": "unterminated')).toBe(19);
    expect(jsonErrorOffset('[01]')).toBe(2);
  });

  it('gives 1-based lines and columns', () => {
    const text = '{\n  "a": 1,\n  "b": ]\n}';
    const offset = jsonErrorOffset(text);
    expect(offset).not.toBeNull();
    expect(lineAndColumn(text, offset ?? 0)).toEqual({ line: 3, column: 8 });
  });

  it('walks any depth without the call stack: a million brackets is a located error, not a crash', () => {
    const open = '['.repeat(1_000_000);
    expect(jsonErrorOffset(open)).toBe(open.length);
    const nested = `${'[{"a":'.repeat(100_000)}1${'}]'.repeat(100_000)}`;
    expect(jsonErrorOffset(nested)).toBeNull();
    expect(jsonErrorOffset(`${nested.slice(0, -1)}}`)).toBe(nested.length - 1);
  });

  it('agrees with JSON.parse on what is valid, over many mutated texts', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const base = '{"a": [1, -2.5e3, {"b": [true, false, null]}, "x\\n"], "c": {}}';
    const pieces = ['[', ']', '{', '}', ',', ':', '"', '1', 'e', '-', ' ', 'true', 'null'];
    for (let n = 0; n < 2000; n++) {
      let text = base;
      for (let k = 0; k < 1 + Math.floor(random() * 3); k++) {
        const at = Math.floor(random() * (text.length + 1));
        const piece = pieces[Math.floor(random() * pieces.length)] ?? '';
        text =
          random() < 0.5
            ? text.slice(0, at) + piece + text.slice(at)
            : text.slice(0, at) + text.slice(at + 1);
      }
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(jsonErrorOffset(text) === null, text).toBe(valid);
    }
  });
});
