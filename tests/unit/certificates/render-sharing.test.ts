import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { AwardDb } from '../../../electron/db/open-award-db';
import {
  CERTIFICATE_LABELS_ID,
  certificateDocument,
  type CertificateData,
  type CertificateFrame,
  type CertificateLabels,
} from '../../../electron/services/certificates/certificate';
import { qrImage } from '../../../electron/services/certificates/qr-image';
import { committeeCertificate, unlockCommitteeKey } from '../../../electron/services/documents/committee-key';
import { renderPdf } from '../../../electron/services/documents/pdf-render';
import { readPdfSignatures } from '../../../electron/services/documents/pkcs7';
import { pdfSigner, signPlaceholder } from '../../../electron/services/documents/sign-pdf';
import { createDemoAward } from '../../../electron/services/demo.service';
import { useTempDir } from '../../helpers/temp-dir';
import { TINY_PNG } from './fixtures';

const require = createRequire(import.meta.url);
const FONTS = fileURLToPath(new URL('../../../resources/fonts', import.meta.url));

const LABELS_EN: CertificateLabels = {
  ...CERTIFICATE_LABELS_ID,
  heading: 'CERTIFICATE OF AWARD',
  givenTo: 'presented to',
  as: 'as',
  inProgramme: 'in',
  scanToVerify: 'Scan to verify',
  key: 'Key',
};

const frame: CertificateFrame = {
  organiser: 'Dinas Pendidikan Provinsi Nusa Tenggara Barat',
  programme: 'Anugerah Guru Inspiratif 2024',
  signatories: [
    { name: 'Dra. Ni Luh Putu Ayu', title: 'Kepala Dinas', position: 'Penanggung Jawab', signature: null },
    { name: 'Dr. Hendra Wijaya', title: 'Universitas Mataram', position: 'Ketua Dewan Juri', signature: 'sig' },
  ],
  logo: null,
  background: null,
  keyId: '0123456789abcdef',
  images: { sig: TINY_PNG },
};

const certificate = (nominee: string, rank: number): CertificateData => ({
  nominee,
  title: `Terbaik ${rank}`,
  category: 'Pemda paling optimal dalam pemanfaatan akun belajar',
  date: '2024-11-27',
  place: 'Mataram',
  payload: `juri-test-payload-${rank}`,
  qrImage: qrImage(`juri-test-payload-${rank}`),
});

/** A certificate definition without functions (so it crosses into a worker), dated, so its bytes are fixed. */
function definition(data: CertificateData[], labels = CERTIFICATE_LABELS_ID): Record<string, unknown> {
  const { background: _drawnBorder, ...def } = certificateDocument(frame, data, labels);
  return { ...def, info: { title: 'uji', creationDate: new Date('2024-11-27T09:00:00Z') } };
}

/** The same definitions rendered by pdfmake alone, in a fresh thread: nothing shared, nothing cached. */
function plainPdfmake(defs: Record<string, unknown>[]): Promise<string[]> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    const { createHash } = require('node:crypto');
    const Printer = require(workerData.printer).default;
    const names = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf', 'Roboto-Italic.ttf', 'Roboto-MediumItalic.ttf'];
    const files = new Map(names.map((n) => [n, readFileSync(workerData.fonts + '/' + n)]));
    const fs = { existsSync: (n) => files.has(n), readFileSync: (n) => Buffer.from(files.get(n)) };
    const urls = { resolve: () => Promise.resolve(), resolved: () => Promise.resolve() };
    (async () => {
      const out = [];
      for (const def of workerData.defs) {
        const fonts = { Roboto: { normal: names[0], bold: names[1], italics: names[2], bolditalics: names[3] } };
        const doc = await new Printer(fonts, fs, urls, () => false).createPdfKitDocument(def);
        const chunks = [];
        doc.on('data', (c) => chunks.push(c));
        await new Promise((resolve) => { doc.on('end', resolve); doc.end(); });
        out.push(createHash('sha256').update(Buffer.concat(chunks)).digest('hex'));
      }
      parentPort.postMessage(out);
    })();`;
  const worker = new Worker(code, {
    eval: true,
    workerData: { printer: require.resolve('pdfmake/js/Printer'), fonts: FONTS, defs },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (hashes: string[]) => resolve(hashes));
    worker.once('error', reject);
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('shared font work and the reused committee key', () => {
  const tmp = useTempDir();
  const open: AwardDb[] = [];
  afterEach(async () => {
    for (const a of open.splice(0)) await a.close();
  });

  it('gives the very bytes pdfmake alone gives, whatever this thread rendered before (other words, English)', async () => {
    const names = ['Kabupaten Pidie Jaya', 'Kota Tanjungbalai', 'Kab. Tojo Una-Una', 'Nagari Koto Gadang — Ñàé']; // composite glyphs too
    // pdfmake writes into a definition as it renders it, so each renderer gets its own copies.
    const targets = () => [
      definition(names.map((n, i) => certificate(n, i + 1))),
      definition([certificate('Kota Baubau', 7)], LABELS_EN),
      definition([certificate('Kabupaten Kepulauan Seribu', 9)]),
    ];
    // Warm this thread's shared tables, shaped words and glyph data with other documents first.
    for (const n of ['Kota Sawahlunto', 'Kabupaten Mamberamo Raya', 'Ñàé Únîqüe']) {
      await renderPdf(definition([certificate(n, 3)], LABELS_EN));
      await renderPdf(definition([certificate(n, 4)]));
    }
    const shared: string[] = [];
    for (const def of targets()) shared.push(sha256(await renderPdf(def)));
    const plain = await plainPdfmake(targets());
    expect(shared).toEqual(plain);
    expect(new Set(shared).size).toBe(3);
  }, 120_000);

  it('signs with node:crypto the same PKCS#7 as @signpdf/signer-p12, and never with a key opened for another file', async () => {
    const first = await createDemoAward(tmp.path('satu.juri'));
    const second = await createDemoAward(tmp.path('dua.juri'));
    open.push(first, second);
    const p12 = unlockCommitteeKey(first, 'demo');
    const otherP12 = unlockCommitteeKey(second, 'demo');
    const { P12Signer } = require('@signpdf/signer-p12') as {
      P12Signer: new (p12: Buffer) => { sign(pdf: Buffer, at: Date): Promise<Buffer> };
    };
    const bytes = Buffer.from('%PDF-1.3 bytes outside the /Contents placeholder '.repeat(200));
    for (const at of [new Date('2024-11-27T09:00:00Z'), new Date('2051-03-01T00:00:00Z')]) {
      const forge = await new P12Signer(p12).sign(bytes, at);
      expect((await pdfSigner(p12).sign(bytes, at)).equals(forge)).toBe(true);
    }
    // The thread keeps the last key it opened; a different PKCS#12 must give its own signer.
    const signer = pdfSigner(otherP12);
    expect(signer).not.toBe(pdfSigner(p12));
    const placeholder = `/ByteRange [0 /********** /********** /**********] /Contents <${'0'.repeat(16384)}>`;
    const pdf = Buffer.from(`%PDF-1.3\n1 0 obj\n<< /Type /Sig ${placeholder} >>\nendobj\n%%EOF\n`, 'latin1');
    const [check] = readPdfSignatures(await signPlaceholder(pdf, otherP12, new Date('2024-11-27T09:00:00Z')));
    expect(check?.valid).toBe(true);
    expect(check?.certificate?.fingerprint256).toBe(committeeCertificate(second)?.fingerprint);
    expect(committeeCertificate(second)?.fingerprint).not.toBe(committeeCertificate(first)?.fingerprint);
  }, 120_000);
});
