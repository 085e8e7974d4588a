import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import forge from 'node-forge';
import type { AwardDb } from '../../../electron/db/open-award-db';
import { setCertificateImage } from '../../../electron/services/certificates/certificate-data';
import { approveDecision, saveSignature } from '../../../electron/services/certificates/signature.service';
import { p12Of, unlockCommitteeKey } from '../../../electron/services/documents/committee-key';
import { decisionPdf } from '../../../electron/services/documents/decision.service';
import { finaliseCategory, reopenCategory } from '../../../electron/services/documents/seal.service';
import { addSignature } from '../../../electron/services/documents/sign-pdf';
import { verifyPdf } from '../../../electron/services/documents/verify.service';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';
import { translatorFor } from '../../../shared/i18n/i18n';
import { useTempDir } from '../../helpers/temp-dir';
import { CATEGORY, PASSPHRASE, pdfsig, pdftotext, save, scoredDemo, scribblePng } from './fixtures';

// Decision sheets are made in a worker thread, which loads its modules through tsx when first used.
const WORKER_TIMEOUT = 120_000;

const t = translatorFor('id').t;
const NOW = new Date('2024-11-27T07:30:00Z');

/** The ketua's own certificate, apart from the award's committee certificate. */
function personalP12(cn: string): Buffer {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = '0a';
  cert.validity.notBefore = new Date('2024-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2030-01-01T00:00:00Z');
  cert.setSubject([{ name: 'commonName', value: cn }]);
  cert.setIssuer([{ name: 'commonName', value: cn }]);
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  cert.sign(forge.pki.privateKeyFromPem(pem), forge.md.sha256.create());
  return p12Of(pem, forge.pki.certificateToPem(cert));
}

/** Flips one bit at `at` in a copy. */
const flip = (bytes: Buffer, at: number) => {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
};

