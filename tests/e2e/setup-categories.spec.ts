import { expect, test } from './fixtures';
import { CategoriesPage } from './pages/categories.page';
import { AppPage } from './pages/app.page';
import { HomePage } from './pages/home.page';

test('categories and criteria: judged with a 4-level rubric, indicator lower-is-better, inline scale error, reorder, reload', async ({
  page,
  juri,
}) => {
  test.setTimeout(90_000);
  await page.goto(await juri.start());
  await new HomePage(page).createAward('Anugerah Inovasi Daerah 2025');
  const app = new AppPage(page);
  await app.go('Kategori & Kriteria');
  const categories = new CategoriesPage(page);
  await expect(categories.heading).toBeVisible();
  await expect(page.getByText('Belum ada kategori')).toBeVisible();

  await categories.addCategory('Inovasi layanan pendidikan', 'Inovasi yang memperluas akses layanan.');
  await expect(page.getByText('Belum ada kriteria')).toBeVisible();

  await categories.addCriterion('Inovasi layanan pendidikan', {
    name: 'Kebaruan dan dampak inovasi',
    kind: 'judged',
    weight: '60',
    standardRubric: true,
  });
  const judged = categories.criterionRow('Kebaruan dan dampak inovasi');
  await expect(judged).toContainText('Dinilai juri');
  await expect(judged).toContainText('1–100 (langkah 1)');
  await expect(judged).toContainText('4 level rubrik');

  // An impossible scale is refused inline, under the field the service names (scale.max).
  const dialog = await categories.fillNewCriterion({
    name: 'Angka putus sekolah',
    kind: 'indicator',
    weight: '39,5',
    min: '0',
    max: '0',
    step: '0,01',
    unit: '%',
    direction: 'lower',
  });
  await categories.saveCriterion();
  await expect(categories.dialogError('Maksimum')).toHaveText('Nilai maksimum harus lebih besar dari minimum.');
  await expect(dialog.getByLabel('Maksimum')).toHaveAttribute('aria-invalid', 'true');
  // The cursor goes to the first marked field, so the keyboard user lands on the problem.
  await expect(dialog.getByLabel('Maksimum')).toBeFocused();
  // Text that is not a number is caught before sending.
  await dialog.getByLabel('Maksimum').fill('seratus');
  await categories.saveCriterion();
  await expect(categories.dialogError('Maksimum')).toHaveText('Harus berupa angka.');
  await dialog.getByLabel('Maksimum').fill('100');
  await categories.saveCriterion();
  await expect(dialog).toBeHidden();

  const indicator = categories.criterionRow('Angka putus sekolah');
  await expect(indicator).toContainText('Indikator');
  await expect(indicator).toContainText('39,5');
  await expect(indicator).toContainText('0–100 (langkah 0,01)');
  await expect(indicator).toContainText('Lebih rendah lebih baik');
  // Weights add up to 99,5: a warning, not a block.
  await expect(page.getByTestId('weight-total')).toHaveText('99,5');
  await expect(page.getByText('Jumlah bobot 99,5, bukan 100.', { exact: false })).toBeVisible();

  // A second category, moved above the first.
  await categories.addCategory('Tata kelola guru terbaik');
  expect(await categories.categoryNames()).toEqual(['Inovasi layanan pendidikan', 'Tata kelola guru terbaik']);
  await categories.moveSelected('up');
  await expect(categories.list.locator('.category-list__name')).toHaveText([
    'Tata kelola guru terbaik',
    'Inovasi layanan pendidikan',
  ]);

  // Deleting says how many criteria go with the category; cancel keeps it.
  await categories.selectCategory('Inovasi layanan pendidikan');
  await page.getByRole('button', { name: 'Hapus kategori' }).click();
  const confirm = page.getByRole('dialog', { name: 'Hapus kategori?' });
  await expect(confirm).toContainText('beserta 2 kriteria');
  await confirm.getByRole('button', { name: 'Batal' }).click();

  await page.reload();
  await app.go('Kategori & Kriteria');
  await expect(categories.list.locator('.category-list__name')).toHaveText([
    'Tata kelola guru terbaik',
    'Inovasi layanan pendidikan',
  ]);
  await categories.selectCategory('Inovasi layanan pendidikan');
  await expect(categories.criteria.locator('tbody tr')).toHaveCount(2);
  const editor = await categories.editCriterion('Kebaruan dan dampak inovasi');
  const levels = editor.getByRole('listitem');
  await expect(levels).toHaveCount(4);
  await expect(levels.nth(0).getByLabel('Nama level')).toHaveValue('Sangat baik');
  await expect(levels.nth(0).getByLabel('Dari')).toHaveValue('86');
  await expect(levels.nth(3).getByLabel('Nama level')).toHaveValue('Kurang');
  await expect(levels.nth(3).getByLabel('Sampai')).toHaveValue('55');
  await editor.press('Escape');
  await expect(editor).toBeHidden();
  const reopened = await categories.editCriterion('Angka putus sekolah');
  await expect(reopened.getByRole('radio', { name: 'Lebih rendah lebih baik' })).toBeChecked();
  await expect(reopened.getByLabel('Satuan')).toHaveValue('%');
  await expect(reopened.getByLabel('Bobot')).toHaveValue('39,5');
});

