import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import renderer from './vite.renderer.config';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * One build for the desktop app (`npm run build`):
 * - main: ESM, dependencies stay in node_modules (better-sqlite3 is native);
 * - preload: one CommonJS file with everything bundled in, as a sandboxed preload must be;
 * - renderer: the same config as browser mode (vite.renderer.config.ts), out/renderer.
 */
export default defineConfig({
  main: {
    build: {
      outDir: path('./out/main'),
      externalizeDeps: true,
      sourcemap: true,
      rollupOptions: {
        // The workers are entries of their own: main starts them as out/main/<name>.js.
        input: {
          main: path('./electron/main.ts'),
          'certificate-worker': path('./electron/services/certificates/certificate-worker.ts'),
          'decision-worker': path('./electron/services/documents/decision-worker.ts'),
          'inspect-worker': path('./electron/services/merge/inspect-worker.ts'),
        },
        // Shared chunks sit beside the entries, so `new URL('./<worker>.js', import.meta.url)` in a
        // chunk and the fonts' relative path (fonts.ts) resolve as they do from main.js.
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: path('./out/preload'),
      externalizeDeps: false,
      minify: true,
      rollupOptions: {
        input: { preload: path('./electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    ...renderer,
    build: { ...renderer.build, minify: true, rollupOptions: { input: path('./renderer/index.html') } },
  },
});
