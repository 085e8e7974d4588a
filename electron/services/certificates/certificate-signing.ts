import { translatorFor, type Language } from '../../../shared/i18n/i18n';
import type { AwardDb } from '../../db/open-award-db';
import { unlockCommitteeKey } from '../documents/committee-key';
import { readSetup } from '../setup.service';
import type { CertificateSigning } from './certificate-batch';

/**
 * Unlocks the committee certificate with the ketua's passphrase so every certificate PDF of a
 * batch carries the same PKCS#7 signature as the decision sheets (pdfsig and `juri verify` check
 * it); a wrong passphrase is refused before any file is written.
 */
export async function certificateSigning(
  award: AwardDb,
  passphrase: string,
  language: Language = 'id',
  now = new Date(),
): Promise<CertificateSigning> {
  const p12 = unlockCommitteeKey(award, passphrase);
  const { programme } = (await readSetup(award)).award;
  return {
    p12,
    name: `Dewan Juri ${programme.name}`,
    reason: translatorFor(language).t('decision.certificateSignatureReason', { ns: 'documents' }),
    location: programme.decisionPlace || programme.place,
    contactInfo: programme.organiser,
    signingTime: now.toISOString(),
  };
}
