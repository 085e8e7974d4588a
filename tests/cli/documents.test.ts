import { readFileSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifyReport } from '../../shared/documents/document.schema';
import { CATEGORY, pdfsig, pdftotext, scoredDemo } from '../unit/documents/fixtures';
import { json, juri, SPAWN_TIMEOUT, STACK_FRAME, tempDir } from './run-juri';

describe('juri export decision, finalise, verify, committee-cert', () => {
  const tmp = tempDir();
  const award = tmp.file('demo.juri');
  const other = tmp.file('lain.juri');
  const pass = { JURI_PASSPHRASE: 'demo' };
  beforeAll(async () => {
    for (const path of [award, other]) {
      const opened = await scoredDemo(path);
      // The demo comes with a committee certificate; this award starts without one, so the CLI makes it.
      if (path === award) opened.sqlite.exec('DELETE FROM committee_key');
      await opened.close();
    }
  }, SPAWN_TIMEOUT);
  afterAll(() => tmp.remove());

  it(
    'creates and exports the committee certificate, finalises, and writes a signed sheet pdfsig accepts',
    async () => {
      const noPass = await juri(['committee-cert', award, '--out', tmp.file('c.cer')]);
      expect(noPass.code).toBe(1);
      expect(noPass.stderr).toContain('JURI_PASSPHRASE');
      const cert = await juri(['committee-cert', award, '--out', tmp.file('c.cer')], { env: pass });
      expect(cert.code, cert.stderr).toBe(0);
      const x509 = new X509Certificate(readFileSync(tmp.file('c.cer')));
      expect(x509.subject).toContain('CN=Apresiasi Program Prioritas 2024');
      expect(cert.stderr).toContain(x509.fingerprint256);

      const early = await juri(['export', 'decision', award, '--out', tmp.file('x.pdf'), '--category', CATEGORY], {
        env: pass,
      });
      expect(early.code).toBe(1);
      expect(early.stderr).toContain('belum difinalkan');

      const sealed = await juri(['finalise', award, '--category', CATEGORY]);
      expect(sealed.code, sealed.stderr).toBe(0);
      expect(sealed.stdout).toMatch(/difinalkan\. Sidik jari: [0-9a-f]{64}/);

      const wrong = await juri(['export', 'decision', award, '--out', tmp.file('x.pdf'), '--category', CATEGORY], {
        env: { JURI_PASSPHRASE: 'salah' },
      });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr.trim()).toBe('Frasa sandi sertifikat Dewan Juri salah.');
      expect(wrong.stderr).not.toContain(STACK_FRAME);

      const out = tmp.file('ba.pdf');
      const made = await juri(['export', 'decision', award, '--out', out, '--category', CATEGORY], { env: pass });
      expect(made.code, made.stderr).toBe(0);
      expect(made.stderr).toContain('02/BA-DJ/APP/2024');
      expect(pdfsig(out).allValid).toBe(true);
      expect(pdftotext(out)).toMatch(/Kabupaten Paser\s+93,94/);
    },
    SPAWN_TIMEOUT * 2,
  );

  it(
    'verifies: valid with the award, invalid (exit 1) when tampered or from another award',
    async () => {
      const out = tmp.file('ba.pdf');
      const ok = await juri(['verify', out, '--award', award]);
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout).toContain('Hasil pemeriksaan: SAH');
      expect(ok.stdout).toContain('sertifikat Dewan Juri penghargaan ini');
      expect(ok.stdout).toContain('hasil sama dengan berkas penghargaan');

      const report = json<VerifyReport>(await juri(['verify', out, '--award', award, '--json']));
      expect(report.valid).toBe(true);
      expect(report.signatures[0]?.committee).toBe(true);

      const bytes = readFileSync(out);
      bytes[400] = bytes[400]! ^ 0x20;
      writeFileSync(tmp.file('tampered.pdf'), bytes);
      const tampered = await juri(['verify', tmp.file('tampered.pdf'), '--lang', 'en']);
      expect(tampered.code).toBe(1);
      expect(tampered.stdout).toContain('Result: NOT VALID');
      expect(tampered.stdout).toContain('The file was changed after it was signed.');
      expect(tampered.stderr).toContain('The document is NOT VALID.');

      const foreign = await juri(['verify', out, '--award', other, '--json']);
      expect(foreign.code).toBe(1);
      const foreignReport = json<VerifyReport>(foreign);
      expect(foreignReport).toMatchObject({ valid: false, sameAward: false });
      expect(foreignReport.signatures[0]).toMatchObject({ valid: true, committee: false });
    },
    SPAWN_TIMEOUT * 2,
  );

  it(
    'reopens only with a reason; then the signed sheet no longer matches the file',
    async () => {
      const noReason = await juri(['reopen-category', award, '--category', CATEGORY, '--reason', 'x']);
      expect(noReason.code).toBe(1);
      const reopened = await juri(['reopen-category', award, '--category', CATEGORY, '--reason', 'Koreksi nilai']);
      expect(reopened.code, reopened.stderr).toBe(0);
      const stale = await juri(['verify', tmp.file('ba.pdf'), '--award', award]);
      expect(stale.code).toBe(1);
      expect(stale.stdout).toContain('hasil BERBEDA dengan berkas penghargaan');
    },
    SPAWN_TIMEOUT,
  );
});
