/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The dataset the site ships (`@dataset` in `src/main.tsx`: its atlas.json, sources/ and briefings/):
 * `data/`, or the folder `npm run build -- --data <folder>` publishes (`scripts/build.ts` passes it
 * as ATLAS_DATA).
 */
const DATASET = resolve(import.meta.dirname, process.env.ATLAS_DATA ?? 'data');

/**
 * The Content-Security-Policy the production build ships, as a `<meta>` tag in `index.html`; a
 * server that sends headers should send the same policy (README). The strictest the atlas runs
 * under, measured by a browser test that walks a full visit and expects no violation: everything
 * from this site, workers and exported images also as `blob:`, images also as `data:`, no inline
 * script or style element, no plugins, no forms, no `<base>`.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self' blob:",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The build's `index.html` carries the Content-Security-Policy (not the dev server's: HMR is inline). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const CROSS_ORIGIN_ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  resolve: { alias: { '@dataset': DATASET } },
  build: {
    // Data files, source texts and the basemap stay separate files fetched at run time, never
    // inlined into the JavaScript.
    assetsInlineLimit: 0,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
  server: { port: 5173, headers: CROSS_ORIGIN_ISOLATION },
  // Cross-origin isolation lets the benchmark measure memory across threads
  // (performance.measureUserAgentSpecificMemory); the app loads nothing cross-origin anyway.
  preview: { port: 4173, strictPort: true, headers: CROSS_ORIGIN_ISOLATION },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    environment: 'node',
  },
});
