/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import ts from 'typescript';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';

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

/** The most the service worker may cache at install (issue 21's budget). */
const PRECACHE_BUDGET_BYTES = 20 * 1024 * 1024;

/**
 * Writes `sw.js` (`src/offline/service-worker.ts`, compiled) at the build's root once every file is
 * written, with the list of those files to cache at install and a version that changes with them.
 * A build whose files exceed the budget fails, naming the total.
 */
function offlinePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlas-offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const files: string[] = [];
      const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (name !== 'sw.js' && !name.endsWith('.map')) files.push(relative(outDir, path));
        }
      };
      walk(outDir);
      files.sort();
      const bytes = files.reduce((sum, file) => sum + statSync(join(outDir, file)).size, 0);
      if (bytes > PRECACHE_BUDGET_BYTES) {
        throw new Error(
          `the service worker would cache ${(bytes / 1e6).toFixed(1)} MB, over its ${(PRECACHE_BUDGET_BYTES / 1e6).toFixed(0)} MB budget`,
        );
      }
      const version = createHash('sha256')
        .update(files.join('\n'))
        .update(readFileSync(join(outDir, 'index.html')))
        .digest('hex')
        .slice(0, 16);
      const source = readFileSync(
        resolve(import.meta.dirname, 'src/offline/service-worker.ts'),
        'utf8',
      );
      const compiled = ts.transpileModule(source, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      const list = JSON.stringify(['./', ...files.map((file) => file.split('\\').join('/'))]);
      writeFileSync(
        join(outDir, 'sw.js'),
        compiled
          .replace('__ATLAS_VERSION__', version)
          .replace("'__ATLAS_FILES__'", JSON.stringify(list)),
      );
      config.logger.info(
        `Service worker: ${files.length} files (${(bytes / 1e6).toFixed(1)} MB) cached at install, version ${version}`,
      );
    },
  };
}

const CROSS_ORIGIN_ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offlinePlugin()],
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
