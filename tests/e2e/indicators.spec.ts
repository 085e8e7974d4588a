import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signInAs } from './pages/chair.page';
import { IndicatorsPage } from './pages/indicators.page';

const SURVEI = 'survei-lingkungan';
const SURVEI_NAME = 'Pengisian survei lingkungan belajar tertinggi';
const DEMO = readFileSync(new URL('../../resources/demo/indicator-values.xlsx', import.meta.url));
const PROBLEMS = readFileSync(new URL('../fixtures/indicators/survei-problems.csv', import.meta.url));
const SHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;

/** The ranking table of the results screen for one category: [rank, nominee, score] per row. */
async function ranking(page: Page): Promise<string[][]> {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('button', { name: 'Hasil' }).click();
  await page.getByLabel('Kategori').selectOption(SURVEI);
  const table = page.getByRole('table', { name: 'Peringkat' });
  await expect(table.locator('tbody tr')).toHaveCount(10);
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((c) => c.innerText.trim())));
}

/** Closes the toasts so they do not cover what a screenshot shows. */
async function dismissToasts(page: Page): Promise<void> {
  const close = page.locator('.toaster').getByRole('button');
  while ((await close.count()) > 0) await close.first().click();
}

test('the ketua imports the messy demo indicator file after its preview, and the results follow', async ({
  page,
  juri,
}) => {
  test.setTimeout(120_000);
  await page.goto(await juri.startWith(['--demo']));
  await signInAs(page, 'juri-1', '1111');
  await page.reload();

  // Before: no indicator data, so nobody in the category can be ranked.
  const before = await ranking(page);
  expect(before.every(([rank]) => rank === '–')).toBe(true);

  const indicators = new IndicatorsPage(page);
  await indicators.open();
  await indicators.pickCategory(SURVEI_NAME);
  await expect(page.getByTestId('rule-survei-sd')).toHaveText(
    'min–maks: makin tinggi makin baik (terbaik = 100, terburuk = 0)',
  );
  await expect(indicators.cell('wil-64.01', 'survei-sd')).toContainText('—');

  // A file with mistakes: every problem with its row, and the import button stays disabled.
  await indicators.choose('survei-salah.csv', PROBLEMS);
  await expect(indicators.summary).toContainText('6 masalah');
  await expect(indicators.problemRows()).toHaveCount(6);
  await expect(indicators.problemRows('unknown_nominee')).toContainText('Kabupaten Antah Berantah');
  await expect(indicators.problemRows('percent_out_of_range').first()).toContainText('120');
  await expect(indicators.importButton()).toBeDisabled();
  await indicators.preview.screenshot({ path: `${SHOTS}indicators-problems.png` });

  // The demo workbook: the sheet of the category is found, 20 new values, no problem.
  await indicators.choose('indicator-values.xlsx', DEMO);
  await expect(indicators.summary).toContainText('20 nilai terbaca');
  await expect(indicators.summary).toContainText('20 baru atau berubah');
  await expect(indicators.summary).toContainText('0 masalah');
  await expect(indicators.preview).toContainText('lembar "Survei LB"');
  const paser = indicators.changes.locator('tbody tr').first();
  await expect(paser).toContainText('Kabupaten Paser');
  await expect(paser).toContainText('87,5');
  await expect(paser).toContainText('baru');
  await indicators.preview.scrollIntoViewIfNeeded();
  await dismissToasts(page);
  await page.screenshot({ path: `${SHOTS}indicators-preview.png`, fullPage: false });

  await indicators.importButton().click();
  await expect(indicators.preview).toContainText('20 nilai dari indicator-values.xlsx diimpor');
  await expect(indicators.cell('wil-64.01', 'survei-sd')).toContainText('87,5');
  await expect(indicators.cell('wil-64.01', 'survei-sd')).toContainText('impor indicator-values.xlsx, baris 6');

  // A correction with its reason lands in the history.
  await indicators.correct(
    'Kabupaten Mahakam Ulu',
    'Penyelesaian survei jenjang SD',
    '99,9',
    'Ralat data Disdik Mahulu',
  );
  await expect(indicators.cell('wil-64.11', 'survei-sd')).toContainText('99,9');
  await expect(indicators.cell('wil-64.11', 'survei-sd')).toContainText('manual');
  await expect(indicators.history.locator('tbody tr').first()).toContainText('Ralat data Disdik Mahulu');
  await expect(indicators.history.locator('tbody tr').first()).toContainText('61,75 → 99,9');
  await dismissToasts(page);
  await page.locator('.indicator-values').evaluate((el) => el.scrollIntoView());
  await page.screenshot({ path: `${SHOTS}indicators-values.png` });

  // Re-importing the same file shows what would change back: Mahakam Ulu 99,9 → 61,75, the rest unchanged.
  await indicators.choose('indicator-values.xlsx', DEMO);
  await expect(indicators.summary).toContainText('1 baru atau berubah');
  await expect(indicators.summary).toContainText('19 tetap');
  const changed = indicators.changes.locator('tbody tr[data-status="changed"]');
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText('Kabupaten Mahakam Ulu');
  await expect(changed).toContainText('99,9');
  await expect(changed).toContainText('61,75');
  await dismissToasts(page);
  await indicators.preview.screenshot({ path: `${SHOTS}indicators-reimport.png` });

  // After: everyone is ranked. Kota Bontang leads: SMP 97,45 is the best (100); SD 99,2 is now below
  // Mahakam Ulu's corrected 99,9, so min–max gives (99,2 − 69,9) / (99,9 − 69,9) = 97,67; mean 98,83.
  const after = await ranking(page);
  expect(after.every(([rank]) => rank !== '–')).toBe(true);
  expect(after[0]).toEqual(['1', 'Kota Bontang', '98,83']);
  expect(after).not.toEqual(before);
});
