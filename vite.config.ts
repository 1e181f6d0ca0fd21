/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import ts from 'typescript';
import { STANDALONE_SLOT } from './src/core/standalone';
import { build, defineConfig, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';

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
    // After every other plugin's: the standalone shell is one of the files it caches.
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
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
    },
  };
}

/** The standalone shell's file, beside `index.html` (read by `src/ui/share/standalone-page.ts`). */
const STANDALONE_SHELL = 'standalone-shell.html';
const MAPLIBRE_WORKER_URL = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
const MAPLIBRE_WORKER_DATA_URL = '\0maplibre-worker-data-url';

/**
 * In the standalone shell MapLibre's worker starts from a `data:` address: a `file://` page has no
 * worker file beside it, and Chromium starts no module worker from a Blob there.
 */
function maplibreWorkerAsDataUrl(): Plugin {
  return {
    name: 'atlas-maplibre-worker-data-url',
    enforce: 'pre',
    resolveId: (id) => (id === MAPLIBRE_WORKER_URL ? MAPLIBRE_WORKER_DATA_URL : undefined),
    load: (id) =>
      id === MAPLIBRE_WORKER_DATA_URL
        ? [
            "import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';",
            "export default 'data:text/javascript;charset=utf-8,' + encodeURIComponent(source);",
          ].join('\n')
        : undefined,
  };
}

/**
 * A stylesheet's fonts as WOFF2 alone: every browser that runs the atlas reads it, and the older
 * WOFF copies would add a third to the standalone page.
 */
const withoutWoff = (css: string) =>
  css.replace(/,\s*url\(data:font\/woff;base64,[^)]*\)\s*format\(["']woff["']\)/g, '');

/**
 * Folds the standalone build's script and styles into its HTML: one file. Inside an inline script
 * "</script" would end it early (escaped as "<\/script", the same string and the same regular
 * expression) and "<!--" could hide its end (a build whose code holds one fails); a build that
 * leaves anything else beside the page fails, naming it.
 */
function inlineIntoPage(output: Rolldown.OutputBundle): string {
  const files = Object.values(output);
  const html = files.find((file) => file.fileName.endsWith('.html'));
  if (html?.type !== 'asset') throw new Error('the standalone build wrote no page');
  let page = String(html.source);
  for (const file of files) {
    if (file === html) continue;
    const tag =
      file.type === 'chunk'
        ? new RegExp(`<script type="module" crossorigin src="[^"]*${file.fileName}"></script>`)
        : new RegExp(`<link rel="stylesheet" crossorigin href="[^"]*${file.fileName}">`);
    if (!tag.test(page))
      throw new Error(`the standalone page would need ${file.fileName} beside it`);
    const text = file.type === 'chunk' ? file.code : String(file.source);
    if (file.type === 'chunk' && text.includes('<!--')) {
      throw new Error(`${file.fileName} holds "<!--", which an inline script cannot carry`);
    }
    const inline =
      file.type === 'chunk'
        ? `<script type="module">${text.replace(/<\/script/gi, '<\\/script')}</script>`
        : `<style>${withoutWoff(text).replace(/<\/style/gi, '<\\/style')}</style>`;
    page = page.replace(tag, () => inline);
  }
  const slots = page.split(STANDALONE_SLOT).length - 1;
  if (slots !== 1) throw new Error(`the standalone page carries its slot ${slots} times, not once`);
  return page;
}

/**
 * Writes `standalone-shell.html` beside the site: the read-only atlas (`src/standalone/`) built as
 * one page, every script, style and font inside it, the slot for an atlas empty. Saving a standalone
 * page fills the slot (Share). Built by a second build of its own (a single chunk), once the site's
 * files are written.
 */
function standaloneShell(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlas-standalone-shell',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const result = await build({
        configFile: false,
        root: import.meta.dirname,
        base: './',
        mode: config.mode,
        logLevel: 'warn',
        plugins: [react(), maplibreWorkerAsDataUrl()],
        build: {
          write: false,
          target: 'es2022',
          // Fonts and the like inline, as data: addresses.
          assetsInlineLimit: () => true,
          cssCodeSplit: false,
          modulePreload: false,
          reportCompressedSize: false,
          chunkSizeWarningLimit: 4000,
          rolldownOptions: {
            input: resolve(import.meta.dirname, 'src/standalone/standalone.html'),
            output: { codeSplitting: false },
          },
        },
      });
      const outputs = Array.isArray(result) ? result : [result];
      const output = outputs[0];
      if (!output || !('output' in output)) throw new Error('the standalone build wrote nothing');
      const bundle = Object.fromEntries(output.output.map((file) => [file.fileName, file]));
      const page = inlineIntoPage(bundle);
      writeFileSync(join(resolve(config.root, config.build.outDir), STANDALONE_SHELL), page);
      config.logger.info(
        `Standalone shell: ${STANDALONE_SHELL} (${(Buffer.byteLength(page) / 1e6).toFixed(1)} MB)`,
      );
    },
  };
}

const CROSS_ORIGIN_ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), standaloneShell(), offlinePlugin()],
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
