import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The demo award built once per run, which `juri.startWith(['--demo'])` copies for its host. */
export const DEMO_SEED_ENV = 'JURI_E2E_DEMO_SEED';

/**
 * Playwright's global setup: the shipping CLI makes the run's one demo award (`juri demo`, the same
 * createDemoAward the host calls); workers inherit its path. Removed at the end of the run.
 */
export default function globalSetup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'juri-e2e-seed-'));
  const seed = join(dir, 'demo.juri');
  const bin = fileURLToPath(new URL('../../bin/juri.mjs', import.meta.url));
  execFileSync(process.execPath, [bin, 'demo', seed], { stdio: ['ignore', 'ignore', 'inherit'] });
  process.env[DEMO_SEED_ENV] = seed;
  return () => rmSync(dir, { recursive: true, force: true });
}
