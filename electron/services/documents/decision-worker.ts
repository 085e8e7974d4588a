import { parentPort } from 'node:worker_threads';
import { readSnapshot } from './award-snapshot';
import { errorData } from '../worker-thread';
import { ownArrayBuffer, type DecisionReply, type DecisionRequest } from './decision-thread';
import { readDecision, renderDecision } from './decision.service';
import { loadFonts } from './fonts';

// The worker side of decisionPdf (started once, see decision-thread.ts). It opens the award file
// itself, read-only, rather than being sent the sheet's data: reading (results, analysis, the seal
// check) is a large part of the work at national scale, and a connection of its own gives one
// consistent snapshot simply (one read transaction, while the main thread goes on writing).
const port = parentPort;
if (!port) throw new Error('decision-worker runs as a worker thread');

port.on('message', ({ id, job }: DecisionRequest) => {
  const reply = (message: DecisionReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  readSnapshot(job.path, (award) => readDecision(award, job.passphrase, job.options, new Date(job.now), job.fonts))
    .then(async (read) => {
      const bytes = ownArrayBuffer(await renderDecision(read, loadFonts(job.fonts)));
      reply({ id, type: 'done', done: { fileName: read.fileName, claim: read.claim, bytes } }, [bytes]);
    })
    .catch((error: unknown) => reply({ id, type: 'failed', error: errorData(error) }));
});
