import { parentPort, workerData } from 'node:worker_threads';
import { renderCertificates, type WorkerJob, type WorkerMessage } from './certificate-batch';

// The worker side of exportCertificatesInWorker: renders the batch, reporting progress.
const job = workerData as WorkerJob;
const flag = new Int32Array(job.cancel);
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

try {
  const result = await renderCertificates(job.input, job.dir, {
    combined: job.combined,
    ...(job.signing ? { signing: job.signing } : {}),
    isCancelled: () => Atomics.load(flag, 0) === 1,
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({ type: 'done', result });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
