/**
 * Finds where a JSON text first goes wrong. `JSON.parse` says what is wrong but, depending on the
 * engine, not always where; this scanner walks the text by the JSON grammar and returns the offset
 * of the first character it cannot accept.
 */

class JsonSyntaxAt extends Error {
  constructor(readonly offset: number) {
    super(`JSON syntax error at offset ${offset}`);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Offset of the first syntax error, or null if the text is valid JSON. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw new JsonSyntaxAt(i);
  };
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text.charAt(i))) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text.charAt(i) !== ch) fail();
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail();
      const ch = text.charAt(i);
      if (ch === '"') {
        i++;
        return;
      }
      if (ch < ' ') fail();
      if (ch === '\\') {
        i++;
        const escape = text.charAt(i);
        if (escape === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text.charAt(i + k))) fail();
          i += 5;
        } else if ('"\\/bfnrt'.includes(escape) && escape !== '') i++;
        else fail();
      } else i++;
    }
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail();
    i += match?.[0].length ?? 0;
  };
  /** A member's key and its colon, inside an object. */
  const key = () => {
    skip();
    if (text.charAt(i) !== '"') fail();
    string();
    skip();
    if (text.charAt(i) !== ':') fail();
    i++;
  };
  /**
   * One value, with the objects and arrays it opens kept on a stack of our own rather than the
   * call stack: a file of a million "[" is a located error, not a stack overflow.
   */
  const value = (): void => {
    const open: ('{' | '[')[] = [];
    for (;;) {
      // A value starts here.
      skip();
      const ch = text.charAt(i);
      let closed = true;
      if (ch === '{' || ch === '[') {
        i++;
        skip();
        if (text.charAt(i) === (ch === '{' ? '}' : ']')) i++;
        else {
          open.push(ch);
          if (ch === '{') key();
          closed = false;
        }
      } else if (ch === '"') string();
      else if (ch === 't') literal('true');
      else if (ch === 'f') literal('false');
      else if (ch === 'n') literal('null');
      else number();
      if (!closed) continue;
      // After a value: a comma and the next member, or the end of the containers it closes.
      for (;;) {
        const container = open.at(-1);
        if (container === undefined) return;
        skip();
        const next = text.charAt(i);
        if (next === ',') {
          i++;
          if (container === '{') key();
          break;
        }
        if (next !== (container === '{' ? '}' : ']')) fail();
        i++;
        open.pop();
      }
    }
  };
  try {
    // A byte-order mark is not JSON, but editors add one: skip it as JSON.parse's callers do.
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    skip();
    return i < text.length ? i : null;
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return error.offset;
    throw error;
  }
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
