import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { placeDemoFile } from '../helpers/demo-copy';
import { DEMO_SEED_ENV } from './global-setup';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVE = join(ROOT, 'electron/host/web/serve.ts');
/** Loads the host's packages natively, then tsx (as `--import tsx`): a quicker start for every test. */
const PRELOAD = pathToFileURL(join(ROOT, 'tests/e2e/host-preload.mjs')).href;
const START_TIMEOUT_MS = 60_000;

/**
 * A browser-mode host for one test, on its own temporary data folder. Nothing runs until the test
 * starts it (`await page.goto(await juri.start())`), so a test that wants `--demo` starts one host, not two.
 */
export interface JuriHost {
  /** Full address with `#token=…` of the running host. */
  url: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  token: string;
  dataDir: string;
  /** Starts the host (stopping a running one) with these extra serve.ts arguments. Returns the url. */
  start(args?: string[]): Promise<string>;
  /**
   * Stops the host gracefully (the award is closed, its WAL checkpointed) and starts a new one on the
   * same data folder with the same extra arguments: a new port and token, the same files. Returns the new url.
   */
  restart(): Promise<string>;
  /**
   * Like restart, but with these extra serve.ts arguments (e.g. `['--demo']`, `['--open', path]`).
   * With `--demo` and no demo file in the data folder yet, a copy of the run's demo award (made once
   * by tests/e2e/global-setup.ts) is put there first, which the host opens as it would its own.
   */
  startWith(args: string[]): Promise<string>;
}

interface Running {
  child: ChildProcess;
  url: string;
  port: number;
  token: string;
}

function start(dataDir: string, args: string[]): Promise<Running> {
  const child = spawn(
    process.execPath,
    ['--import', PRELOAD, SERVE, '--port', '0', '--json', '--data-dir', dataDir, ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    },
  );
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`Juri web host did not start: ${why}\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`no JSON line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => fail(`exited with ${code ?? signal}`);
    child.once('exit', onExit);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (!line || !stdout.includes('\n')) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      try {
        const info = JSON.parse(line) as { url: string; port: number; token: string };
        resolve({ child, ...info });
      } catch (error) {
        fail(`bad JSON line ${line}: ${String(error)}`);
      }
    });
  });
}

async function stop(running: Running | undefined): Promise<void> {
  const child = running?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<{ juri: JuriHost }>({
  // eslint-disable-next-line no-empty-pattern
  juri: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'juri-e2e-'));
    let extra: string[] = [];
    let running: Running | undefined;
    const launch = async (args: string[]) => {
      await stop(running);
      running = undefined;
      extra = args;
      const seed = process.env[DEMO_SEED_ENV];
      if (seed && args.includes('--demo')) placeDemoFile(seed, dataDir);
      running = await start(dataDir, extra);
      return running.url;
    };
    const live = (): Running => {
      if (!running) throw new Error('the Juri host is not running: `await juri.start()` first');
      return running;
    };
    const host: JuriHost = {
      get url() {
        return live().url;
      },
      get origin() {
        return `http://127.0.0.1:${live().port}`;
      },
      get token() {
        return live().token;
      },
      dataDir,
      start: (args = []) => launch(args),
      restart: () => launch(extra),
      startWith: (args) => launch(args),
    };
    try {
      await use(host);
    } finally {
      await stop(running);
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };
