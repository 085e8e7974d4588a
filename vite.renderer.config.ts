import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/host/csp';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./out/renderer', import.meta.url));

/**
 * Puts the one CSP (electron/host/csp.ts) into index.html, so the page and the hosts never drift.
 * `frame-ancestors` is dropped from the meta copy only: browsers ignore it there and log an error;
 * the hosts send it in the header. The dev server injects an inline React preamble that this CSP
 * would block, so the meta is left out there.
 */
export const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'juri-csp',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) =>
        html.replace(
          /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/,
          ctx.server ? '' : `<meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`,
        ),
    },
  };
}

/** The renderer bundle: static files only (no inline scripts or styles), loaded by app:// or the web host. */
export default defineConfig({
  root,
  base: './',
  publicDir: 'public',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    target: 'chrome130',
    sourcemap: false,
    rollupOptions: {
      // zod's /* @__PURE__ */ comments in odd positions: harmless, and noisy in every build.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
});
