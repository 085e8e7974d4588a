import { defineConfig } from '@playwright/test';

const ci = Boolean(process.env.CI);

/** Renderer tests: Debian's Chromium against the browser-mode host, one fresh host per test (tests/e2e/fixtures.ts). */
export default defineConfig({
  testDir: 'tests/e2e',
  // One demo award made per run; `juri.startWith(['--demo'])` puts a copy in the host's data folder.
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 2,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  reporter: 'list',
  timeout: 30_000,
  use: {
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    locale: 'id-ID',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
