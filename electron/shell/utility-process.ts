import { utilityProcess } from 'electron';
import type { ChildHandle, ProcessLauncher } from '../services/child-process';

/**
 * Child processes for the services (certificate export) as Electron utility processes: a Node
 * process of Electron's own, which works with the runAsNode fuse off (child_process.fork would not).
 * Messages sent before the process has started are held until it has.
 */
export const utilityLauncher: ProcessLauncher = (entry, execArgv): ChildHandle => {
  const child = utilityProcess.fork(entry, [], { execArgv, serviceName: 'Juri', stdio: 'inherit' });
  let started = false;
  const waiting: unknown[] = [];
  child.once('spawn', () => {
    started = true;
    for (const message of waiting.splice(0)) child.postMessage(message);
  });
  return {
    send: (message) => {
      if (started) child.postMessage(message);
      else waiting.push(message);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => {
      let ended = false;
      const end = (reason: string) => {
        if (ended) return;
        ended = true;
        listener(reason);
      };
      child.on('exit', (code) => end(`exit code ${code}`));
      child.on('error', (type) => end(type));
    },
    kill: () => void child.kill(),
  };
};
