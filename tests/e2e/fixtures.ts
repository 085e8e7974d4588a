import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVE = join(ROOT, 'electron/host/web/serve.ts');
const START_TIMEOUT_MS = 60_000;

/** A browser-mode host started for one test, on its own temporary data folder. */
export interface JuriHost {
  /** Full address with `#token=…`: `await page.goto(juri.url)`. */
  url: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  token: string;
  dataDir: string;
  /**
   * Stops the host gracefully (the award is closed, its WAL checkpointed) and starts a new one on the
   * same data folder with the same extra arguments: a new port and token, the same files. Returns the new url.
   */
  restart(): Promise<string>;
  /** Like restart, but with these extra serve.ts arguments (e.g. `['--demo']`, `['--open', path]`). */
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
    ['--import', 'tsx', SERVE, '--port', '0', '--json', '--data-dir', dataDir, ...args],
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
    let running: Running | undefined = await start(dataDir, extra);
    const origin = () => `http://127.0.0.1:${running?.port ?? 0}`;
    const relaunch = async (args: string[]) => {
      await stop(running);
      running = undefined;
      extra = args;
      running = await start(dataDir, extra);
      return running.url;
    };
    const host: JuriHost = {
      get url() {
        return running?.url ?? '';
      },
      get origin() {
        return origin();
      },
      get token() {
        return running?.token ?? '';
      },
      dataDir,
      restart: () => relaunch(extra),
      startWith: (args) => relaunch(args),
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
