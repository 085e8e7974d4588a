import { expect, test } from './fixtures';
import { AppPage } from './pages/app.page';
import { CategoriesPage } from './pages/categories.page';
import { HomePage } from './pages/home.page';
import { JurorsPage } from './pages/jurors.page';
import { NomineesPage } from './pages/nominees.page';
import { ProgrammePage } from './pages/programme.page';

const AWARD = 'Anugerah Pendidikan Kalimantan Timur 2025';
const PROGRAMME = {
  organiser: 'BPMP Provinsi Kalimantan Timur',
  place: 'Samarinda',
  startDate: '2025-08-11',
  endDate: '2025-08-13',
};
const CATEGORY = 'Pemda terbaik dalam peningkatan mutu pembelajaran';
const JUDGED = 'Strategi peningkatan mutu';
const INDICATOR = 'Persentase satuan pendidikan terakreditasi';
const KETUA = 'Prof. Dr. Siti Rahmawati, M.Pd.';
const ANGGOTA = 'Drs. Bambang Sutrisno, M.M.';

test('an award set up from scratch through the UI is all there after the host restarts', async ({ page, juri }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  const home = new HomePage(page);
  const programme = new ProgrammePage(page);
  const categories = new CategoriesPage(page);
  const nominees = new NomineesPage(page);
  const jurors = new JurorsPage(page);
  await page.goto(await juri.start());

  // Start screen → new award → Program.
  await home.createAward(AWARD);
  await expect(programme.heading).toBeVisible();
  await expect(programme.field('name')).toHaveValue(AWARD);
  await programme.fillProgramme(PROGRAMME);
  await programme.save();
  await expect(app.toast('Program tersimpan.')).toBeVisible();

  // Peserta: the 10 kab/kota of Kalimantan Timur from the region picker.
  await nominees.open();
  await nominees.pickProvince('Kalimantan Timur');
  await expect(nominees.regencies.getByRole('checkbox')).toHaveCount(10);
  await nominees.selectAll();
  await nominees.addSelected(10);
  await expect(nominees.rows()).toHaveCount(10);
  await expect(nominees.regency(/64\.72 Kota Samarinda/)).toBeDisabled();

  // Kategori: one category, a judged criterion with a rubric, an indicator criterion, all 10 nominees.
  await app.go('Kategori & Kriteria');
  await expect(categories.heading).toBeVisible();
  await categories.addCategory(CATEGORY);
  await categories.addCriterion(CATEGORY, { name: JUDGED, kind: 'judged', weight: '60', standardRubric: true });
  await categories.addCriterion(CATEGORY, {
    name: INDICATOR,
    kind: 'indicator',
    weight: '40',
    min: '0',
    max: '100',
    step: '0,01',
    unit: '%',
  });
  await categories.selectAllNominees();
  await expect(categories.nomineesSummary).toHaveText('10 dari 10 peserta dipilih');

  // Dewan Juri: a Ketua and an Anggota with PINs; the Anggota declares a conflict with Kota Samarinda.
  await jurors.open();
  await jurors.add({ name: KETUA, title: 'Guru Besar, Universitas Mulawarman', role: 'Ketua', pin: '2468' });
  await jurors.add({ name: ANGGOTA, title: 'Pengawas Sekolah', role: 'Anggota', pin: '135790' });
  await jurors.setConflicts(ANGGOTA, { 'Kota Samarinda': 'Pegawai Dinas Pendidikan Kota Samarinda' });
  await expect(jurors.row(ANGGOTA)).toContainText(/Konflik:\s*Kota Samarinda/);

  // A new host process on the same data folder: everything must come from the award file.
  await page.goto(await juri.restart());
  await home.expectShown();
  await home.openRecent(AWARD);

  await expect(programme.heading).toBeVisible();
  await expect(programme.field('name')).toHaveValue(AWARD);
  await expect(programme.field('organiser')).toHaveValue(PROGRAMME.organiser);
  await expect(programme.field('place')).toHaveValue(PROGRAMME.place);
  await expect(programme.field('startDate')).toHaveValue(PROGRAMME.startDate);
  await expect(programme.field('endDate')).toHaveValue(PROGRAMME.endDate);

  await nominees.open();
  await expect(nominees.rows()).toHaveCount(10);
  const codes = await nominees.rows().locator('td:first-child').allTextContents();
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(/^64\.\d{2}$/);
  await expect(nominees.row('Kota Samarinda')).toContainText('64.72');
  await expect(nominees.row('Kota Samarinda')).toContainText('Kota');
  await expect(nominees.row('Kota Samarinda')).toContainText('1 kategori');

  await app.go('Kategori & Kriteria');
  expect(await categories.categoryNames()).toEqual([CATEGORY]);
  await expect(categories.list.getByRole('button', { name: new RegExp(CATEGORY) })).toContainText(
    '2 kriteria · 10 peserta',
  );
  await expect(categories.criteria.locator('tbody tr')).toHaveCount(2);
  await expect(categories.criterionRow(JUDGED)).toContainText('Dinilai juri');
  await expect(categories.criterionRow(JUDGED)).toContainText('4 level rubrik');
  await expect(categories.criterionRow(INDICATOR)).toContainText('Indikator');
  await expect(categories.nomineesSummary).toHaveText('10 dari 10 peserta dipilih');

  await jurors.open();
  await expect(jurors.row(KETUA)).toContainText('Ketua');
  await expect(jurors.row(KETUA)).toContainText('PIN sudah diatur');
  await expect(jurors.row(KETUA)).toContainText('Tidak ada konflik kepentingan');
  await expect(jurors.row(ANGGOTA)).toContainText('Anggota');
  await expect(jurors.row(ANGGOTA)).toContainText('PIN sudah diatur');
  await expect(jurors.row(ANGGOTA)).toContainText(/Konflik:\s*Kota Samarinda/);
});
