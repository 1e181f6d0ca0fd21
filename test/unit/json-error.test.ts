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
});
