/**
 * Lookups by own key only, checked messages and web addresses: user text such as "constructor" or
 * "__proto__" is never found on a prototype, a presenter-channel message is used only when it is
 * exactly ours, and a source's address is a link only when it is http: or https:.
 */
import { describe, expect, it } from 'vitest';
import { readStatus } from '../../src/core/import/links-table';
import { readPresenterMessage } from '../../src/core/presenter-message';
import { isWebAddress } from '../../src/core/source-line';
import { translator } from '../../src/core/messages';
import { validateDataset } from '../../src/core/validate';
import { seedJson } from './helpers';

const { say } = translator('en');

describe('lookups by own key', () => {
  it('reads no status from a prototype’s name', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(readStatus(word)).toBeUndefined();
    expect(readStatus('signed')).toBe('agreement-signed');
  });
});

describe('presenter-channel messages', () => {
  const state = {
    type: 'state',
    language: 'ar',
    presenting: true,
    deckTitle: 'Deck',
    count: 2,
    current: { position: 1, title: 'A', notes: '', excerpt: null },
    next: null,
  };

  it('keeps our own messages, field by field', () => {
    expect(readPresenterMessage(state)).toEqual(state);
    expect(readPresenterMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(readPresenterMessage({ type: 'step', step: -1 })).toEqual({ type: 'step', step: -1 });
    expect(readPresenterMessage({ ...state, extra: '<script>' })).toEqual(state);
  });

  it('drops anything else', () => {
    for (const bad of [
      null,
      'state',
      [],
      { type: 'state', language: 'constructor' },
      { ...state, language: '__proto__' },
      { ...state, count: -1 },
      { ...state, current: { position: 1, title: 5, notes: '', excerpt: null } },
      { ...state, current: { ...state.current, excerpt: { text: 'x' } } },
      { type: 'step', step: 2 },
      { type: 'step', step: 'constructor' },
      { type: 'constructor' },
    ])
      expect(readPresenterMessage(bad)).toBeNull();
  });
});

describe('web addresses', () => {
  it('links http: and https: only', () => {
    expect(isWebAddress('https://example.org/a')).toBe(true);
    expect(isWebAddress('http://example.org')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'vbscript:msgbox',
      'http://[',
      '',
    ])
      expect(isWebAddress(url)).toBe(false);
  });

  it('refuses a source whose address is not http: or https:, naming the field', () => {
    const d = seedJson();
    const [source] = d.sources;
    if (!source) throw new Error('seed changed');
    source.url = 'javascript:alert(document.domain)';
    const result = validateDataset(d, { file: 'x.json', curated: false });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => `${i.field}: ${say(i.message)}`)).toEqual([
      'url: is not a web address (it must start with http: or https:)',
    ]);
  });
});
