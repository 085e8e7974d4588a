import { expect, test } from './fixtures';
import { ChairPage, PERENCANAAN, scoreSheet, signInAs } from './pages/chair.page';

const SCREENS = new URL('../../.tmp/screens/', import.meta.url).pathname;

test('the sekretaris sees every sheet and the history but cannot reopen or release', async ({ page, juri }) => {
  test.setTimeout(90_000);
  await page.goto(await juri.startWith(['--demo']));
  await signInAs(page, 'juri-4', '4444');
  await scoreSheet(page, PERENCANAAN, { submitPin: '4444' });
  await page.evaluate(() => window.api.session.signOut(null));

  // The sekretaris signs in on the screen itself.
  const chair = new ChairPage(page);
  await chair.open();
  await chair.signIn('Dra. Maria Ulfa, M.Si.', '2222');
  await expect(page.getByTestId('signed-in-juror')).toHaveText('Dra. Maria Ulfa, M.Si. · Sekretaris');
  await expect(chair.sheetRow('juri-4', PERENCANAAN)).toContainText('Dikirim · terkunci');
  const reopen = chair.sheetRow('juri-4', PERENCANAAN).getByRole('button', { name: /^Buka kembali lembar/ });
  await expect(reopen).toBeDisabled();
  await expect(reopen).toHaveAttribute(
    'title',
    'Hanya Ketua Dewan Juri yang dapat membuka kembali lembar yang sudah dikirim.',
  );
  await expect(
    page.getByText('Hanya Ketua Dewan Juri yang dapat membuka kembali lembar yang sudah dikirim.'),
  ).toBeVisible();
  await expect(chair.releaseSwitch).toBeDisabled();
  await expect(page.getByText('Hanya Ketua Dewan Juri yang dapat merilis hasil.')).toBeVisible();
  await expect(chair.historyRows('submit')).toHaveCount(1);

  // "Riwayat" on a sheet narrows the history to that juror and category.
  await page.getByRole('button', { name: /^Riwayat Rina Marlina, S\.Pd\., M\.Pd\. — Dukungan terbaik/ }).click();
  await expect(page.getByRole('search', { name: 'Riwayat perubahan' }).getByLabel('Juri')).toHaveValue('juri-4');
  await expect(chair.historyRows()).toHaveCount(21);
  await page.screenshot({ path: `${SCREENS}chair-sekretaris.png` });

  // Main refuses it too, whatever the screen shows.
  const refused = await page.evaluate(() =>
    window.api.chair.reopen({ jurorId: 'juri-4', categoryId: 'perencanaan-data', reason: 'Coba buka kembali' }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('an anggota cannot open the chair screen, and main refuses the data', async ({ page, juri }) => {
  test.setTimeout(90_000);
  await page.goto(await juri.startWith(['--demo']));
  await signInAs(page, 'juri-3', '3333');
  const chair = new ChairPage(page);
  await chair.open();
  await expect(page.getByText('Hanya untuk Ketua dan Sekretaris')).toBeVisible();
  await expect(page.getByText(/Drs\. Bambang Sutrisno, M\.M\. masuk sebagai Anggota/)).toBeVisible();
  await expect(chair.sheets).toBeHidden();
  await expect(chair.history).toBeHidden();
  await page.screenshot({ path: `${SCREENS}chair-anggota.png` });

  expect(await page.evaluate(() => window.api.chair.sheets(null))).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await page.evaluate(() => window.api.chair.history({ limit: 10 }))).toMatchObject({ ok: false });

  // Signing out from here leads back to the sign-in message.
  await page.getByRole('button', { name: 'Keluar' }).first().click();
  await expect(page.getByRole('heading', { name: 'Masuk sebagai Ketua atau Sekretaris' })).toBeVisible();
});

test('the ketua releases the results after confirming, and the history records it', async ({ page, juri }) => {
  test.setTimeout(90_000);
  await page.goto(await juri.startWith(['--demo']));
  await signInAs(page, 'juri-1', '1111');
  const chair = new ChairPage(page);
  await chair.open();
  await expect(chair.releaseSwitch).not.toBeChecked();
  await chair.releaseSwitch.click();
  const confirm = page.getByRole('dialog', { name: 'Rilis hasil kepada juri?' });
  await expect(confirm).toContainText('setiap juri dapat melihat nilai juri lain');
  await page.screenshot({ path: `${SCREENS}chair-release-confirm.png` });
  await confirm.getByRole('button', { name: 'Rilis hasil' }).click();
  await expect(confirm).toBeHidden();
  await expect(chair.releaseSwitch).toBeChecked();
  await expect(chair.historyRows('release')).toContainText('Hasil dirilis');
  expect(await page.evaluate(() => window.api.scoring.overview(null))).toMatchObject({
    ok: true,
    value: { released: true },
  });

  // Cancelling the question to hide them again changes nothing.
  await chair.releaseSwitch.click();
  await page.getByRole('dialog', { name: 'Sembunyikan hasil lagi?' }).getByRole('button', { name: 'Batal' }).click();
  await expect(chair.releaseSwitch).toBeChecked();
});
