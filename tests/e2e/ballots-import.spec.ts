import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { BallotsPage } from './pages/ballots.page';
import { ChairPage, PERENCANAAN, PERENCANAAN_NAME, signInAs } from './pages/chair.page';

const RINA = 'Rina Marlina, S.Pd., M.Pd.';
const FILE = 'surat-suara-rina.xlsx';
const SCREENS = new URL('../../.tmp/screens/', import.meta.url).pathname;
const FIRST_ROW = 7;

/** Fills the template's score columns (C, D) with 60+i and 70+i, row by row. */
function fillAll(sheet: ExcelJS.Worksheet, rows: number): void {
  for (let i = 0; i < rows; i += 1) {
    sheet.getCell(FIRST_ROW + i, 3).value = 60 + i;
    sheet.getCell(FIRST_ROW + i, 4).value = 70 + i;
  }
}

test('the sekretaris downloads a template, sees every bad row before anything is written, then imports all of it', async ({
  page,
  juri,
}, testInfo) => {
  test.setTimeout(90_000);
  await page.goto(await juri.startWith(['--demo']));
  await signInAs(page, 'juri-2', '2222');
  const ballots = new BallotsPage(page);
  await ballots.open();
  await ballots.pickJuror(RINA);
  await page.screenshot({ path: `${SCREENS}ballots-screen.png` });

  // The template: one sheet for the category, a row per nominee, the criterion ids under the header.
  const download = await ballots.downloadTemplate({ category: PERENCANAAN_NAME });
  expect(download.suggestedFilename()).toBe('nilai-rina-marlina-s-pd-m-pd-perencanaan-data.xlsx');
  const templatePath = testInfo.outputPath('template.xlsx');
  await download.saveAs(templatePath);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(templatePath);
  expect(book.worksheets).toHaveLength(1);
  const sheet = book.worksheets[0]!;
  expect(sheet.getCell(FIRST_ROW - 1, 3).value).toBe('pbd-dokumen');
  expect(sheet.getCell(FIRST_ROW - 1, 4).value).toBe('pbd-pendampingan');
  const nominees = sheet.getColumn(2).values.slice(FIRST_ROW).filter(Boolean);
  expect(nominees).toHaveLength(10);
  await expect(page.locator('.toaster').getByText(`Templat ${download.suggestedFilename()} diunduh.`)).toBeVisible();

  // CSV only for one category: it downloads too, with a BOM and semicolons for Indonesian Excel.
  const csv = await ballots.downloadTemplate({ category: PERENCANAAN_NAME, format: 'CSV' });
  expect(csv.suggestedFilename()).toBe('nilai-rina-marlina-s-pd-m-pd-perencanaan-data.csv');
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.split(/\r?\n/)[1]).toBe('ID;;pbd-dokumen;pbd-pendampingan');

  // Filled in with two mistakes: a score out of range (C7) and an unknown nominee (row 8).
  fillAll(sheet, 10);
  const code8 = sheet.getCell(FIRST_ROW + 1, 1).value;
  const name8 = sheet.getCell(FIRST_ROW + 1, 2).value;
  sheet.getCell(FIRST_ROW, 3).value = 150;
  sheet.getCell(FIRST_ROW + 1, 1).value = null;
  sheet.getCell(FIRST_ROW + 1, 2).value = 'Kabupaten Antah Berantah';
  await ballots.choose(FILE, Buffer.from(await book.xlsx.writeBuffer()));

  await expect(ballots.summary).toContainText('2 masalah');
  await expect(ballots.summary).toContainText('17 nilai');
  await expect(ballots.problemRows()).toHaveCount(2);
  const outOfRange = ballots.problemRows('out_of_range');
  await expect(outOfRange).toContainText(String(FIRST_ROW));
  await expect(outOfRange).toContainText('C');
  await expect(outOfRange).toContainText('harus antara 1 dan 100');
  await expect(ballots.problemRows('unknown_nominee')).toContainText('Kabupaten Antah Berantah');
  await expect(ballots.problemRows('unknown_nominee')).toContainText(String(FIRST_ROW + 1));
  await expect(ballots.importButton()).toBeDisabled();
  await expect(page.getByText('Impor baru dapat dilakukan setelah semua masalah diperbaiki.')).toBeVisible();
  await ballots.problems.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}ballots-problems.png` });

  // Nothing was written by the preview.
  const untouched = await page.evaluate(() =>
    window.api.chair.history({ jurorId: 'juri-4', categoryId: 'perencanaan-data', limit: 50 }),
  );
  expect(untouched).toEqual({ ok: true, value: [] });

  // Fixed, and dropped on the screen this time: 20 scores, all new, no problem; import writes them all.
  sheet.getCell(FIRST_ROW, 3).value = 85;
  sheet.getCell(FIRST_ROW + 1, 1).value = code8;
  sheet.getCell(FIRST_ROW + 1, 2).value = name8;
  await ballots.drop(FILE, Buffer.from(await book.xlsx.writeBuffer()));
  await expect(ballots.summary).toContainText('0 masalah');
  await expect(ballots.summary).toContainText('20 nilai');
  await expect(ballots.summary).toContainText('20 perubahan');
  await expect(ballots.problems).toBeHidden();
  await expect(ballots.changes.locator('tbody tr')).toHaveCount(20);
  await expect(ballots.changes.locator('tbody tr').first()).toContainText('kosong');
  await page.screenshot({ path: `${SCREENS}ballots-preview.png` });
  await ballots.importButton().click();
  const done = `20 nilai untuk ${RINA} diimpor dari ${FILE}.`;
  await expect(page.locator('.toaster').getByText(done)).toBeVisible();
  await expect(ballots.preview.getByText(done)).toBeVisible();
  await page.screenshot({ path: `${SCREENS}ballots-imported.png` });

  // The chair screen's history names the ballot, sheet and row of each score.
  const chair = new ChairPage(page);
  await chair.open();
  await chair.filterHistory({ juror: RINA, category: PERENCANAAN_NAME });
  await expect(chair.historyRows('score')).toHaveCount(20);
  await expect(chair.history).toContainText(`Surat suara: ${FILE}, lembar ${sheet.name}, baris ${FIRST_ROW}`);

  // juri-4 finds the values on their own sheet.
  await signInAs(page, 'juri-4', '4444');
  const cells = await page.evaluate(async (categoryId) => {
    const result = await window.api.scoring.sheet({ categoryId });
    return result.ok ? result.value.cells.filter((c) => c.value !== null) : [];
  }, PERENCANAAN);
  expect(cells).toHaveLength(20);
  const values = cells.map((c) => c.value).sort((a, b) => (a ?? 0) - (b ?? 0));
  expect(values).toContain(85);
  expect(values).toContain(79);
  expect(values).not.toContain(150);
});

test('an anggota cannot import paper ballots', async ({ page, juri }) => {
  test.setTimeout(90_000);
  await page.goto(await juri.startWith(['--demo']));
  await signInAs(page, 'juri-3', '3333');
  const ballots = new BallotsPage(page);
  await ballots.open();
  await expect(page.getByText(/hanya dapat diimpor oleh Sekretariat/)).toBeVisible();
  await expect(ballots.juror).toBeHidden();
  const refused = await page.evaluate(() =>
    window.api.ballot.template({ jurorId: 'juri-3', categoryId: 'perencanaan-data', format: 'xlsx' }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});
