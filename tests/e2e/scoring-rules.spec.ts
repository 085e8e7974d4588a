import { expect, test } from './fixtures';
import { JURORS, PERENCANAAN, SCREENS, ScoringPage, sheetOf } from './pages/scoring.page';

// A fresh demo host per test; the PIN checks (scrypt) are slow on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

test('juri-3 cannot edit the Kota Samarinda row (conflict of interest)', async ({ page, juri }) => {
  await page.goto(await juri.startWith(['--demo']));
  const scoring = new ScoringPage(page);
  await scoring.open();
  await scoring.signIn(JURORS['juri-3'].name, JURORS['juri-3'].pin);
  await scoring.openCategory(PERENCANAAN);
  const sheet = await sheetOf(page, PERENCANAAN);
  const [dokumen, pendampingan] = sheet.criteria.map((c) => c.name);

  const row = scoring.grid.locator('tr[data-nominee="wil-64.72"]');
  await expect(row).toContainText('Kota Samarinda');
  await expect(row).toContainText('Konflik kepentingan');
  await expect(scoring.sheetProgress).toContainText('0 / 18 sel');
  const locked = scoring.cell('Kota Samarinda', dokumen!);
  await expect(locked).toHaveAttribute('aria-readonly', 'true');
  await expect(locked).not.toHaveAttribute('tabindex', /.*/);

  // Walking down the column by keyboard skips the conflicted row.
  await scoring.cell('Kota Balikpapan', dokumen!).focus();
  await page.keyboard.press('ArrowDown');
  await expect(scoring.cell('Kota Bontang', dokumen!)).toBeFocused();

  // A click does not focus it, and typing afterwards opens no editor there.
  await locked.click();
  await expect(locked).not.toBeFocused();
  await page.keyboard.type('80');
  await page.keyboard.press('Enter');
  await expect(scoring.editor('Kota Samarinda', dokumen!)).toHaveCount(0);
  await expect(locked).toHaveText('');
  await expect(scoring.cell('Kota Samarinda', pendampingan!)).toHaveAttribute('aria-readonly', 'true');
  await page.screenshot({ path: `${SCREENS}scoring-conflict.png` });

  // Main refuses it too.
  const refused = await page.evaluate(
    (categoryId) =>
      window.api.scoring.save({ categoryId, nomineeId: 'wil-64.72', criterionId: 'pbd-dokumen', value: 80 }),
    PERENCANAAN,
  );
  expect(refused).toMatchObject({ ok: false });
  expect((await sheetOf(page, PERENCANAAN)).cells).toHaveLength(0);

  // Indicator criteria are shown, greyed and read-only: the secretariat fills them.
  await page.getByRole('button', { name: '← Semua kategori' }).click();
  await scoring.openCategory('akun-belajar');
  const mixed = await sheetOf(page, 'akun-belajar');
  const indicator = mixed.criteria.find((c) => c.kind === 'indicator')!;
  const judged = mixed.criteria.find((c) => c.kind === 'judged')!;
  await expect(scoring.grid.getByRole('columnheader', { name: new RegExp(indicator.name) })).toContainText(
    'Indikator — diisi sekretariat',
  );
  const readOnly = scoring.cell(mixed.nominees[0]!.name, indicator.name);
  await expect(readOnly).toHaveAttribute('aria-readonly', 'true');
  await expect(readOnly).not.toHaveAttribute('tabindex', /.*/);
  // Tab from the last judged column of a row goes to the next row, over the indicators.
  const judgedCols = mixed.criteria.filter((c) => c.kind === 'judged');
  await scoring.cell(mixed.nominees[0]!.name, judgedCols[judgedCols.length - 1]!.name).focus();
  await page.keyboard.press('Tab');
  await expect(scoring.cell(mixed.nominees[1]!.name, judgedCols[0]!.name)).toBeFocused();
  await expect(scoring.cell(mixed.nominees[1]!.name, judged.name)).toHaveAttribute('tabindex', /0|-1/);
  await page.screenshot({ path: `${SCREENS}scoring-indicators.png` });
});

test('out-of-range and off-step values are refused inline with the range, and not saved', async ({ page, juri }) => {
  await page.goto(await juri.startWith(['--demo']));
  const scoring = new ScoringPage(page);
  await scoring.open();
  await scoring.signIn(JURORS['juri-4'].name, JURORS['juri-4'].pin);
  await scoring.openCategory(PERENCANAAN);
  const sheet = await sheetOf(page, PERENCANAAN);
  const dokumen = sheet.criteria[0]!.name;
  const paser = sheet.nominees[0]!.name;
  const cell = scoring.cell(paser, dokumen);

  await cell.focus();
  await page.keyboard.type('72');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveText('72');
  await expect(cell).toHaveAttribute('data-state', 'saved');

  await cell.focus();
  await page.keyboard.type('150');
  await page.keyboard.press('Enter');
  await expect(scoring.status).toHaveText(
    `${paser} — ${dokumen}: Nilai harus antara 1 dan 100. Nilai sebelumnya tetap.`,
  );
  await expect(scoring.status).toHaveAttribute('role', 'alert');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expect(cell).toBeFocused();
  await expect(cell).toHaveText('72');
  await page.screenshot({ path: `${SCREENS}scoring-refused.png` });

  await page.keyboard.type('50,5');
  await page.keyboard.press('Tab');
  await expect(scoring.status).toContainText('Nilai harus kelipatan 1 mulai dari 1 (antara 1 dan 100)');
  await expect(cell).toBeFocused();
  await expect(cell).toHaveText('72');

  // A good value clears the refusal; the decimal comma is read the Indonesian way.
  await page.keyboard.type('88,0');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveText('88');
  await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
  await expect(scoring.status).toContainText('Tersimpan pukul');

  // Escape cancels an edit; Delete clears the cell (saved as empty).
  const next = scoring.cell(sheet.nominees[1]!.name, dokumen);
  await expect(next).toBeFocused();
  await page.keyboard.type('33');
  await page.keyboard.press('Escape');
  await expect(next).toHaveText('');
  await expect(next).toBeFocused();

  await page.reload();
  await scoring.open();
  await scoring.openCategory(PERENCANAAN);
  await expect(scoring.cell(paser, dokumen)).toHaveText('88');
  const saved = await sheetOf(page, PERENCANAAN);
  expect(saved.cells.filter((c) => c.value !== null).map((c) => [c.nomineeId, c.criterionId, c.value])).toEqual([
    [sheet.nominees[0]!.id, sheet.criteria[0]!.id, 88],
  ]);

  await scoring.cell(paser, dokumen).focus();
  await page.keyboard.press('Delete');
  await expect(scoring.cell(paser, dokumen)).toHaveText('');
  await expect.poll(async () => (await sheetOf(page, PERENCANAAN)).cells[0]?.value).toBeNull();

  // The server refuses too (no bypass by calling main directly).
  const refused = await page.evaluate(
    ({ categoryId, nomineeId }) =>
      window.api.scoring.save({ categoryId, nomineeId, criterionId: 'pbd-dokumen', value: 150 }),
    { categoryId: PERENCANAAN, nomineeId: sheet.nominees[0]!.id },
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
});
