import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PERENCANAAN, signInAs } from './pages/chair.page';

const SCREENS = new URL('../../.tmp/screens/', import.meta.url).pathname;

/** The signed-in juror gives Kabupaten Paser and Kota Bontang the same 80 on every judged criterion. */
async function scoreTie(page: Page): Promise<void> {
  await page.evaluate(async (categoryId) => {
    for (const nomineeId of ['wil-64.01', 'wil-64.74']) {
      for (const criterionId of ['pbd-dokumen', 'pbd-pendampingan']) {
        const saved = await window.api.scoring.save({ categoryId, nomineeId, criterionId, value: 80 });
        if (!saved.ok) throw new Error(saved.error.message);
      }
    }
  }, PERENCANAAN);
}

test('the ketua orders a tie the chain cannot break, with a reason, and the ranking follows', async ({
  page,
  juri,
}) => {
  test.setTimeout(120_000);
  await page.goto(await juri.startWith(['--demo']));
  for (const [jurorId, pin] of [
    ['juri-3', '3333'],
    ['juri-4', '4444'],
    ['juri-5', '5555'],
  ] as const) {
    await signInAs(page, jurorId, pin);
    await scoreTie(page);
  }
  await signInAs(page, 'juri-1', '1111');
  await page.reload();
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('button', { name: 'Hasil' }).click();
  await page.getByLabel('Kategori').selectOption(PERENCANAAN);
  const ranking = page.getByRole('table', { name: 'Peringkat' });
  const rankOf = (name: string) => ranking.getByRole('row').filter({ hasText: name }).getByRole('cell').first();
  await expect(rankOf('Kabupaten Paser')).toHaveText('1');
  await expect(rankOf('Kota Bontang')).toHaveText('1');
  await expect(page.getByText('Peringkat 1 dibagi bersama')).toBeVisible();

  await page.getByRole('button', { name: 'Putuskan urutan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keputusan ketua atas peringkat 1 yang sama' });
  await dialog.getByRole('button', { name: 'Naikkan Kota Bontang' }).click();
  await dialog.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(dialog.getByText('Tuliskan alasannya (paling sedikit 5 karakter).')).toBeVisible();
  await dialog.getByLabel('Alasan keputusan').fill('Pendampingan sekolah lebih merata');
  await page.screenshot({ path: `${SCREENS}results-tie-dialog.png` });
  await dialog.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(dialog).toBeHidden();

  await expect(rankOf('Kota Bontang')).toHaveText('1');
  await expect(rankOf('Kabupaten Paser')).toHaveText('2');
  await expect(page.getByText('keputusan ketua — Pendampingan sekolah lebih merata', { exact: false })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}results-tie-decided.png`, fullPage: true });

  // An anggota cannot decide: the button is the ketua's alone.
  await signInAs(page, 'juri-2', '2222');
  await page.reload();
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('button', { name: 'Hasil' }).click();
  await page.getByLabel('Kategori').selectOption(PERENCANAAN);
  await expect(rankOf('Kota Bontang')).toHaveText('1');
  await expect(page.getByRole('button', { name: 'Ubah keputusan…' })).toBeHidden();
});
