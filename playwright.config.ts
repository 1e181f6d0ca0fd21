import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './test/e2e/support/find-browser';

const PORT = 4173;
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The site published under a sub-path with another dataset (`test:e2e` builds it). */
export const PUBLISHED_PORT = 4174;

export default defineConfig({
  testDir: 'test/e2e',
  // SwiftShader draws on the CPU; one worker keeps frames from starving each other on two cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: {
    timeout: 20_000,
    // Screenshot baselines: a few anti-aliased pixels may differ between runs, not a layer.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, threshold: 0.2, animations: 'disabled' },
  },
  // Baselines live beside the tests, one per name, with no platform suffix: the tests only ever run
  // in this Chromium under SwiftShader. They are written by `npm run test:screenshots:update` only;
  // a missing baseline fails the run instead of being written.
  snapshotPathTemplate: '{testDir}/__screenshots__/{arg}{ext}',
  updateSnapshots: 'none',
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: findBrowser(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    // The atlas's service worker would cache the whole build in every test's fresh context, and
    // answer requests that a test routes; only the offline test lets it in (offline.spec.ts).
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      // The production build, served as `npm run preview` serves it; `test:e2e` builds first.
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // `npm run build -- --data test/fixtures/published --base /atlas/ --out-dir dist-published`,
      // served under /atlas/ as GitHub Pages would serve a project.
      command: `npx vite preview --host 127.0.0.1 --port ${PUBLISHED_PORT} --strictPort --outDir dist-published --base /atlas/`,
      url: `http://127.0.0.1:${PUBLISHED_PORT}/atlas/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
