import { parentPort } from 'node:worker_threads';
import { errorData } from '../worker-thread';
import type { InspectReply, InspectRequest } from './inspect-pool';
import { inspectSource } from './verify-source';

// The worker side of inspectSources: checks one source file at a time, as the pool hands them out.
parentPort?.on('message', (request: InspectRequest) => {
  const reply = (message: InspectReply) => parentPort?.postMessage(message);
  inspectSource(request.path, request.awardId).then(
    (source) => reply({ id: request.id, outcome: 'inspected', source }),
    (error: unknown) => reply({ id: request.id, outcome: 'failed', error: errorData(error) }),
  );
});
