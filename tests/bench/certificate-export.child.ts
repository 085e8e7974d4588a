import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  exportCertificatesInWorker,
  type CertificateSigning,
} from '../../electron/services/certificates/certificate-batch';
import { nationalBatch } from './national-batch';

// The certificate benchmark's export child: one whole export in a worker (singles + combined
// print file), as the app runs it. The benchmark bundles this file and the worker the way the app
// is built and runs the bundle with plain node, so no TypeScript loader is measured.
// Usage: node certificate-export.child.js COUNT [SIGNING.json]; prints ExportFigures as JSON.

export interface ExportFigures {
  count: number;
  ms: number;
  cpuMs: number;
  /** Until the first certificate is written: the worker's start and its first, cold page. */
  firstMs: number;
  peakRssMb: number;
}

/** One whole export and this process's peak RSS. */
async function child(count: number, signingFile: string | undefined): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'juri-bench-cert-'));
  try {
    const batch = nationalBatch(count);
    const signing = signingFile
      ? (JSON.parse(readFileSync(signingFile, 'utf8'), (key, value: unknown) =>
          key === 'p12' ? Buffer.from(value as string, 'base64') : value,
        ) as CertificateSigning)
      : undefined;
    const start = performance.now();
    const cpu = process.cpuUsage();
    let firstMs = 0;
    const onProgress = () => void (firstMs ||= performance.now() - start);
    const result = await exportCertificatesInWorker(batch, dir, { onProgress, ...(signing ? { signing } : {}) }).result;
    const used = process.cpuUsage(cpu);
    const figures: ExportFigures = {
      count: result.files.length,
      ms: performance.now() - start,
      cpuMs: (used.user + used.system) / 1000,
      firstMs,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(JSON.stringify(figures));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [count, signingFile] = process.argv.slice(2);
await child(Number(count), signingFile);
