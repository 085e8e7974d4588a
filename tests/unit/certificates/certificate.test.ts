import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AwardDb } from '../../../electron/db/open-award-db';
import {
  exportCertificatesInWorker,
  renderCertificates,
} from '../../../electron/services/certificates/certificate-batch';
import {
  certificateBatchFor,
  setCertificateImage,
  verifyCertificatePayload,
} from '../../../electron/services/certificates/certificate-data';
import { encodeGreyAlphaPng } from '../../../electron/services/certificates/png';
import { UserError } from '../../../shared/user-error';
import { certificateKey, signClaim } from '../../../electron/services/certificates/certificate-key';
import { addDemoSignatures } from '../../../electron/services/certificates/demo-signatures';
import { createDemoAward } from '../../../electron/services/demo.service';
import { useTempDir } from '../../helpers/temp-dir';
import { CATEGORY, scoredDemo } from './fixtures';
import { pdfsig } from '../documents/fixtures';
import { certificateSigning } from '../../../electron/services/certificates/certificate-signing';
import { pdfPages, pdfText, readQrFromPdf } from './read-qr';

describe('certificates (Piagam Penghargaan)', () => {
  const tmp = useTempDir();
  const open: AwardDb[] = [];
  afterEach(async () => {
    for (const a of open.splice(0)) await a.close();
  });
  const demo = async () => {
    const award = await scoredDemo(tmp.path('demo.juri'));
    open.push(award);
    addDemoSignatures(award);
    return award;
  };

  it('writes one landscape PDF per winner and a combined print file, with the names, title, date and QR', async () => {
    const award = await demo();
    const batch = await certificateBatchFor(award, CATEGORY);
    expect(batch.items.map((i) => i.title)).toEqual(['Terbaik I', 'Terbaik II', 'Terbaik III']);
    const progress: number[] = [];
    const result = await renderCertificates(batch, tmp.path('out'), { onProgress: (p) => progress.push(p.done) });
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(result.files).toHaveLength(3);
    const first = batch.items[0]!;
    const text = pdfText(result.files[0]!).replace(/\s+/g, ' ');
    expect(text).toContain('PIAGAM PENGHARGAAN');
    expect(text).toContain(first.nominee);
    expect(text).toContain(`Terbaik I — ${first.category}`);
    expect(text).toContain('Samarinda, 27 November 2024');
    expect(text).toContain('Prof. Dr. Siti Rahmawati, M.Pd.');
    expect(text).toContain('Dr. Hendra Wijaya, M.Pd.');
    for (const file of result.files) expect(pdfPages(file)).toBe(1);
    expect(pdfPages(result.combined!)).toBe(3);
    expect(pdfText(result.combined!)).toContain(batch.items[2]!.nominee);
    // Each page of the print file is its certificate's own PDF, pixel for pixel.
    const pixels = (pdf: string, n: number) =>
      execFileSync('pdftoppm', ['-r', '20', '-gray', '-f', String(n), '-l', String(n), pdf]);
    for (const [i, file] of result.files.entries()) {
      expect(pixels(result.combined!, i + 1).equals(pixels(file, 1)), file).toBe(true);
    }
    // The page's QR code, read back from a 150 dpi render, is the signed payload and verifies.
    const payload = readQrFromPdf(result.files[0]!, tmp.path('page'));
    expect(payload).toBe(first.payload);
    const offline = await verifyCertificatePayload(payload!);
    expect(offline).toMatchObject({ valid: true, signatureValid: true, award: null });
    expect(offline.claim).toMatchObject({ c: CATEGORY, r: 1, t: 'Terbaik I', d: '2024-11-27' });
    const withFile = await verifyCertificatePayload(payload!, award);
    expect(withFile).toMatchObject({
      valid: true,
      award: { sameKey: true, matchesResults: true, nominee: first.nominee },
    });
  });

  it('signs every certificate with the committee certificate when the passphrase is given: pdfsig checks it', async () => {
    const award = await demo();
    const batch = await certificateBatchFor(award, CATEGORY);
    await expect(certificateSigning(award, 'salah')).rejects.toMatchObject({ key: 'errors.document.wrongPassphrase' });
    const signing = await certificateSigning(award, 'demo', 'id', new Date('2024-11-27T09:00:00Z'));
    const result = await renderCertificates(batch, tmp.path('signed'), { signing });
    for (const file of [...result.files, result.combined!]) {
      const check = pdfsig(file);
      expect(check.count, check.text).toBe(1);
      expect(check.allValid, check.text).toBe(true);
      expect(check.text).toContain('Signer Certificate Common Name: Apresiasi Program Prioritas 2024');
      expect(check.text).toContain('Signing Time: Nov 27 2024 09:00:00');
    }
    // One changed byte inside the signed range: pdfsig no longer accepts it.
    const bytes = readFileSync(result.files[0]!);
    const range = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)/.exec(bytes.toString('latin1'))!;
    const at = Number(range[1]) + Math.floor(Number(range[2]) / 2);
    bytes[at] = bytes[at]! ^ 0x01;
    writeFileSync(tmp.path('tampered.pdf'), bytes);
    expect(pdfsig(tmp.path('tampered.pdf')).allValid).toBe(false);
    // Unsigned when no passphrase is given.
    const plain = await renderCertificates(batch, tmp.path('plain'), { combined: false });
    expect(pdfsig(plain.files[0]!).count).toBe(0);
  });

  it('refuses a tampered payload, another award’s payload and a claim the results do not support', async () => {
    const award = await demo();
    const batch = await certificateBatchFor(award, CATEGORY);
    const [body, signature] = batch.items[1]!.payload.split('.') as [string, string];
    const claim = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    const promoted = Buffer.from(JSON.stringify({ ...claim, r: 1, t: 'Terbaik I' })).toString('base64url');
    const tampered = await verifyCertificatePayload(`${promoted}.${signature}`, award);
    expect(tampered).toMatchObject({
      valid: false,
      signatureValid: false,
      problem: 'errors.certificate.signatureInvalid',
    });
    expect(await verifyCertificatePayload('not a certificate')).toMatchObject({
      valid: false,
      problem: 'errors.certificate.payloadUnreadable',
    });
    // Signed with this award's key but claiming a title the results do not give.
    const key = certificateKey(award.sqlite);
    const forged = signClaim(
      { ...(claim as { a: string; c: string; n: string; d: string }), r: 1, t: 'Terbaik I' },
      key,
    );
    expect(await verifyCertificatePayload(forged, award)).toMatchObject({
      valid: false,
      signatureValid: true,
      award: { sameKey: true, matchesResults: false },
      problem: 'errors.certificate.resultsDiffer',
    });
    // A genuine certificate of another award file (its own key) fails against this file.
    const other = await createDemoAward(tmp.path('other.juri'));
    open.push(other);
    const foreign = signClaim(
      { a: 'x', c: CATEGORY, n: 'wil-64.01', r: 1, t: 'Terbaik I', d: '2024-11-27' },
      certificateKey(other.sqlite),
    );
    expect((await verifyCertificatePayload(foreign)).valid).toBe(true);
    expect(await verifyCertificatePayload(foreign, award)).toMatchObject({
      valid: false,
      award: { sameKey: false },
      problem: 'errors.certificate.otherAward',
    });
  });

  it('places the logo and the background image chosen by the user, and refuses other files', async () => {
    const award = await demo();
    const png = (w: number, h: number, grey: number) =>
      `data:image/png;base64,${encodeGreyAlphaPng(
        w,
        h,
        new Uint8Array(w * h * 2).map((_, i) => (i % 2 ? 255 : grey)),
      ).toString('base64')}`;
    setCertificateImage(award, 'logo', png(40, 40, 30));
    setCertificateImage(award, 'background', png(120, 85, 235));
    expect(() => setCertificateImage(award, 'logo', 'data:image/png;base64,AAAA')).toThrow(UserError);
    const batch = await certificateBatchFor(award, CATEGORY);
    expect(batch.frame).toMatchObject({ logo: 'logo', background: 'background' });
    const result = await renderCertificates({ ...batch, items: batch.items.slice(0, 1) }, tmp.path('images'), {
      combined: false,
    });
    const list = execFileSync('pdfimages', ['-list', result.files[0]!], { encoding: 'utf8' });
    const sizes = list
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => l.trim().split(/\s+/).slice(3, 5).join('x'));
    expect(sizes).toEqual(expect.arrayContaining(['120x85', '40x40']));
    expect(pdfPages(result.files[0]!)).toBe(1);
    setCertificateImage(award, 'background', null);
    expect((await certificateBatchFor(award, CATEGORY)).frame.background).toBeNull();
  });

  it('keeps one certificate key per award file', async () => {
    const award = await demo();
    const a = certificateKey(award.sqlite);
    const b = certificateKey(award.sqlite);
    expect(a).toEqual(b);
    expect(createHash('sha256').update(a.publicRaw).digest('hex')).toHaveLength(64);
  });

  it('runs the batch in a worker thread, reports progress and stops when cancelled', async () => {
    const award = await demo();
    const batch = await certificateBatchFor(award, CATEGORY);
    const many = {
      ...batch,
      items: Array.from({ length: 40 }, (_, i) => ({ ...batch.items[i % 3]!, fileName: `c-${i}.pdf` })),
    };
    const seen: number[] = [];
    const handle = exportCertificatesInWorker(many, tmp.path('cancelled'), {
      onProgress: (p) => {
        seen.push(p.done);
        if (p.done === 2) handle.cancel();
      },
    });
    const result = await handle.result;
    expect(result.cancelled).toBe(true);
    expect(result.combined).toBeNull();
    expect(result.files.length).toBeGreaterThanOrEqual(2);
    expect(result.files.length).toBeLessThan(40);
    expect(seen.at(-1)).toBeLessThan(41);

    // Cancelled while the print file is being written (after its first chunk of 16): no short print file is left.
    const twenty = { ...many, items: many.items.slice(0, 20) };
    let asked = 0;
    const late = await renderCertificates(twenty, tmp.path('late'), { isCancelled: () => ++asked >= 23 });
    expect(late).toMatchObject({ cancelled: true, combined: null });
    expect(late.files).toHaveLength(20);
    expect(readdirSync(tmp.path('late')).filter((f) => f.includes('cetak'))).toEqual([]);

    const done = await exportCertificatesInWorker(batch, tmp.path('whole')).result;
    expect(done).toMatchObject({ cancelled: false });
    expect(done.files).toHaveLength(3);
    expect(pdfPages(done.combined!)).toBe(3);
  });
});
