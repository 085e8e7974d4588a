import { copyFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openAwardFile } from '../../../electron/services/award-file.service';
import { createDemoAward } from '../../../electron/services/demo.service';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';
import { useTempDir } from '../../helpers/temp-dir';

const deviceOf = (award: Awaited<ReturnType<typeof openAwardFile>>['award']) =>
  award.sqlite.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'device_id'").get()!.value;

// One juror, two laptops: a copy of an award file scored elsewhere must not reuse the original's
// device id, or the two chains would collide at merge and the second be refused as rewritten.
describe('a copied award file', () => {
  const tmp = useTempDir();

  it('keeps its device id where it was made, and takes a new one when opened as a copy elsewhere', async () => {
    const created = await createDemoAward(tmp.path('asli.juri'));
    const original = deviceOf(created);
    const cell = { categoryId: 'perencanaan-data', nomineeId: 'wil-64.01', criterionId: 'pbd-dokumen' };
    scoringFor(created).saveScore('juri-4', { ...cell, value: 70 });
    await created.close();

    const reopened = await openAwardFile(tmp.path('asli.juri'));
    expect(deviceOf(reopened.award)).toBe(original);
    await reopened.award.close();

    copyFileSync(tmp.path('asli.juri'), tmp.path('salinan.juri'));
    const copy = await openAwardFile(tmp.path('salinan.juri'));
    const copied = deviceOf(copy.award);
    expect(copied).not.toBe(original);
    // Its later events start a chain of their own; the original's events keep their device.
    scoringFor(copy.award).saveScore('juri-4', { ...cell, value: 75 });
    const chains = copy.award.sqlite
      .prepare<[], { device_id: string; n: number }>('SELECT device_id, count(*) AS n FROM event GROUP BY device_id')
      .all();
    expect(Object.fromEntries(chains.map((c) => [c.device_id, c.n]))).toEqual({ [original]: 1, [copied]: 1 });
    await copy.award.close();

    const again = await openAwardFile(tmp.path('salinan.juri'));
    expect(deviceOf(again.award)).toBe(copied);
    await again.award.close();
  });
});
