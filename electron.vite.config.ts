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
        // The certificate worker is its own entry: main starts it as out/main/certificate-worker.js.
        input: {
          main: path('./electron/main.ts'),
          'certificate-worker': path('./electron/services/certificates/certificate-worker.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
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
