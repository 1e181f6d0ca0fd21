/** Builds the naive reference page into dist/naive/, beside the app, for `npm run bench`. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./naive', import.meta.url)),
  base: '/naive/',
  build: {
    outDir: fileURLToPath(new URL('../dist/naive', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
});
