import { expect, test } from './fixtures';
import { JurorsPage } from './pages/jurors.page';
import { NomineesPage } from './pages/nominees.page';

const SCHOOL = 'SMA Negeri 1 Samarinda';
const JUROR = 'Dr. Yusuf Hidayat, M.Pd.';

test('Peserta and Dewan Juri on the demo: add, validate inline, declare a conflict, and find it all after a reload', async ({
  page,
  juri,
}) => {
  test.setTimeout(90_000);
  await page.goto(await juri.start());
  await page.getByRole('button', { name: /Buka demo/ }).click();

  const nominees = new NomineesPage(page);
  await nominees.open();
  await expect(nominees.rows()).toHaveCount(10);
  await expect(nominees.row('Kota Samarinda')).toContainText('64.72');

  // A custom nominee: an empty name is refused inline, by the service's own validation.
  const custom = page.getByRole('region', { name: 'Tambah peserta lain' });
  await custom.getByRole('button', { name: 'Tambahkan peserta' }).click();
  await expect(custom.getByLabel('Nama peserta')).toHaveAttribute('aria-invalid', 'true');
  await expect(custom.getByText('Wajib diisi.')).toBeVisible();
  await nominees.addCustom(SCHOOL, 'Sekolah penggerak angkatan 2');
  await expect(nominees.row(SCHOOL)).toContainText('Lainnya');
  await expect(nominees.row(SCHOOL)).toContainText('0 kategori');
  await nominees.edit(SCHOOL, { description: 'Sekolah penggerak angkatan 3' });
  await expect(nominees.row(SCHOOL)).toContainText('Sekolah penggerak angkatan 3');

  // The province itself; its kab/kota from the demo are shown as already added.
  await nominees.pickProvince('Kalimantan Timur');
  await expect(nominees.regency(/64\.72 Kota Samarinda/)).toBeChecked();
  await expect(nominees.regency(/64\.72 Kota Samarinda/)).toBeDisabled();
  await expect(nominees.regencies.getByText('sudah ditambahkan')).toHaveCount(10);
  await nominees.includeProvince.check();
  await nominees.addSelected(1);
  await expect(nominees.includeProvince).toBeDisabled();
  const province = nominees.row('Provinsi Kalimantan Timur');
  await expect(province).toContainText('Provinsi');
  await expect(province.getByRole('cell').first()).toHaveText('64');
  await expect(nominees.rows()).toHaveCount(12);

  // Removing asks first; the demo's 9 categories then count one nominee less.
  await expect(nominees.row('Kabupaten Mahakam Ulu')).toContainText('9 kategori');
  await nominees.remove('Kabupaten Mahakam Ulu');
  await expect(nominees.rows()).toHaveCount(11);
  await nominees.pickProvince('Kalimantan Timur');
  await expect(nominees.regency(/64\.11 Kabupaten Mahakam Ulu/)).toBeEnabled();
  await expect(nominees.regency(/64\.11 Kabupaten Mahakam Ulu/)).not.toBeChecked();

  // The filter narrows the list by name or by code.
  await nominees.filter.fill('64.7');
  await expect(nominees.rows()).toHaveCount(3);
  await nominees.filter.fill('');
  await expect(nominees.rows()).toHaveCount(11);

  // A juror: a second Ketua is warned about; a PIN mismatch, then a too-short PIN, are shown inline.
  const jurors = new JurorsPage(page);
  await jurors.open();
  await expect(jurors.row('Prof. Dr. Siti Rahmawati, M.Pd.')).toContainText('Ketua');
  await jurors.startAdd({
    name: JUROR,
    title: 'Akademisi, Universitas Mulawarman',
    role: 'Ketua',
    pin: '123456',
    pinConfirm: '123465',
  });
  await expect(jurors.editor.getByText(/Sudah ada Ketua \(Prof\. Dr\. Siti Rahmawati/)).toBeVisible();
  await jurors.editor.getByRole('radio', { name: /^Anggota/ }).check();
  await expect(jurors.editor.getByText(/Sudah ada Ketua/)).toHaveCount(0);
  await jurors.save();
  await expect(jurors.editor.getByLabel('Ulangi PIN')).toHaveAttribute('aria-invalid', 'true');
  await expect(jurors.editor.getByText('PIN tidak sama dengan isian pertama.')).toBeVisible();
  await jurors.editor.getByLabel('PIN', { exact: true }).fill('12');
  await jurors.editor.getByLabel('Ulangi PIN').fill('12');
  await jurors.save();
  await expect(jurors.editor.getByLabel('PIN', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(jurors.editor.getByText('PIN harus 4–8 angka.')).toBeVisible();
  await jurors.editor.getByLabel('PIN', { exact: true }).fill('123456');
  await jurors.editor.getByLabel('Ulangi PIN').fill('123456');
  await jurors.save();
  await expect(jurors.editor).toBeHidden();
  const row = jurors.row(JUROR);
  await expect(row).toContainText('Anggota');
  await expect(row).toContainText('PIN sudah diatur');

  await jurors.setConflicts(JUROR, { [SCHOOL]: 'Alumni dan anggota komite sekolah' });
  await expect(row).toContainText(new RegExp(`Konflik:\\s*${SCHOOL}`));

  // Everything came back from the award file.
  await page.reload();
  await nominees.open();
  await expect(nominees.rows()).toHaveCount(11);
  await expect(nominees.row('Kabupaten Mahakam Ulu')).toHaveCount(0);
  await expect(nominees.row(SCHOOL)).toContainText('Sekolah penggerak angkatan 3');
  await expect(nominees.row('Provinsi Kalimantan Timur')).toContainText('Provinsi');
  await jurors.open();
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(6);
  await expect(jurors.row(JUROR)).toContainText('PIN sudah diatur');
  await expect(jurors.row(JUROR)).toContainText(new RegExp(`Konflik:\\s*${SCHOOL}`));
  await jurors
    .row(JUROR)
    .getByRole('button', { name: `Konflik kepentingan ${JUROR}` })
    .click();
  const dialog = page.getByRole('dialog', { name: `Konflik kepentingan — ${JUROR}` });
  await expect(dialog.getByLabel(`Alasan konflik dengan ${SCHOOL}`)).toHaveValue('Alumni dan anggota komite sekolah');
});
