import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { JurorsPage } from './pages/jurors.page';
import { NomineesPage } from './pages/nominees.page';

// The steps on the start, Program and Kategori screens use role/label locators inline.
const AWARD = 'Anugerah Pendidikan Kalimantan Timur 2025';
const ORGANISER = 'BPMP Provinsi Kalimantan Timur';
const PLACE = 'Samarinda';
const CATEGORY = 'Pemda terbaik dalam peningkatan mutu pembelajaran';
const JUDGED = 'Strategi peningkatan mutu';
const INDICATOR = 'Persentase satuan pendidikan terakreditasi';
const KETUA = 'Prof. Dr. Siti Rahmawati, M.Pd.';
const ANGGOTA = 'Drs. Bambang Sutrisno, M.M.';

const sidebar = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Menu utama' }).getByRole('button', { name });

test('an award set up from scratch through the UI is all there after the host restarts', async ({ page, juri }) => {
  test.setTimeout(120_000);
  await page.goto(juri.url);

  // Start screen → new award.
  await page.getByRole('button', { name: /^Penghargaan baru/ }).click();
  const created = page.getByRole('dialog', { name: 'Penghargaan baru' });
  await created.getByLabel('Nama program').fill(AWARD);
  await created.getByRole('button', { name: 'Buat penghargaan' }).click();
  await expect(created).toBeHidden();

  // Program.
  await expect(page.getByRole('heading', { level: 1, name: 'Program' })).toBeVisible();
  await expect(page.getByLabel('Nama program')).toHaveValue(AWARD);
  await page.getByLabel('Penyelenggara').fill(ORGANISER);
  await page.getByLabel('Tempat pelaksanaan').fill(PLACE);
  await page.getByLabel('Tanggal mulai').fill('2025-08-11');
  await page.getByLabel('Tanggal selesai').fill('2025-08-13');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByText('Ada perubahan yang belum disimpan.')).toHaveCount(0);

  // Peserta: the 10 kab/kota of Kalimantan Timur from the region picker.
  const nominees = new NomineesPage(page);
  await nominees.open();
  await nominees.pickProvince('Kalimantan Timur');
  await expect(nominees.regencies.getByRole('checkbox')).toHaveCount(10);
  await nominees.selectAll();
  await nominees.addSelected(10);
  await expect(nominees.rows()).toHaveCount(10);
  await expect(nominees.regency(/64\.72 Kota Samarinda/)).toBeDisabled();

  // Kategori: one category, a judged criterion with a rubric, an indicator criterion, all 10 nominees.
  await sidebar(page, /^Kategori & Kriteria/).click();
  await page.getByRole('button', { name: 'Tambah kategori' }).first().click();
  const categoryDialog = page.getByRole('dialog', { name: 'Tambah kategori' });
  await categoryDialog.getByLabel('Nama kategori').fill(CATEGORY);
  await categoryDialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(categoryDialog).toBeHidden();
  const detail = page.getByRole('region', { name: CATEGORY });

  await detail.getByRole('button', { name: 'Tambah kriteria' }).first().click();
  let criterion = page.getByRole('dialog', { name: 'Tambah kriteria' });
  await criterion.getByLabel('Nama kriteria').fill(JUDGED);
  await criterion.getByRole('radio', { name: /^Dinilai juri/ }).check();
  await criterion.getByLabel('Bobot').fill('60');
  await criterion.getByRole('button', { name: 'Isi 4 level standar' }).click();
  await criterion.getByRole('button', { name: 'Simpan' }).click();
  await expect(criterion).toBeHidden();

  await detail.getByRole('button', { name: 'Tambah kriteria' }).first().click();
  criterion = page.getByRole('dialog', { name: 'Tambah kriteria' });
  await criterion.getByLabel('Nama kriteria').fill(INDICATOR);
  await criterion.getByRole('radio', { name: /^Indikator/ }).check();
  await criterion.getByLabel('Bobot').fill('40');
  await criterion.getByLabel('Minimum').fill('0');
  await criterion.getByLabel('Maksimum').fill('100');
  await criterion.getByLabel('Langkah').fill('0,01');
  await criterion.getByLabel('Satuan').fill('%');
  await criterion.getByRole('button', { name: 'Simpan' }).click();
  await expect(criterion).toBeHidden();

  const categoryNominees = detail.getByRole('region', { name: 'Peserta kategori ini' });
  await categoryNominees.getByRole('button', { name: 'Pilih semua' }).click();
  await expect(categoryNominees.getByText('10 dari 10 peserta dipilih')).toBeVisible();

  // Dewan Juri: a Ketua and an Anggota with PINs; the Anggota declares a conflict with Kota Samarinda.
  const jurors = new JurorsPage(page);
  await jurors.open();
  await jurors.add({ name: KETUA, title: 'Guru Besar, Universitas Mulawarman', role: 'Ketua', pin: '2468' });
  await jurors.add({ name: ANGGOTA, title: 'Pengawas Sekolah', role: 'Anggota', pin: '135790' });
  await jurors.setConflicts(ANGGOTA, { 'Kota Samarinda': 'Pegawai Dinas Pendidikan Kota Samarinda' });
  await expect(jurors.row(ANGGOTA)).toContainText(/Konflik:\s*Kota Samarinda/);

  // A new host process on the same data folder: everything must come from the award file.
  await page.goto(await juri.restart());
  await page.getByRole('region', { name: 'Berkas terakhir' }).getByRole('button', { name: new RegExp(AWARD) }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Program' })).toBeVisible();
  await expect(page.getByLabel('Nama program')).toHaveValue(AWARD);
  await expect(page.getByLabel('Penyelenggara')).toHaveValue(ORGANISER);
  await expect(page.getByLabel('Tempat pelaksanaan')).toHaveValue(PLACE);
  await expect(page.getByLabel('Tanggal mulai')).toHaveValue('2025-08-11');
  await expect(page.getByLabel('Tanggal selesai')).toHaveValue('2025-08-13');

  await nominees.open();
  await expect(nominees.rows()).toHaveCount(10);
  const codes = await nominees.rows().locator('td:first-child').allTextContents();
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(/^64\.\d{2}$/);
  await expect(nominees.row('Kota Samarinda')).toContainText('64.72');
  await expect(nominees.row('Kota Samarinda')).toContainText('Kota');
  await expect(nominees.row('Kota Samarinda')).toContainText('1 kategori');

  await sidebar(page, /^Kategori & Kriteria/).click();
  await expect(page.getByRole('navigation', { name: 'Kategori' }).getByRole('button', { name: new RegExp(CATEGORY) })).toContainText(
    '2 kriteria · 10 peserta',
  );
  const criteria = detail.getByRole('table', { name: 'Kriteria penilaian' });
  await expect(criteria.getByRole('row', { name: new RegExp(JUDGED) })).toContainText('Dinilai juri');
  await expect(criteria.getByRole('row', { name: new RegExp(JUDGED) })).toContainText('4 level rubrik');
  await expect(criteria.getByRole('row', { name: new RegExp(INDICATOR) })).toContainText('Indikator');
  await expect(detail.getByRole('region', { name: 'Peserta kategori ini' }).getByText('10 dari 10 peserta dipilih')).toBeVisible();

  await jurors.open();
  await expect(jurors.row(KETUA)).toContainText('Ketua');
  await expect(jurors.row(KETUA)).toContainText('PIN sudah diatur');
  await expect(jurors.row(KETUA)).toContainText('Tidak ada konflik kepentingan');
  await expect(jurors.row(ANGGOTA)).toContainText('Anggota');
  await expect(jurors.row(ANGGOTA)).toContainText('PIN sudah diatur');
  await expect(jurors.row(ANGGOTA)).toContainText(/Konflik:\s*Kota Samarinda/);
});