describe('signed decision sheets', () => {
  const tmp = useTempDir('juri-decision-');
  let award: AwardDb;
  let other: AwardDb;
  let signed: Buffer;
  const dir = mkdtempSync(join(tmpdir(), 'juri-decision-files-'));

  beforeAll(async () => {
    // The demo award comes with its committee certificate under the passphrase `demo`.
    award = await scoredDemo(join(dir, 'a.juri'));
    saveSignature(award, 'juri-1', scribblePng(1));
    saveSignature(award, 'juri-3', scribblePng(2));
    await finaliseCategory(award, 'juri-1', CATEGORY, NOW);
    await approveDecision(award, 'juri-1', CATEGORY, '1111');
    signed = (await decisionPdf(award, PASSPHRASE, { categoryId: CATEGORY }, NOW)).bytes;
    other = await scoredDemo(join(dir, 'b.juri'));
    await finaliseCategory(other, 'juri-1', CATEGORY, NOW);
  }, WORKER_TIMEOUT);
  afterAll(async () => {
    await award.close();
    await other.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the decision in Indonesian: names, scores with decimal commas, jurors, number and fingerprint', () => {
    const path = save(tmp.path('ba.pdf'), signed);
    const text = pdftotext(path);
    expect(text).toContain('BERITA ACARA KEPUTUSAN DEWAN JURI');
    expect(text).toContain('02/BA-DJ/APP/2024');
    expect(text).toContain('Balai Penjaminan Mutu Pendidikan Provinsi Kalimantan Timur'.toUpperCase());
    expect(text).toMatch(/Rabu, tanggal 27 November 2024, bertempat di Samarinda/);
    expect(text).toMatch(/1\s+Kabupaten Paser\s+93,94\s+5\s+Terbaik I/);
    expect(text).toMatch(/Kota Bontang\s+57,58/);
    expect(text).not.toMatch(/93\.94/);
    expect(text).toContain('Nilai akhir adalah rata-rata nilai tertimbang');
    expect(text).toMatch(/Kendall W = 1,000/);
    expect(text).toContain('Drs. Bambang Sutrisno, M.M.');
    expect(text).toMatch(/Disetujui 2\d/);
    expect(text).toContain('Belum disetujui');
    expect(text).toContain('LAMPIRAN: NILAI SETIAP JURI');
    // Juror 3 may not score Kota Samarinda (conflict): K in the appendix.
    expect(text).toMatch(/Kota Samarinda\s+62,12\s+61,11\s+K\s+62,12\s+61,11/);
    const fingerprint = /[0-9a-f]{64}/.exec(text)?.[0];
    expect(fingerprint).toBeDefined();
    // Two drawn signatures are placed as images.
    const pngs = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => /\bimage\b/.test(l));
    expect(pngs.length).toBeGreaterThanOrEqual(2);
  });

  it('is valid for pdfsig and for verify, signed by the award committee, with the sealed fingerprint', () => {
    const check = pdfsig(save(tmp.path('ok.pdf'), signed));
    expect(check.count).toBe(1);
    expect(check.allValid).toBe(true);
    expect(check.text).toContain('Total document signed');
    const report = verifyPdf(signed, award, t);
    expect(report).toMatchObject({ valid: true, sameAward: true, problems: [] });
    expect(report.signatures[0]).toMatchObject({
      valid: true,
      committee: true,
      signer: 'Apresiasi Program Prioritas 2024',
    });
    expect(report.signatures[0]?.signingTime).toBe(NOW.toISOString());
    expect(report.categories).toEqual([expect.objectContaining({ id: CATEGORY, matches: true })]);
  });

  it('fails pdfsig and verify after a changed byte anywhere in the signed range', () => {
    const [, b, c, d] = rangeOf(signed);
    const spots = [9, 200, Math.floor(b / 2), b - 3, c + 2, c + Math.floor(d / 2), c + d - 20];
    for (const at of spots) {
      const changed = flip(signed, at);
      const check = pdfsig(save(tmp.path(`flip-${at}.pdf`), changed));
      expect(check.allValid, `byte ${at}`).toBe(false);
      expect(verifyPdf(changed, award, t).valid, `byte ${at}`).toBe(false);
    }
  });

  it('keeps both signatures valid when the ketua adds their own as an incremental update', async () => {
    const twice = await addSignature(signed, personalP12('Prof. Dr. Siti Rahmawati'), {
      name: 'Prof. Dr. Siti Rahmawati, M.Pd.',
      reason: 'Ketua Dewan Juri menyetujui',
      location: 'Samarinda',
      signingTime: new Date('2024-11-27T08:00:00Z'),
    });
    expect(twice.subarray(0, signed.length).equals(signed)).toBe(true);
    const check = pdfsig(save(tmp.path('twice.pdf'), twice));
    expect(check.count).toBe(2);
    expect(check.allValid).toBe(true);
    const report = verifyPdf(twice, award, t);
    expect(report.valid).toBe(true);
    expect(report.signatures.map((s) => [s.valid, s.committee, s.coversWholeFile])).toEqual([
      [true, true, false],
      [true, false, true],
    ]);
    // A byte changed in the first revision breaks both.
    const broken = flip(twice, 300);
    expect(pdfsig(save(tmp.path('twice-broken.pdf'), broken)).allValid).toBe(false);
    expect(verifyPdf(broken, award, t).signatures.map((s) => s.valid)).toEqual([false, false]);
  });

  it('reports bytes appended after the last signature', () => {
    const appended = Buffer.concat([signed, Buffer.from('\n1 0 obj\n(diubah)\nendobj\n')]);
    const report = verifyPdf(appended, award, t);
    expect(report.valid).toBe(false);
    expect(report.problems.join(' ')).toContain('ditambahkan setelah tanda tangan terakhir');
  });

  it("says a PDF signed by another award's certificate is not this award's", async () => {
    const foreign = (await decisionPdf(other, PASSPHRASE, { categoryId: CATEGORY }, NOW)).bytes;
    expect(pdfsig(save(tmp.path('foreign.pdf'), foreign)).allValid).toBe(true);
    const report = verifyPdf(foreign, award, t);
    expect(report).toMatchObject({ valid: false, sameAward: false });
    expect(report.signatures[0]).toMatchObject({ valid: true, committee: false });
    expect(report.problems.join(' ')).toMatch(
      /bukan|tidak ditandatangani dengan sertifikat Dewan Juri penghargaan ini/,
    );
    expect(report.categories.every((c) => c.matches === null)).toBe(true);
    // Checked against its own award, it is fine.
    expect(verifyPdf(foreign, other, t).valid).toBe(true);
  });

  it('refuses a wrong passphrase before doing any work, and unsigned files', async () => {
    await expect(decisionPdf(award, 'salah', { categoryId: CATEGORY })).rejects.toMatchObject({
      key: 'errors.document.wrongPassphrase',
    });
    expect(() => unlockCommitteeKey(award, 'DEMO')).toThrow();
    const plain = readFileSync(save(tmp.path('plain.pdf'), Buffer.from('%PDF-1.3\n%%EOF\n')));
    expect(verifyPdf(plain, award, t)).toMatchObject({ valid: false, signatures: [] });
  });

  it('tells when the award file no longer holds the signed results', async () => {
    const before = (await decisionPdf(award, PASSPHRASE, { categoryId: CATEGORY }, NOW)).bytes;
    reopenCategory(award, 'juri-1', CATEGORY, 'Koreksi nilai juri 4');
    scoringFor(award).saveScore('juri-4', {
      categoryId: CATEGORY,
      nomineeId: 'wil-64.01',
      criterionId: 'pbd-dokumen',
      value: 50,
    });
    const reopened = verifyPdf(before, award, t);
    expect(reopened.categories[0]?.matches).toBe(false);
    expect(reopened.problems.join(' ')).toContain('tidak lagi disegel');
    await finaliseCategory(award, 'juri-1', CATEGORY, NOW);
    const changed = verifyPdf(before, award, t);
    expect(changed.valid).toBe(true); // the signature itself is intact
    expect(changed.categories[0]?.matches).toBe(false);
    expect(changed.problems.join(' ')).toContain('berbeda dengan yang ditandatangani');
  });

  it("writes the English sheet with English numbers, with the organiser's own logo", async () => {
    setCertificateImage(other, 'logo', scribblePng(7));
    const en = (await decisionPdf(other, PASSPHRASE, { categoryId: CATEGORY, language: 'en' }, NOW)).bytes;
    const path = save(tmp.path('en.pdf'), en);
    const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', path], { encoding: 'utf8' });
    expect(images).toMatch(/\bimage\s+240\s+80\b/);
    const text = pdftotext(path);
    expect(text).toContain('MINUTES OF THE JURY DECISION');
    expect(text).toMatch(/Kabupaten Paser\s+93\.94/);
  });
});

/** The byte range of the first signature. */
function rangeOf(pdf: Buffer): [number, number, number, number] {
  const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/.exec(pdf.toString('latin1'));
  if (!m) throw new Error('no byte range');
  return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
}