test('category nominees on the demo: choose who competes, persisted after a reload', async ({ page, juri }) => {
  await page.goto(await juri.start());
  await new HomePage(page).openDemo();
  const app = new AppPage(page);
  await app.go('Kategori & Kriteria');
  const categories = new CategoriesPage(page);
  await categories.selectCategory('Respons PPDB terbaik');
  await expect(categories.nomineesSummary).toHaveText('10 dari 10 peserta dipilih');

  await categories.selectNoNominees();
  await expect(categories.nomineesSummary).toHaveText('0 dari 10 peserta dipilih');
  await categories.nominee('Kota Samarinda').check();
  await expect(categories.nomineesSummary).toHaveText('1 dari 10 peserta dipilih');
  await categories.nominee('Kota Balikpapan').check();
  await expect(categories.nomineesSummary).toHaveText('2 dari 10 peserta dipilih');
  await app.expectSaved();

  await page.reload();
  await app.go('Kategori & Kriteria');
  await categories.selectCategory('Respons PPDB terbaik');
  await expect(categories.nomineesSummary).toHaveText('2 dari 10 peserta dipilih');
  await expect(categories.nominee('Kota Samarinda')).toBeChecked();
  await expect(categories.nominee('Kota Balikpapan')).toBeChecked();
  await expect(categories.nominee('Kabupaten Paser')).not.toBeChecked();
  // Other categories are untouched.
  await categories.selectCategory('Capaian SPM pendidikan terbaik');
  await expect(categories.nomineesSummary).toHaveText('10 dari 10 peserta dipilih');
  await categories.selectAllNominees();
  await expect(categories.nomineesSummary).toHaveText('10 dari 10 peserta dipilih');
});

test('how a category is ranked: method, quorum and winner titles are saved with the category', async ({
  page,
  juri,
}) => {
  await page.goto(await juri.start());
  await new HomePage(page).openDemo();
  const app = new AppPage(page);
  await app.go('Kategori & Kriteria');
  const categories = new CategoriesPage(page);
  await categories.selectCategory('Respons PPDB terbaik');
  await page.getByRole('button', { name: 'Ubah kategori' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ubah kategori' });
  await expect(dialog.getByLabel('Gabungan nilai juri')).toHaveValue('mean');
  await dialog.getByLabel('Gabungan nilai juri').selectOption({ label: 'Rata-rata terpangkas' });
  await dialog.getByLabel('Jumlah nilai yang dibuang di tiap ujung (k)').fill('1');
  await dialog.getByLabel('Kuorum juri').fill('0');
  await dialog.getByLabel('Gelar, satu per baris').fill('Juara I\nJuara II');
  // Tie-break: a priority criterion first, then more first places, then the ketua.
  await dialog.getByRole('button', { name: 'Tambah langkah' }).click();
  await dialog.getByRole('button', { name: 'Naikkan langkah 3' }).click();
  await dialog.getByRole('button', { name: 'Naikkan langkah 2' }).click();
  await expect(dialog.getByLabel('Langkah 1', { exact: true })).toHaveValue(/^criterion:/);
  await expect(dialog.getByLabel('Langkah 3', { exact: true })).toHaveValue('chair');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  // A quorum of 0 is refused by main, inline, and nothing is saved.
  await expect(dialog.getByLabel('Kuorum juri')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Kuorum juri').fill('3');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await app.expectSaved();

  const stored = await page.evaluate(() => window.api.file.current(null));
  const ppdb = stored.ok ? stored.value?.categories.find((c) => c.name === 'Respons PPDB terbaik') : undefined;
  expect(ppdb?.scoring).toMatchObject({
    method: 'trimmed',
    trimK: 1,
    quorum: 3,
    winners: { kind: 'titles', titles: ['Juara I', 'Juara II'] },
    tieBreak: [{ kind: 'criterion', criterionId: ppdb?.criteria[0]?.id }, { kind: 'firstPlaces' }, { kind: 'chair' }],
  });
  await page.reload();
  await app.go('Kategori & Kriteria');
  await categories.selectCategory('Respons PPDB terbaik');
  await page.getByRole('button', { name: 'Ubah kategori' }).click();
  await expect(page.getByRole('dialog', { name: 'Ubah kategori' }).getByLabel('Kuorum juri')).toHaveValue('3');
  await expect(
    page.getByRole('dialog', { name: 'Ubah kategori' }).getByLabel('Langkah 2', { exact: true }),
  ).toHaveValue('firstPlaces');
  await page
    .getByRole('dialog', { name: 'Ubah kategori' })
    .getByRole('group', { name: 'Penentu jika nilai akhir sama' })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: new URL('../../.tmp/screens/category-tie-chain.png', import.meta.url).pathname });
  await page.screenshot({ path: new URL('../../.tmp/screens/category-scoring.png', import.meta.url).pathname });
});
