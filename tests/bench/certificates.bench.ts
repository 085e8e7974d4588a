import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { renderCertificates, type CertificateSigning } from '../../electron/services/certificates/certificate-batch';
import { certificateSigning } from '../../electron/services/certificates/certificate-signing';
import { writePdf } from '../../electron/services/documents/pdf-render';
import { qrImage } from '../../electron/services/certificates/qr-image';
import { createDemoAward } from '../../electron/services/demo.service';
import { nationalBatch } from './national-batch';
import type { ExportFigures } from './certificate-export.child';

/** A committee key like the demo award's (RSA 2048, self-signed), opened as the batch gets it. */
async function benchSigning(dir: string): Promise<CertificateSigning> {
  const award = await createDemoAward(join(dir, 'signing.juri'));
  try {
    return await certificateSigning(award, 'demo', 'id', new Date('2024-11-27T09:00:00Z'));
  } finally {
    await award.close();
  }
}

/** A path in this repository, whatever the working directory. */
const fromRepo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * Bundles the export child and the certificate worker the way electron-vite builds the app (one
 * ESM bundle per entry, packages left in node_modules), so the child runs them with plain node.
 * Returns the child's path.
 */
async function bundleExportChild(): Promise<string> {
  const outdir = fromRepo('node_modules/.cache/juri-bench-certificates');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: {
      'certificate-export.child': fromRepo('tests/bench/certificate-export.child.ts'),
      'certificate-worker': fromRepo('electron/services/certificates/certificate-worker.ts'),
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return join(outdir, 'certificate-export.child.js');
}

const GOAL_MS = 25;
const ms = (n: number) => n.toFixed(1);
const goal = (perCertificate: number) => `goal < ${GOAL_MS} ms: ${perCertificate < GOAL_MS ? 'met' : 'MISSED'}`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** Wall and CPU time of `run`, per item. */
async function timed(items: number, run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / items, cpu: (used.user + used.system) / 1000 / items };
}

export async function benchCertificates(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'juri-bench-cert-'));
  try {
    const count = 514;
    const batch = nationalBatch(count);
    const signing = await benchSigning(dir);
    console.log(
      `certificates: ${cpus().length} cores, load average ${load()} (figures are only fair on an idle machine)`,
    );
    // Warm up the fonts and the code paths once, as a batch does after its first certificate.
    await renderCertificates({ ...batch, items: batch.items.slice(0, 3) }, join(dir, 'warm'), {
      combined: false,
      signing,
    });

    const unsigned = await timed(count, () => renderCertificates(batch, join(dir, 'singles'), { combined: false }));
    const signed = await timed(count, () =>
      renderCertificates(batch, join(dir, 'signed'), { combined: false, signing }),
    );
    const bare = await timed(count, async () => {
      for (const [i, item] of batch.items.entries()) {
        // The same words on a bare pdfmake page: default layout, no images, no QR.
        const def = {
          defaultStyle: { font: 'Roboto' },
          content: [
            batch.frame.organiser,
            'PIAGAM PENGHARGAAN',
            'diberikan kepada',
            item.nominee,
            'sebagai',
            `${item.title} — ${item.category}`,
            `dalam ${batch.frame.programme}`,
            `${item.place}, 27 November 2024`,
            ...batch.frame.signatories.flatMap((s) => [s.position, s.name, s.title]),
          ],
        };
        await writePdf(def, join(dir, `bare-${i}.pdf`));
      }
    });
    const qr = await timed(100, () =>
      Promise.resolve(batch.items.slice(0, 100).forEach((item) => qrImage(item.payload))),
    );

    console.log(
      `certificates: ${count} single PDFs in-thread, unsigned ${ms(unsigned.wall)} ms/certificate (CPU ${ms(unsigned.cpu)} ms), ` +
        `of which the QR image ${ms(qr.wall)} ms; ${goal(unsigned.wall)}`,
    );
    console.log(
      `certificates: ${count} single PDFs in-thread, signed (PKCS#7, committee key) ${ms(signed.wall)} ms/certificate ` +
        `(CPU ${ms(signed.cpu)} ms); ${goal(signed.wall)}`,
    );
    console.log(
      `certificates: bare pdfmake page with the same text ${ms(bare.wall)} ms/page (CPU ${ms(bare.cpu)} ms); ` +
        `ratio certificate/bare ${(unsigned.wall / bare.wall).toFixed(2)}× (CPU ${(unsigned.cpu / bare.cpu).toFixed(2)}×)`,
    );
    const signingFile = join(dir, 'signing.json');
    writeFileSync(
      signingFile,
      JSON.stringify(signing, (key, value: unknown) =>
        key === 'p12' ? Buffer.from(value as Uint8Array).toString('base64') : value,
      ),
    );
    const exportChild = await bundleExportChild();
    const peaks = new Map<string, number>();
    for (const withSigning of [false, true]) {
      for (const n of [100, 514, 1028]) {
        const kind = withSigning ? 'signed' : 'unsigned';
        const args = [exportChild, String(n), ...(withSigning ? [signingFile] : [])];
        const env = { ...process.env, JURI_RESOURCES: fromRepo('resources') };
        const r = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', env })) as ExportFigures;
        peaks.set(`${kind} ${n}`, r.peakRssMb);
        console.log(
          `certificates: whole export of ${r.count} in a worker, ${kind} ` +
            `(singles + combined print file, worker start included) ${ms(r.ms)} ms, of which ${ms(r.firstMs)} ms to the first certificate; ` +
            `${ms(r.ms / r.count)} ms/certificate (CPU ${ms(r.cpuMs / r.count)} ms), peak RSS ${r.peakRssMb.toFixed(0)} MB; ` +
            goal(r.ms / r.count),
        );
      }
      const peak = (n: number) => peaks.get(`${withSigning ? 'signed' : 'unsigned'} ${n}`)!;
      console.log(
        `certificates: peak RSS ${withSigning ? 'signed' : 'unsigned'}, 514 ÷ 100 = ${(peak(514) / peak(100)).toFixed(2)}×, ` +
          `1,028 ÷ 514 = ${(peak(1028) / peak(514)).toFixed(2)}× (flat is 1.00×)`,
      );
    }
    console.log(`certificates: load average at the end ${load()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchCertificates();
