import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A child process with a message channel (structured-clone messages both ways). */
export interface ChildHandle {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once when the process ends or cannot start; `reason` says how, for the error shown. */
  onExit(listener: (reason: string) => void): void;
  kill(): void;
}

/** Starts `entry` (a JavaScript or, under tsx, TypeScript file) with these Node/V8 options. */
export type ProcessLauncher = (entry: string, execArgv: string[]) => ChildHandle;

/** Plain Node (CLI, web host, tests): `child_process.fork` with an IPC channel. */
export const forkLauncher: ProcessLauncher = (entry, execArgv) => {
  const child = fork(entry, [], {
    execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let ended = false;
  const exitListeners: ((reason: string) => void)[] = [];
  const end = (reason: string) => {
    if (ended) return;
    ended = true;
    for (const listener of exitListeners) listener(reason);
  };
  child.on('exit', (code, signal) => end(signal ?? `exit code ${code}`));
  child.on('error', (error) => end(error.message));
  return {
    send: (message) => {
      if (child.connected) child.send(message as never);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => exitListeners.push(listener),
    kill: () => void child.kill(),
  };
};

let launcher: ProcessLauncher = forkLauncher;

/**
 * Electron's main process installs its own launcher (`utilityProcess`): there `child_process.fork`
 * would need ELECTRON_RUN_AS_NODE, which the build turns off (electron-builder.yml, fuses).
 */
export function setProcessLauncher(next: ProcessLauncher): void {
  launcher = next;
}

/**
 * Starts the entry `<name>` beside the calling module in a process of its own, found the way
 * startWorker finds a worker's: the bundled `<name>.js` in the built app, `<name>.ts` through tsx's
 * loader from the TypeScript sources. `v8Flags` apply to that process alone: a process, unlike a
 * worker thread, has a heap of its own. The entry talks to its parent through child-port.ts.
 */
export function startChildProcess(callerUrl: string, name: string, v8Flags: string[] = []): ChildHandle {
  const bundled = !callerUrl.endsWith('.ts');
  const entry = fileURLToPath(new URL(`./${name}.${bundled ? 'js' : 'ts'}`, callerUrl));
  const tsx = bundled ? [] : ['--import', pathToFileURL(createRequire(callerUrl).resolve('tsx')).href];
  return launcher(entry, [...tsx, ...v8Flags]);
}
