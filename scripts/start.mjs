#!/usr/bin/env node
// `npm start [-- --demo | FILE.juri]`: the desktop app, or browser mode where Electron cannot run.
//
// 1. Resolve the Electron binary in a child process (requiring `electron` downloads it on first
//    use). If that fails or takes longer than JURI_ELECTRON_TIMEOUT_MS (60 s), print one line and
//    run `npm run serve` with the same arguments.
// 2. Otherwise build with electron-vite, make sure better-sqlite3 is built for Electron's ABI
//    (the Node build is put back when Electron exits, so the CLI and the tests keep working),
//    and run Electron on this folder.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const args = process.argv.slice(2);
const timeoutMs = Number(process.env.JURI_ELECTRON_TIMEOUT_MS ?? 60_000);
const FALLBACK =
  'Electron tidak dapat diunduh di mesin ini; membuka mode peramban. / Electron binary unavailable; starting browser mode.';

/** Runs a command, inheriting stdio; resolves with its exit code (signals forwarded). */
function run(command, commandArgs, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** The Electron executable, or null when it is missing and cannot be downloaded in time. */
function resolveElectron() {
  if (process.env.JURI_BROWSER_MODE === '1') return Promise.resolve(null);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', "console.log(require('electron'))"], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', () => resolve(null));
    child.on('exit', (code) => {
      clearTimeout(timer);
      const path = out.trim().split(/\r?\n/).at(-1) ?? '';
      resolve(code === 0 && path && existsSync(path) ? path : null);
    });
  });
}

/** `npm run serve -- …`; a bare FILE.juri becomes `--open FILE.juri`. */
function browserMode() {
  const serveArgs = args
    .map((a, i) => (/\.juri$/i.test(a) && !a.startsWith('-') && args[i - 1] !== '--open' ? ['--open', a] : [a]))
    .flat();
  const npmArgs = ['run', 'serve', '--', ...serveArgs];
  // Under `npm start`, npm_execpath is npm's own script: no shell needed, paths with spaces are safe.
  return process.env.npm_execpath
    ? run(process.execPath, [process.env.npm_execpath, ...npmArgs])
    : run(process.platform === 'win32' ? 'npm.cmd' : 'npm', npmArgs, { shell: process.platform === 'win32' });
}

const sqliteWorksIn = (electron) =>
  spawnSync(electron, ['-e', "require('better-sqlite3')(':memory:').close()"], {
    cwd: root,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: 'ignore',
  }).status === 0;

/**
 * better-sqlite3 is compiled for one ABI. Keep a copy of each build in node_modules/.cache/juri
 * and swap the Electron one in while Electron runs. Returns a function that puts the Node build back.
 */
async function useElectronSqlite(electron) {
  if (sqliteWorksIn(electron)) return () => {};
  const binary = join(require.resolve('better-sqlite3/package.json'), '..', 'build', 'Release', 'better_sqlite3.node');
  const cache = join(root, 'node_modules', '.cache', 'juri');
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const electronCopy = join(
    cache,
    `better_sqlite3-electron-${electronVersion}-${process.platform}-${process.arch}.node`,
  );
  const nodeCopy = join(
    cache,
    `better_sqlite3-node-${process.versions.modules}-${process.platform}-${process.arch}.node`,
  );
  mkdirSync(cache, { recursive: true });
  if (existsSync(binary)) copyFileSync(binary, nodeCopy);
  const restore = () => {
    if (!existsSync(nodeCopy)) return;
    mkdirSync(dirname(binary), { recursive: true });
    copyFileSync(nodeCopy, binary);
  };
  if (existsSync(electronCopy)) {
    copyFileSync(electronCopy, binary);
  } else {
    console.log('Menyiapkan better-sqlite3 untuk Electron… / Rebuilding better-sqlite3 for Electron…');
    const code = await run(process.execPath, [require.resolve('electron-builder/install-app-deps.js')]);
    if (code !== 0 || !sqliteWorksIn(electron)) {
      restore();
      throw new Error(
        'better-sqlite3 could not be built for Electron: see docs/desktop.md (npm run rebuild:electron).',
      );
    }
    copyFileSync(binary, electronCopy);
  }
  return restore;
}

async function main() {
  const electron = await resolveElectron();
  if (!electron) {
    console.log(FALLBACK);
    return browserMode();
  }
  const built = await run(process.execPath, [
    join(dirname(require.resolve('electron-vite')), '..', 'bin', 'electron-vite.js'),
    'build',
  ]);
  if (built !== 0) return built;
  const restore = await useElectronSqlite(electron);
  try {
    return await run(electron, [root, ...args]);
  } finally {
    restore();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
