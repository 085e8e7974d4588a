import { expect, test } from './fixtures';
import { JURORS, PERENCANAAN, SCREENS, ScoringPage, sheetOf } from './pages/scoring.page';

// A fresh demo host per test; the PIN checks (scrypt) are slow on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

test('the nominee view shares the grid data, saves notes, and cells carry comments with their history', async ({
  page,
  juri,
}) => {
  await page.goto(await juri.startWith(['--demo']));
  const scoring = new ScoringPage(page);
  await scoring.open();
  await scoring.signIn(JURORS['juri-4'].name, JURORS['juri-4'].pin);
  await scoring.openCategory(PERENCANAAN);
  const sheet = await sheetOf(page, PERENCANAAN);
  const [paser, kukar] = sheet.nominees;
  const [dokumen, pendampingan] = sheet.criteria;

  // Grid: a score, then a comment by Shift+F2, then the cell's history by Shift+F3.
  const cell = scoring.cell(paser!.name, dokumen!.name);
  await cell.focus();
  await page.keyboard.type('80');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveAttribute('data-state', 'saved');
  await cell.focus();
  await page.keyboard.type('82');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveText('82');
  await cell.focus();
  await page.keyboard.press('Shift+F2');
  const commentDialog = page.getByRole('dialog', { name: 'Komentar sel' });
  await expect(commentDialog.getByLabel('Komentar')).toBeFocused();
  await page.keyboard.type('Dokumen RKPD lengkap');
  await page.keyboard.press('Control+Enter');
  await expect(commentDialog).toBeHidden();
  await expect(cell.getByRole('img', { name: 'Ada komentar' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Rubrik dan sel terpilih' })).toContainText(
    'Dokumen RKPD lengkap',
  );

  await cell.focus();
  await page.keyboard.press('Shift+F3');
  const historyDialog = page.getByRole('dialog', { name: 'Riwayat nilai' });
  const rows = historyDialog.getByRole('table', { name: 'Riwayat nilai' }).locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Komentar');
  await expect(rows.nth(1)).toContainText('80 → 82');
  await expect(rows.nth(2)).toContainText('kosong → 80');
  await page.screenshot({ path: `${SCREENS}scoring-history.png` });
  await page.keyboard.press('Escape');
  await expect(historyDialog).toBeHidden();

  // Nominee view: the same value, the full rubric, a score and notes.
  await scoring.view('Per peserta');
  await expect(page.getByRole('heading', { level: 3, name: paser!.name })).toBeVisible();
  const score = page.getByRole('textbox', { name: `${paser!.name} — ${dokumen!.name}` });
  await expect(score).toHaveValue('82');
  await expect(page.getByRole('article', { name: pendampingan!.name })).toContainText(
    pendampingan!.rubric[0]!.descriptor,
  );
  const other = page.getByRole('textbox', { name: `${paser!.name} — ${pendampingan!.name}` });
  await other.fill('101');
  await other.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Nilai harus antara 1 dan 100.' })).toBeVisible();
  await other.fill('77');
  await other.press('Enter');
  await expect(other).toHaveValue('77');
  await expect(page.getByRole('article', { name: pendampingan!.name }).getByRole('status')).toContainText('Tersimpan');

  const notes = page.getByLabel('Catatan Anda tentang peserta ini');
  await notes.fill('Paparan kuat; perlu cek bukti pendampingan.');
  await expect(page.locator('.sc-notes')).toContainText(/Tersimpan \d{2}\.\d{2}\.\d{2}/);
  await page.screenshot({ path: `${SCREENS}scoring-nominee-notes.png` });
  await page.getByRole('heading', { level: 3, name: paser!.name }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}scoring-nominee.png` });

  await page.getByRole('button', { name: 'Berikutnya →' }).click();
  await expect(page.getByRole('heading', { level: 3, name: kukar!.name })).toBeVisible();
  await expect(page.getByLabel('Catatan Anda tentang peserta ini')).toHaveValue('');

  await scoring.view('Tabel');
  await expect(scoring.cell(paser!.name, pendampingan!.name)).toHaveText('77');

  const saved = await sheetOf(page, PERENCANAAN);
  expect(saved.notes).toEqual([{ nomineeId: paser!.id, text: 'Paparan kuat; perlu cek bukti pendampingan.' }]);
  expect(saved.cells.find((c) => c.nomineeId === paser!.id && c.criterionId === dokumen!.id)).toMatchObject({
    value: 82,
    comment: 'Dokumen RKPD lengkap',
  });

  // The whole category's history: scores, the comment and the note.
  await page.getByRole('button', { name: 'Riwayat kategori' }).click();
  const all = page.getByRole('dialog', { name: 'Riwayat nilai' });
  await expect(all.locator('tbody tr[data-type="score"]')).toHaveCount(3);
  await expect(all.locator('tbody tr[data-type="comment"]')).toHaveCount(1);
  await expect(all.locator('tbody tr[data-type="note"]')).toHaveCount(1);
  await expect(all).toContainText(`${paser!.name} — ${pendampingan!.name}`);
  await page.keyboard.press('Escape');
  await expect(all).toBeHidden();

  // "Belum dinilai" hides the nominee already complete.
  await page.getByLabel('Belum dinilai').check();
  await expect(scoring.grid.locator('tbody tr')).toHaveCount(9);
  await expect(scoring.grid.locator(`tr[data-nominee="${paser!.id}"]`)).toHaveCount(0);
});
