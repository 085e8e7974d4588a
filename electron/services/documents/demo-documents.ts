import type { AwardDb } from '../../db/open-award-db';
import { committeeCertificate, createCommitteeKey } from './committee-key';

/** The demo award's committee passphrase, as the issue asks: the whole flow runs on the demo. */
export const DEMO_PASSPHRASE = 'demo';

/** Gives the demo award its committee certificate (passphrase `demo`), once. */
export function seedDemoDocuments(award: AwardDb, now = new Date()): void {
  if (!committeeCertificate(award)) createCommitteeKey(award, DEMO_PASSPHRASE, now);
}
