import { describe, expect, it } from 'vitest';
import { findBrowser, INSTALL_HELP } from '../e2e/support/find-browser';

describe('findBrowser', () => {
  it('fails with install instructions when CHROME_PATH points nowhere', () => {
    expect(() => findBrowser({ CHROME_PATH: '/nonexistent/chrome' })).toThrow(
      /CHROME_PATH is set to "\/nonexistent\/chrome", but no file is there/,
    );
    expect(INSTALL_HELP).toMatch(/apt-get install -y chromium/);
  });

  it('uses CHROME_PATH when it exists', () => {
    expect(findBrowser({ CHROME_PATH: process.execPath })).toBe(process.execPath);
  });
});
