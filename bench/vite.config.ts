/**
 * Builds the benchmark's reference pages beside the app, for `npm run bench`: the naive MapLibre
 * page into dist/naive/ (the default), with `--mode peer` the flowmap.gl page into dist/peer/, and
 * with `--mode renderers` the two link renderers' prototype into dist/renderers/.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig(({ mode }) => {
  const page = mode === 'peer' || mode === 'renderers' ? mode : 'naive';
  return {
    root: fileURLToPath(new URL(`./pages/${page}`, import.meta.url)),
    base: `/${page}/`,
    build: {
      outDir: fileURLToPath(new URL(`../dist/${page}`, import.meta.url)),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
    },
  };
});
