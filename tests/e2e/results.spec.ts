import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { ResultsJson } from '../../electron/services/results/results.service';
import { expect, test } from './fixtures';
import { PERENCANAAN, signInAs } from './pages/chair.page';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCREENS = new URL('../../.tmp/screens/', import.meta.url).pathname;

/** Scores one category for the signed-in juror: nominee i gets `base − 3·i` on every judged criterion. */
async function score(page: Page, base: number): Promise<void> {
  await page.evaluate(
    async ({ categoryId, base }) => {
      const sheet = await window.api.scoring.sheet({ categoryId });
      if (!sheet.ok) throw new Error(sheet.error.message);
      for (const [i, nominee] of sheet.value.nominees.entries()) {
        if (nominee.conflict) continue;
        for (const criterion of sheet.value.criteria) {
          if (criterion.kind !== 'judged') continue;
          const saved = await window.api.scoring.save({
            categoryId,
            nomineeId: nominee.id,
            criterionId: criterion.id,
            value: base - 3 * i + (criterion.id.endsWith('dokumen') ? 0 : i % 3),
          });
          if (!saved.ok) throw new Error(saved.error.message);
        }
      }
    },
    { categoryId: PERENCANAAN, base },
  );
}

test('the results screen shows the same ranking as `juri results --json`, and stays hidden from jurors until released', async ({
  page,
  juri,
}) => {
  test.setTimeout(120_000);
  await page.goto(await juri.startWith(['--demo']));
  for (const [jurorId, pin, base] of [
    ['juri-3', '3333', 95],
    ['juri-4', '4444', 90],
    ['juri-5', '5555', 88],
  ] as const) {
    await signInAs(page, jurorId, pin);
    await score(page, base);
  }

  // An anggota sees why the results are hidden, and no figures.
  const menu = page.getByRole('navigation', { name: 'Menu utama' });
  await menu.getByRole('button', { name: 'Hasil' }).click();
  await expect(page.getByText('Hasil penilaian belum dibuka oleh ketua dewan juri.', { exact: false })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Peringkat' })).toBeHidden();

  // The ketua sees the ranking.
  await signInAs(page, 'juri-1', '1111');
  await page.reload();
  await menu.getByRole('button', { name: 'Hasil' }).click();
  await page.getByLabel('Kategori').selectOption(PERENCANAAN);
  const table = page.getByRole('table', { name: 'Peringkat' });
  await expect(table).toBeVisible();

  const file = join(juri.dataDir, 'demo-apresiasi-2024.juri');
  const cli = JSON.parse(
    execFileSync(process.execPath, [join(ROOT, 'bin/juri.mjs'), 'results', file, '--category', PERENCANAAN, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as ResultsJson[];
  const expected = cli[0]!.ranking;
  expect(expected.filter((r) => !r.insufficient)).toHaveLength(10);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(expected.length);
  for (const [i, r] of expected.entries()) {
    const cells = rows.nth(i).locator('td');
    await expect(cells.nth(0)).toHaveText(String(r.rank ?? '–'));
    await expect(cells.nth(1)).toHaveText(r.nominee);
    // Indonesian style, 2 decimals: 87.5 → "87,50".
    await expect(cells.nth(2)).toHaveText(r.score === null ? '–' : r.score.toFixed(2).replace('.', ','));
  }
  const w = cli[0]!.agreement.kendallW;
  expect(w).not.toBeNull();
  await expect(page.getByTestId('kendall-w')).toHaveText(
    new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 }).format(w!),
  );
  await expect(page.getByTestId('verdict')).toHaveText(cli[0]!.stable ? /^Stabil/ : /^(Sensitif|Belum)/);

  // The breakdown of the winner: one row per juror, the conflicted juror marked.
  await rows.nth(0).getByRole('button').click();
  await expect(page.getByRole('table', { name: `Rincian nilai: ${expected[0]!.nominee}` })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}results-ketua.png` });
  await page.getByRole('img', { name: 'Sebaran nilai juri per peserta' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}results-spread.png` });
  const heatmap = page.getByRole('table', { name: 'Peta nilai juri × peserta' });
  await heatmap.scrollIntoViewIfNeeded();
  await expect(heatmap.locator('tbody tr')).toHaveCount(5);
  await page.screenshot({ path: `${SCREENS}results-heatmap.png` });

  // Released: the anggota now sees the same ranking.
  expect(await page.evaluate(() => window.api.chair.release({ released: true }))).toMatchObject({ ok: true });
  await signInAs(page, 'juri-3', '3333');
  await page.reload();
  await menu.getByRole('button', { name: 'Hasil' }).click();
  await page.getByLabel('Kategori').selectOption(PERENCANAAN);
  await expect(
    page.getByRole('table', { name: 'Peringkat' }).locator('tbody tr').nth(0).locator('td').nth(1),
  ).toHaveText(expected[0]!.nominee);
});
