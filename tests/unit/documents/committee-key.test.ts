import { X509Certificate } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AwardDb } from '../../../electron/db/open-award-db';
import { createCommitteeKey, unlockCommitteeKey } from '../../../electron/services/documents/committee-key';
import { createFromTemplate } from '../../../electron/services/template.service';
import { demoTemplate } from '../../../electron/services/demo-award';
import { useTempDir } from '../../helpers/temp-dir';

describe('the committee certificate', () => {
  const tmp = useTempDir();
  const open: AwardDb[] = [];
  afterEach(async () => {
    for (const a of open.splice(0)) await a.close();
  });

  // A serial written with a needless leading zero byte is not DER: OpenSSL (node's X509Certificate,
  // pdfsig) refuses the whole certificate with "illegal padding". Half of random serials hit that
  // when the serial is built carelessly, so a dozen certificates all parse only when it is right.
  it('is strict DER every time: OpenSSL parses it, with a positive minimal serial', async () => {
    const award = await createFromTemplate(tmp.path('a.juri'), { ...demoTemplate(), jurors: [] });
    open.push(award);
    for (let i = 0; i < 12; i += 1) {
      award.sqlite.exec('DELETE FROM committee_key');
      createCommitteeKey(award, 'rahasia');
      const pem = award.sqlite.prepare<[], { certificate: string }>('SELECT certificate FROM committee_key').get()!;
      const cert = new X509Certificate(pem.certificate);
      expect(cert.subject).toContain('CN=Apresiasi Program Prioritas 2024');
      expect(cert.serialNumber).toMatch(/^[4-7][0-9A-F]{31}$/);
      expect(unlockCommitteeKey(award, 'rahasia').length).toBeGreaterThan(1000);
    }
  });
});
