import type { AwardDb } from '../db/open-award-db';
import { upsertJuror } from '../db/repos/juror.repo';
import { DEMO_PINS, demoTemplate } from './demo-award';
import { hashPin } from './pin';
import { createFromTemplate } from './template.service';
import { seedDemoDocuments } from './documents/demo-documents';
import { addDemoSignatures } from './certificates/demo-signatures';

/** Creates the demo award file: the demo jurors' PINs, their drawn signatures and the committee certificate. */
export async function createDemoAward(path: string): Promise<AwardDb> {
  const template = demoTemplate();
  const award = await createFromTemplate(path, template);
  const hashing = Promise.all(template.jurors.map((_, i) => hashPin(DEMO_PINS[i] ?? '0000')));
  try {
    // The whole decision flow runs on the demo: committee passphrase `demo`, jurors with signatures.
    // The committee key (RSA) is made here while libuv's pool hashes the PINs (scrypt) beside it.
    seedDemoDocuments(award);
    const hashes = await hashing;
    await award.db.transaction().execute(async (trx) => {
      for (const [i, j] of template.jurors.entries()) await upsertJuror(trx, j, hashes[i]);
    });
    addDemoSignatures(award);
  } catch (error) {
    await award.close();
    throw error;
  }
  return award;
}
