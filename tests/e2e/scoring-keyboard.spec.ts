import { expect, test } from './fixtures';
import { JURORS, PERENCANAAN, SCREENS, ScoringPage, sheetOf } from './pages/scoring.page';

// A fresh demo host per test; the PIN checks (scrypt) are slow on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

test('juri-4 fills a whole category by keyboard alone, reloads, submits with the PIN, and the sheet locks', async ({
  page,
  juri,
}) => {
  await page.goto(await juri.startWith(['--demo']));
  const scoring = new ScoringPage(page);
  await scoring.open();
  await page.screenshot({ path: `${SCREENS}scoring-signin.png` });
  await scoring.signIn(JURORS['juri-4'].name, JURORS['juri-4'].pin);
  await scoring.expectSignedIn(JURORS['juri-4'].name);
  await scoring.openCategory(PERENCANAAN);

  const sheet = await sheetOf(page, PERENCANAAN);
  const nominees = sheet.nominees.map((n) => n.name);
  const [dokumen, pendampingan] = sheet.criteria.filter((c) => c.kind === 'judged').map((c) => c.name);
  expect(nominees).toHaveLength(10);
  if (!dokumen || !pendampingan) throw new Error('two judged criteria expected');
  await expect(scoring.grid.getByRole('columnheader', { name: /Bobot \d+ · 1–100/ })).toHaveCount(2);

  // Keyboard only: focus the first cell, then type, Tab, Enter and arrows.
  const expected = nominees.map((_, i) => [String(60 + i), String(70 + i)] as const);
  await scoring.cell(nominees[0]!, dokumen).focus();
  for (const [i, [a, b]] of expected.entries()) {
    await page.keyboard.type(a);
    await page.keyboard.press('Tab');
    await page.keyboard.type(b);
    await page.keyboard.press('Enter');
    if (i < expected.length - 1) await page.keyboard.press('ArrowLeft');
  }
  for (const [i, name] of nominees.entries()) {
    await expect(scoring.cell(name, dokumen)).toHaveText(expected[i]![0]);
    await expect(scoring.cell(name, pendampingan)).toHaveText(expected[i]![1]);
  }
  await expect(scoring.status).toContainText('Tersimpan pukul');
  await expect(scoring.sheetProgress).toContainText('20 / 20 sel · lengkap');
  await page.screenshot({ path: `${SCREENS}scoring-grid.png` });

  await page.reload();
  await scoring.open();
  await scoring.expectSignedIn(JURORS['juri-4'].name);
  await scoring.openCategory(PERENCANAAN);
  expect(await scoring.values()).toEqual(nominees.map((n, i) => [n, ...expected[i]!]));
  await expect(scoring.sheetProgress).toContainText('20 / 20 sel · lengkap');

  await scoring.submitButton.click();
  await expect(scoring.submitDialog).toBeVisible();
  await expect(scoring.submitDialog.getByLabel('PIN Anda')).toBeFocused();
  await page.screenshot({ path: `${SCREENS}scoring-submit.png` });
  await scoring.submitDialog.getByLabel('PIN Anda').fill('4444');
  await page.keyboard.press('Enter');
  await expect(scoring.submitDialog).toBeHidden();
  await expect(scoring.sheetStatus).toHaveText('Terkunci — dikirim');
  await expect(page.getByText('Hanya Ketua Dewan Juri yang dapat membukanya kembali')).toBeVisible();
  await expect(scoring.submitButton).toBeDisabled();
  await page.screenshot({ path: `${SCREENS}scoring-locked.png` });

  // Locked: typing in a cell changes nothing, on screen or in the file.
  const first = scoring.cell(nominees[0]!, dokumen);
  await expect(first).toHaveAttribute('aria-readonly', 'true');
  await first.focus();
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(scoring.editor(nominees[0]!, dokumen)).toHaveCount(0);
  await expect(first).toHaveText(expected[0]![0]);
  const after = await sheetOf(page, PERENCANAAN);
  expect(after.status).toBe('submitted');
  expect(after.cells.filter((c) => c.value !== null)).toHaveLength(20);
  expect(
    after.cells.find((c) => c.nomineeId === sheet.nominees[0]!.id && c.criterionId === sheet.criteria[0]!.id)?.value,
  ).toBe(60);
});
