import { parentPort, resourceLimits } from 'node:worker_threads';

// A worker for worker-thread.test.ts: reports the heap limits it was started with, then exits.
parentPort?.postMessage(resourceLimits);
