// @vitest-environment jsdom
/**
 * A render error in one panel is caught by its boundary and said in the interface language; the
 * panels beside it keep working, and a chunk that failed offers Retry.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../src/core/messages';
import { ErrorBoundary, failedModuleUrl, isChunkFailure } from '../../src/ui/ErrorBoundary';
import { Words } from '../../src/ui/i18n';

afterEach(cleanup);
beforeAll(() => loadMessages('ar'));

function Broken(): never {
  throw new Error('a bug in a panel');
}

describe('the error boundary', () => {
  it('catches a render error in its panel; the panel beside it keeps working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Words language="en">
        <ErrorBoundary area="boundary.area.details">{() => <Broken />}</ErrorBoundary>
        <ErrorBoundary area="boundary.area.sidebar">
          {() => <button type="button">Still here</button>}
        </ErrorBoundary>
      </Words>,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Something went wrong while showing the partnership’s details.',
    );
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Still here' }));
  });

  it('speaks Arabic in the Arabic interface, and offers Retry for a chunk that failed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    const onRetry = vi.fn(() => {
      fail = false;
    });
    function Chunk() {
      if (fail)
        throw new TypeError(
          'Failed to fetch dynamically imported module: http://localhost:3000/assets/BriefingPanel-x.js',
        );
      return <p>Loaded</p>;
    }
    render(
      <Words language="ar">
        <ErrorBoundary area="boundary.area.briefing" onRetry={onRetry}>
          {() => <Chunk />}
        </ErrorBoundary>
      </Words>,
    );
    expect(screen.getByRole('alert').textContent).toContain('تعذّر تحميل جزء من الأطلس (الإحاطة)');
    await userEvent.click(screen.getByRole('button', { name: 'إعادة المحاولة' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(screen.getByText('Loaded')).toBeTruthy();
  });

  it('tells a chunk that failed from other errors, and names its address when the browser does', () => {
    const chromium = new TypeError(
      `Failed to fetch dynamically imported module: ${window.location.origin}/assets/A-1.js`,
    );
    expect(isChunkFailure(chromium)).toBe(true);
    expect(failedModuleUrl(chromium)).toBe(`${window.location.origin}/assets/A-1.js`);
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(isChunkFailure(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(
      failedModuleUrl(
        new TypeError('Failed to fetch dynamically imported module: https://evil.example/x.js'),
      ),
    ).toBeNull();
    expect(isChunkFailure(new Error('a bug'))).toBe(false);
  });
});
