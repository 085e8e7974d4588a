// The child's side of child-process.ts: one way to talk to the parent, whether the process was
// started by Electron's utilityProcess (process.parentPort) or by child_process.fork (process.send).

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

/** Listens to the parent's messages. */
export function onParentMessage(listener: (message: unknown) => void): void {
  if (parentPort) parentPort.on('message', (event) => listener(event.data));
  else process.on('message', listener);
}

/** Sends a message to the parent; resolves once it is handed over. */
export function toParent(message: unknown): Promise<void> {
  if (parentPort) {
    parentPort.postMessage(message);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    if (!process.send?.(message, () => resolve())) resolve();
  });
}
