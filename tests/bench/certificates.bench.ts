import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { exportCertificatesInWorker, renderCertificates } from '../../electron/services/certificates/certificate-batch';
import type { CertificateBatchInput } from '../../electron/services/certificates/certificate-data';
import { signClaim, type CertificateKey } from '../../electron/services/certificates/certificate-key';
import { demoSignaturePng } from '../../electron/services/certificates/demo-signatures';
import { writePdf } from '../../electron/services/documents/pdf-render';
import { qrImage } from '../../electron/services/certificates/qr-image';
import { printableSignature } from '../../electron/services/certificates/signature-image';
import { listProvinces } from '../../electron/services/regions.service';

const SELF = fileURLToPath(import.meta.url);

function benchKey(): CertificateKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicRaw: String(publicKey.export({ format: 'jwk' }).x),
  };
}

/** The national scale: one certificate for each of the 514 kabupaten/kota, two signatories (one drawn). */
export function nationalBatch(count: number): CertificateBatchInput {
  const key = benchKey();
  const regencies = listProvinces().flatMap((p) => p.regencies);
  const signature = printableSignature(
    `data:image/png;base64,${demoSignaturePng('Prof. Dr. Siti Rahmawati, M.Pd.').toString('base64')}`,
  );
  const items = regencies.slice(0, count).map((r, i) => {
    const title = `Terbaik ${i + 1}`;
    const payload = signClaim(
      {
        a: '6f1c2b9e-3d4a-4c1b-9a77-2f0f7d1e5a10',
        c: 'nasional',
        n: `wil-${r.code}`,
        r: i + 1,
        t: title,
        d: '2024-11-27',
      },
      key,
    );
    return {
      nominee: r.name,
      title,
      category: 'Pemda paling optimal dalam pemanfaatan akun belajar',
      date: '2024-11-27',
      place: 'Jakarta',
      payload,
      fileName: `nasional_${i + 1}.pdf`,
    };
  });
  return {
    frame: {
      organiser: 'Kementerian Pendidikan Dasar dan Menengah',
      programme: 'Apresiasi Program Prioritas 2024',
      signatories: [
        { name: 'Dr. Hendra Wijaya, M.Pd.', title: 'Kepala Badan', position: 'Penanggung Jawab', signature: null },
        {
          name: 'Prof. Dr. Siti Rahmawati, M.Pd.',
          title: 'Universitas Mulawarman',
          position: 'Ketua Dewan Juri',
          signature: 'signature-1',
        },
      ],
      logo: null,
      background: null,
      keyId: '0123456789abcdef',
      images: { 'signature-1': signature },
    },
    items,
    combinedName: 'piagam-nasional-cetak.pdf',
  };
}

/** Child mode: one whole export (worker, singles + combined file) and this process's peak RSS. */
async function child(count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'juri-bench-cert-'));
  try {
    const batch = nationalBatch(count);
    const start = performance.now();
    const cpu = process.cpuUsage();
    const result = await exportCertificatesInWorker(batch, dir).result;
    const used = process.cpuUsage(cpu);
    const ms = performance.now() - start;
    process.stdout.write(
      JSON.stringify({
        count: result.files.length,
        ms,
        cpuMs: (used.user + used.system) / 1000,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (n: number) => n.toFixed(1);

export async function benchCertificates(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'juri-bench-cert-'));
  try {
    const count = 514;
    const batch = nationalBatch(count);
    // Warm up the fonts and the code paths once, as a batch does after its first certificate.
    await renderCertificates({ ...batch, items: batch.items.slice(0, 3) }, join(dir, 'warm'), { combined: false });

    let cpu = process.cpuUsage();
    let start = performance.now();
    await renderCertificates(batch, join(dir, 'singles'), { combined: false });
    let used = process.cpuUsage(cpu);
    const singleMs = (performance.now() - start) / count;
    const singleCpu = (used.user + used.system) / 1000 / count;

    cpu = process.cpuUsage();
    start = performance.now();
    for (const [i, item] of batch.items.entries()) {
      // The same words on a bare pdfmake page: default layout, no images, no QR.
      const bare = {
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
      await writePdf(bare, join(dir, `bare-${i}.pdf`));
    }
    used = process.cpuUsage(cpu);
    const bareMs = (performance.now() - start) / count;
    const bareCpu = (used.user + used.system) / 1000 / count;

    start = performance.now();
    for (const item of batch.items.slice(0, 100)) qrImage(item.payload);
    const qrMs = (performance.now() - start) / 100;

    console.log(
      `certificates: ${count} single PDFs in-thread ${ms(singleMs)} ms/certificate (CPU ${ms(singleCpu)} ms), ` +
        `of which the QR image ${ms(qrMs)} ms; bare pdfmake page with the same text ${ms(bareMs)} ms (CPU ${ms(bareCpu)} ms); ` +
        `ratio ${(singleMs / bareMs).toFixed(2)}× (CPU ${(singleCpu / bareCpu).toFixed(2)}×); goal < 25 ms`,
    );
    for (const n of [100, 514]) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child', String(n)], { encoding: 'utf8' });
      const r = JSON.parse(out) as { count: number; ms: number; cpuMs: number; peakRssMb: number };
      console.log(
        `certificates: whole export of ${r.count} in a worker (singles + combined print file) ${ms(r.ms)} ms, ` +
          `${ms(r.ms / r.count)} ms/certificate (CPU ${ms(r.cpuMs / r.count)} ms), peak RSS ${r.peakRssMb.toFixed(0)} MB`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--child');
if (at !== -1) await child(Number(process.argv[at + 1]));
else if (process.argv[1] === SELF) await benchCertificates();
