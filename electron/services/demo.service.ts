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
  const hashes = await Promise.all(template.jurors.map((_, i) => hashPin(DEMO_PINS[i] ?? '0000')));
  await award.db.transaction().execute(async (trx) => {
    for (const [i, j] of template.jurors.entries()) await upsertJuror(trx, j, hashes[i]);
  });
  // The whole decision flow runs on the demo: committee passphrase `demo`, jurors with signatures.
  seedDemoDocuments(award);
  addDemoSignatures(award);
  return award;
}
