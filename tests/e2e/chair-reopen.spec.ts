import { expect, test } from './fixtures';
import { ChairPage, PERENCANAAN, PERENCANAAN_NAME, scoreSheet, signInAs } from './pages/chair.page';

const RINA = 'Rina Marlina, S.Pd., M.Pd.';
const SCREENS = new URL('../../.tmp/screens/', import.meta.url).pathname;

test('the ketua sees a submitted sheet, reopens it with a written reason, and the history keeps both events', async ({
  page,
  juri,
}) => {
  test.setTimeout(90_000);
  await page.goto(await juri.startWith(['--demo']));
  const chair = new ChairPage(page);

  // Nobody signed in: the screen asks for the ketua or sekretaris, and shows no data.
  await chair.open();
  await expect(page.getByRole('heading', { name: 'Masuk sebagai Ketua atau Sekretaris' })).toBeVisible();
  await expect(chair.sheets).toBeHidden();

  // juri-4 fills and submits a category; the sheet is then locked for them.
  await signInAs(page, 'juri-4', '4444');
  expect(await scoreSheet(page, PERENCANAAN, { submitPin: '4444' })).toBe(20);
  const locked = await page.evaluate(
    (categoryId) =>
      window.api.scoring.save({ categoryId, nomineeId: 'wil-64.01', criterionId: 'pbd-dokumen', value: 50 }),
    PERENCANAAN,
  );
  expect(locked).toMatchObject({ ok: false, error: { code: 'locked' } });

  // The ketua signs in (another juror on the same laptop) and opens the screen.
  await signInAs(page, 'juri-1', '1111');
  await page
    .getByRole('navigation', { name: 'Menu utama' })
    .getByRole('button', { name: /^Lembar Nilai/ })
    .click();
  await chair.open();
  await expect(page.getByTestId('signed-in-juror')).toHaveText('Prof. Dr. Siti Rahmawati, M.Pd. · Ketua');
  await expect(chair.summary).toHaveText(/^1 dari \d+ lembar dikirim$/);
  const row = chair.sheetRow('juri-4', PERENCANAAN);
  await expect(row).toContainText('Dikirim · terkunci');
  await expect(row).toContainText('20/20');
  await expect(chair.sheetRow('juri-3', PERENCANAAN)).toContainText('Terbuka');
  await expect(chair.sheetRow('juri-3', PERENCANAAN)).toContainText('0/18');

  // Filters: only submitted sheets.
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Dikirim · terkunci' });
  await expect(chair.sheets.locator('tbody tr[data-juror]')).toHaveCount(1);
  await page.screenshot({ path: `${SCREENS}chair-ketua.png` });

  // A reason that is too short is refused inline, by main; nothing is reopened.
  await chair.reopen(RINA, PERENCANAAN_NAME, 'oke');
  const reason = chair.reopenDialog.getByLabel('Alasan');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(chair.reopenDialog.locator('.field__error')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}chair-reopen-dialog.png` });
  await expect(row).toContainText('Dikirim · terkunci');

  await chair.reopen(RINA, PERENCANAAN_NAME, 'Salah ketik nilai Kota Samarinda');
  await expect(chair.reopenDialog).toBeHidden();
  await expect(chair.toast(`Lembar ${RINA} — ${PERENCANAAN_NAME} dibuka kembali.`)).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Semua status' });
  await expect(row).toContainText('Terbuka');
  await expect(chair.summary).toHaveText(/^0 dari \d+ lembar dikirim$/);

  // The history of juri-4 in that category: 20 scores, the submission, the reopening with its reason.
  await chair.filterHistory({ juror: RINA, category: PERENCANAAN_NAME });
  await expect(chair.historyRows()).toHaveCount(22);
  await expect(chair.historyRows('submit')).toHaveCount(1);
  const reopened = chair.historyRows('reopen');
  await expect(reopened).toHaveCount(1);
  await expect(reopened).toContainText('Alasan: Salah ketik nilai Kota Samarinda');
  await expect(reopened).toContainText('oleh Prof. Dr. Siti Rahmawati, M.Pd.');
  await expect(chair.historyRows().first()).toHaveAttribute('data-type', 'reopen');
  await expect(chair.historyRows('score').first()).toContainText('kosong → ');
  await expect(chair.historyRows('score').first()).toContainText('Aplikasi');

  // One cell: the nominee and criterion narrow it to its one score.
  await chair.filterHistory({ nominee: 'Kota Samarinda', criterion: 'Rapor Pendidikan dalam dokumen perencanaan' });
  await expect(chair.historyRows()).toHaveCount(1);
  await expect(chair.historyRows('score')).toContainText('Kota Samarinda');
  await chair.history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}chair-history.png` });

  // juri-4 can edit again.
  await signInAs(page, 'juri-4', '4444');
  const edited = await page.evaluate(
    (categoryId) =>
      window.api.scoring.save({ categoryId, nomineeId: 'wil-64.72', criterionId: 'pbd-dokumen', value: 77 }),
    PERENCANAAN,
  );
  expect(edited).toMatchObject({ ok: true, value: { cell: { value: 77 } } });
});
