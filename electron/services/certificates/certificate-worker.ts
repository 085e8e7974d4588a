import { onParentMessage, toParent } from '../child-port';
import { renderCertificates, type ParentMessage, type WorkerJob, type WorkerMessage } from './certificate-batch';

// The export process of exportCertificatesInWorker: waits for its job, renders the batch reporting
// progress, and says how it went; the parent then ends it. A cancel is read between certificates.
let cancelled = false;
const post = (message: WorkerMessage) => toParent(message);

async function run(job: WorkerJob): Promise<void> {
  try {
    const result = await renderCertificates(job.input, job.dir, {
      combined: job.combined,
      ...(job.signing ? { signing: job.signing } : {}),
      isCancelled: () => cancelled,
      onProgress: (progress) => void post({ type: 'progress', progress }),
    });
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    const usage = { peakRssMb: maxRSS / 1024, cpuMs: (userCPUTime + systemCPUTime) / 1000 };
    await post({ type: 'done', result, usage });
  } catch (error) {
    await post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

onParentMessage((message) => {
  const m = message as ParentMessage;
  if (m.type === 'cancel') cancelled = true;
  else void run(m.job);
});
// Started by child_process.fork: without its parent there is nobody to report to.
process.on('disconnect', () => {
  cancelled = true;
});
