import { expect, test } from './fixtures';
import { AppPage } from './pages/app.page';
import { JURORS, SCREENS, ScoringPage } from './pages/scoring.page';

// A fresh demo host per test; the PIN checks (scrypt) are slow on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

test('a wrong PIN is refused inline, then the right one signs in and Keluar signs out', async ({ page, juri }) => {
  await page.goto(await juri.startWith(['--demo']));
  const scoring = new ScoringPage(page);
  await scoring.open();
  await scoring.signIn(JURORS['juri-3'].name, '9999');
  await expect(scoring.signInAlert).toHaveText('PIN salah. Sisa percobaan: 4.');
  const pin = page.getByLabel('PIN', { exact: true });
  await expect(pin).toHaveAttribute('type', 'password');
  await expect(pin).toBeFocused();
  await expect(pin).toHaveValue('');
  await page.screenshot({ path: `${SCREENS}scoring-signin-wrong.png` });

  await pin.fill('12');
  await pin.press('Enter');
  await expect(scoring.signInAlert).toHaveText('PIN harus 4–8 angka.');

  await pin.fill(JURORS['juri-3'].pin);
  await pin.press('Enter');
  await scoring.expectSignedIn(JURORS['juri-3'].name);
  await expect(page.getByTestId('signed-in-juror')).toHaveText(`${JURORS['juri-3'].name} · Anggota`);
  await expect(page.getByRole('list', { name: 'Kategori yang Anda nilai' })).toBeVisible();
  await scoring.signOut();
  expect(await page.evaluate(() => window.api.session.current(null))).toMatchObject({ ok: true, value: null });

  // English second: the same panel and main's messages follow the language.
  await new AppPage(page).switchLanguage('EN');
  await expect(page.getByRole('heading', { name: 'Sign in as a juror' })).toBeVisible();
  await page.getByRole('button', { name: /^Sign in as Drs\. Bambang Sutrisno, M\.M\. \(Member\)/ }).click();
  await page.getByLabel('PIN', { exact: true }).fill('1212');
  await page.getByLabel('PIN', { exact: true }).press('Enter');
  await expect(scoring.signInAlert).toHaveText('Wrong PIN. Attempts left: 4.');
  await expect(scoring.signInAlert).not.toContainText('PIN salah');
});

test('after five wrong PINs the juror is locked out for a while', async ({ page, juri }) => {
  await page.goto(await juri.startWith(['--demo']));
  const scoring = new ScoringPage(page);
  await scoring.open();
  await scoring.signIn(JURORS['juri-5'].name, '0000');
  await expect(scoring.signInAlert).toHaveText('PIN salah. Sisa percobaan: 4.');
  const pin = page.getByLabel('PIN', { exact: true });
  for (let left = 3; left >= 1; left -= 1) {
    await pin.fill('0000');
    await pin.press('Enter');
    await expect(scoring.signInAlert).toHaveText(`PIN salah. Sisa percobaan: ${left}.`);
  }
  await pin.fill('0000');
  await pin.press('Enter');
  await expect(scoring.signInAlert).toContainText('Terlalu banyak PIN salah. Coba lagi dalam');
  // Even the right PIN waits now.
  await pin.fill(JURORS['juri-5'].pin);
  await pin.press('Enter');
  await expect(scoring.signInAlert).toContainText('Terlalu banyak PIN salah');
  await page.getByRole('button', { name: 'Bukan Anda? Pilih nama lain' }).click();
  await expect(
    page.getByRole('button', { name: new RegExp(`^Masuk sebagai ${JURORS['juri-5'].name.replace(/\./g, '\\.')}`) }),
  ).toContainText('terkunci sementara');
});

test('a juror without a PIN chooses one (twice) on the first sign-in', async ({ page, juri }) => {
  await page.goto(await juri.startWith(['--demo']));
  const added = await page.evaluate(() =>
    window.api.juror.save({ name: 'Yusuf Hakim, S.E.', title: 'Tokoh masyarakat', role: 'anggota' }),
  );
  expect(added).toMatchObject({ ok: true });
  const scoring = new ScoringPage(page);
  await scoring.open();
  const pick = page.getByRole('button', { name: /^Masuk sebagai Yusuf Hakim, S\.E\. / });
  await expect(pick).toContainText('belum punya PIN');
  await pick.click();
  await expect(page.getByText('Buat PIN Anda')).toBeVisible();
  const first = page.getByLabel('PIN baru', { exact: true });
  const again = page.getByLabel('Ulangi PIN baru');
  await expect(first).toBeFocused();
  await first.fill('2468');
  await again.fill('2469');
  await again.press('Enter');
  await expect(scoring.signInAlert).toHaveText('Kedua PIN tidak sama.');
  await page.screenshot({ path: `${SCREENS}scoring-signin-setpin.png` });
  await first.fill('2468');
  await again.fill('2468');
  await again.press('Enter');
  await scoring.expectSignedIn('Yusuf Hakim, S.E.');

  // The PIN now exists: signing in again asks for it and accepts it.
  await scoring.signOut();
  await scoring.signIn('Yusuf Hakim, S.E.', '2468');
  await scoring.expectSignedIn('Yusuf Hakim, S.E.');
});
