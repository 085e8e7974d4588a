import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // vitest's default is one worker fewer than the cores: one on a 2-core CI machine, so one core
    // idles. Two forks use both; a third made CPU-heavy tests (PDFs, RSA) miss their timeouts on a
    // loaded machine.
    maxWorkers: 2,
    // One demo award built per run and copied per test (tests/helpers/demo-award.ts).
    globalSetup: ['tests/helpers/global-setup.ts'],
  },
});
