import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder where a test run keeps its one built demo award (see tests/helpers/demo-award.ts). */
export const DEMO_SEED_ENV = 'JURI_TEST_DEMO_SEED_DIR';

/**
 * Global setup of vitest and Playwright: one demo seed folder per run, shared by every worker
 * (they inherit the environment), removed at the end.
 */
export default function globalSetup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'juri-demo-seed-'));
  process.env[DEMO_SEED_ENV] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
