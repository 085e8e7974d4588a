import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  exportCertificatesInWorker,
  renderCertificates,
  type CertificateSigning,
} from '../../electron/services/certificates/certificate-batch';
import { certificateSigning } from '../../electron/services/certificates/certificate-signing';
import type { CertificateBatchInput } from '../../electron/services/certificates/certificate-data';
import { signClaim, type CertificateKey } from '../../electron/services/certificates/certificate-key';
import { demoSignaturePng } from '../../electron/services/certificates/demo-signatures';
import { writePdf } from '../../electron/services/documents/pdf-render';
import { qrImage } from '../../electron/services/certificates/qr-image';
import { printableSignature } from '../../electron/services/certificates/signature-image';
import { createDemoAward } from '../../electron/services/demo.service';
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

/** A committee key like the demo award's (RSA 2048, self-signed), opened as the batch gets it. */
async function benchSigning(dir: string): Promise<CertificateSigning> {
  const award = await createDemoAward(join(dir, 'signing.juri'));
  try {
    return await certificateSigning(award, 'demo', 'id', new Date('2024-11-27T09:00:00Z'));
  } finally {
    await award.close();
  }
}

interface ExportFigures {
  count: number;
  ms: number;
  cpuMs: number;
  peakRssMb: number;
}

/** Child mode: one whole export (worker, singles + combined file) and this process's peak RSS. */
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
    const result = await exportCertificatesInWorker(batch, dir, signing ? { signing } : {}).result;
    const used = process.cpuUsage(cpu);
    const figures: ExportFigures = {
      count: result.files.length,
      ms: performance.now() - start,
      cpuMs: (used.user + used.system) / 1000,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(JSON.stringify(figures));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
    for (const withSigning of [false, true]) {
      for (const n of [100, 514]) {
        const args = [
          '--import',
          'tsx',
          SELF,
          '--child',
          String(n),
          ...(withSigning ? ['--signing', signingFile] : []),
        ];
        const r = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as ExportFigures;
        console.log(
          `certificates: whole export of ${r.count} in a worker, ${withSigning ? 'signed' : 'unsigned'} ` +
            `(singles + combined print file, worker start included) ${ms(r.ms)} ms, ` +
            `${ms(r.ms / r.count)} ms/certificate (CPU ${ms(r.cpuMs / r.count)} ms), peak RSS ${r.peakRssMb.toFixed(0)} MB; ` +
            goal(r.ms / r.count),
        );
      }
    }
    console.log(`certificates: load average at the end ${load()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--child');
const signingAt = process.argv.indexOf('--signing');
if (at !== -1) await child(Number(process.argv[at + 1]), signingAt === -1 ? undefined : process.argv[signingAt + 1]);
else if (process.argv[1] === SELF) await benchCertificates();
