import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openAwardDb } from '../../electron/db/open-award-db';
import { exportForMerge } from '../../electron/services/merge/export.service';
import { scoringFor } from '../../electron/services/scoring/scoring.service';
import { expect, test } from './fixtures';
import { PERENCANAAN, signInAs } from './pages/chair.page';
import { MergePage } from './pages/merge.page';

const CELL = { categoryId: PERENCANAAN, nomineeId: 'wil-64.01', criterionId: 'pbd-dokumen' };

test('the secretariat distributes, merges several files with a per-file report, decides a conflict and undoes', async ({
  page,
  juri,
}) => {
  test.setTimeout(120_000);
  const url = await juri.startWith(['--demo']);
  await page.goto(url);
  await signInAs(page, 'juri-1', '1111');
  await page.goto(url);
  const merge = new MergePage(page);
  await merge.open();

  await merge.distribute.click();
  await expect(merge.distributed.getByRole('listitem')).toHaveCount(5);
  const committee = (await merge.distributed
    .getByRole('listitem')
    .filter({ hasText: 'Dra. Maria Ulfa' })
    .locator('code')
    .textContent())!;

  // juri-2 scores a cell on their own laptop (the committee file) and exports it for merge.
  const exported = join(juri.dataDir, 'juri-2-untuk-digabung.juri');
  const laptop = await openAwardDb(committee, { create: false });
  scoringFor(laptop).saveScore('juri-2', { ...CELL, value: 70 });
  exportForMerge(laptop, exported);
  await laptop.close();
  // Meanwhile the same cell got another value on the secretariat's laptop.
  await signInAs(page, 'juri-2', '2222');
  expect(await page.evaluate((cell) => window.api.scoring.save({ ...cell, value: 50 }), CELL)).toMatchObject({
    ok: true,
  });
  await signInAs(page, 'juri-1', '1111');
  await page.goto(url);
  await merge.open();

  const garbage = join(juri.dataDir, 'bukan-berkas.juri');
  writeFileSync(garbage, 'bukan berkas sqlite');
  await merge.fileInput.setInputFiles([exported, garbage]);
  await expect(merge.reportRow('juri-2-untuk-digabung.juri')).toContainText('Digabung');
  await expect(merge.reportRow('juri-2-untuk-digabung.juri').getByRole('cell').nth(1)).toHaveText('1');
  await expect(merge.reportRow('bukan-berkas.juri')).toContainText('Ditolak');
  await expect(merge.reportRow('bukan-berkas.juri')).toContainText('Berkas rusak');

  await expect(page.getByText('1 konflik belum diputuskan.')).toBeVisible();
  await expect(merge.conflicts).toContainText('Nilai berbeda di perangkat berbeda');
  await merge.resolveFirst('60', 'Rapat pleno dewan juri');
  await expect(merge.conflicts).toContainText('60 — Rapat pleno dewan juri');
  await expect(page.getByText('Tidak ada konflik.')).toBeHidden();

  await merge.undo.click();
  await page
    .getByRole('dialog', { name: 'Batalkan penggabungan terakhir?' })
    .getByRole('button', { name: 'Batalkan penggabungan terakhir' })
    .click();
  await expect(merge.undo).toBeDisabled();
  await expect(page.getByText('Tidak ada konflik.')).toBeVisible();
});
