import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app.page';
import { HomePage } from './pages/home.page';
import { ProgrammePage } from './pages/programme.page';

const NAME = 'Anugerah Pendidikan Kalimantan Utara 2025';

test('a new award: programme with an inline date error, signatories, and everything back after a host restart', async ({
  page,
  juri,
}) => {
  test.setTimeout(90_000);
  await page.goto(await juri.start());
  const home = new HomePage(page);
  await home.expectShown();
  await expect(home.recent.getByText('Belum ada berkas yang dibuka di komputer ini.')).toBeVisible();

  // Browser mode: the new file goes to the data folder, and the path is shown.
  const created = await home.createAward(NAME);
  expect(created).toContain(juri.dataDir);
  const app = new AppPage(page);
  await expect(app.awardName).toHaveText(NAME);
  await expect(app.current()).toContainText('Program');

  const programme = new ProgrammePage(page);
  await expect(programme.heading).toBeVisible();
  await programme.fillProgramme({
    organiser: 'Dinas Pendidikan Provinsi Kalimantan Utara',
    place: 'Tanjung Selor',
    startDate: '2025-08-10',
    endDate: '2025-08-01',
  });
  await programme.save();
  // The service refuses an end before the start; the message sits under the end date, in Indonesian.
  await expect(programme.errorOf('endDate')).toHaveText('Tanggal selesai tidak boleh sebelum tanggal mulai.');
  await expect(programme.field('endDate')).toHaveAttribute('aria-invalid', 'true');
  await expect(app.saveIndicator).toHaveText('Gagal menyimpan');

  // Leaving with unsaved edits asks first; cancelling stays on the form with the edits intact.
  await app.go('Kategori & Kriteria');
  const guard = page.getByRole('dialog', { name: 'Buang perubahan?' });
  await expect(guard).toBeVisible();
  await guard.getByRole('button', { name: 'Batal' }).click();
  await expect(programme.field('place')).toHaveValue('Tanjung Selor');

  await programme.fillProgramme({ endDate: '2025-08-12', decisionDate: '2025-08-12', decisionPlace: 'Tanjung Selor' });
  await programme.save();
  await expect(app.toast('Program tersimpan.')).toBeVisible();
  await app.expectSaved();
  await expect(programme.errorOf('endDate')).toHaveCount(0);
  await expect(programme.field('endDate')).not.toHaveAttribute('aria-invalid', 'true');

  // Two signatories, then the second moved above the first.
  await expect(page.getByText('Belum ada penanda tangan')).toBeVisible();
  await programme.addSignatory({ name: 'Dr. Siti Rahmawati', title: 'M.Pd.', position: 'Kepala Dinas Pendidikan' });
  await programme.addSignatory({ name: 'Ir. Bambang Sutrisno', position: 'Sekretaris Daerah' });
  await expect(programme.signatoryRows()).toHaveCount(2);
  await programme.moveSignatoryUp('Ir. Bambang Sutrisno');
  await expect(programme.signatoryRows().nth(0)).toContainText('Ir. Bambang Sutrisno');
  await expect(programme.signatoryRows().nth(1)).toContainText('Dr. Siti Rahmawati');

  // A new host on the same data folder starts with no award open; the file is in the recent list.
  const url = await juri.restart();
  await page.goto(url);
  await home.expectShown();
  await expect(home.recentFile(NAME)).toContainText(juri.dataDir);
  await expect(home.recentFile(NAME)).toContainText(/Dibuka \d{1,2} \w+ \d{4}/);
  await home.openRecent(NAME);

  await expect(app.awardName).toHaveText(NAME);
  await expect(programme.field('organiser')).toHaveValue('Dinas Pendidikan Provinsi Kalimantan Utara');
  await expect(programme.field('place')).toHaveValue('Tanjung Selor');
  await expect(programme.field('startDate')).toHaveValue('2025-08-10');
  await expect(programme.field('endDate')).toHaveValue('2025-08-12');
  await expect(programme.field('decisionDate')).toHaveValue('2025-08-12');
  await expect(programme.field('decisionPlace')).toHaveValue('Tanjung Selor');
  await expect(programme.signatoryRows()).toHaveCount(2);
  await expect(programme.signatoryRows().nth(0)).toContainText('Ir. Bambang Sutrisno');
  await expect(programme.signatoryRows().nth(1)).toContainText('Dr. Siti Rahmawati');
  await expect(programme.signatoryRows().nth(1)).toContainText('M.Pd.');
});

test('templates: export the demo setup, an invalid template lists each problem, a valid one becomes a new award', async ({
  page,
  juri,
}) => {
  test.setTimeout(60_000);
  await page.goto(await juri.start());
  const home = new HomePage(page);
  await home.openDemo();
  const app = new AppPage(page);
  await app.go('Templat');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ekspor templat (.json)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Apresiasi Program Prioritas 2024.juri-template.json');
  const template = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    format: string;
    programme: { name: string };
    categories: { criteria: { weight: number }[] }[];
    jurors: Record<string, unknown>[];
  };
  expect(template.format).toBe('juri-template/1');
  expect(template.categories).toHaveLength(9);
  // No PINs in a template.
  expect(JSON.stringify(template.jurors)).not.toMatch(/pin/i);

  await app.closeButton.click();
  await home.expectShown();

  const broken = structuredClone(template);
  broken.categories[0]!.criteria[0]!.weight = 0;
  broken.programme.name = '';
  const dialog = await home.importTemplate({
    name: 'rusak.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const issues = dialog.getByRole('listitem');
  await expect(dialog.getByText('Templat tidak bisa dipakai. Perbaiki hal berikut:')).toBeVisible();
  await expect(issues.filter({ hasText: 'categories.0.criteria.0.weight' })).toContainText('Bobot harus lebih dari 0.');
  await expect(issues.filter({ hasText: 'programme.name' })).toContainText('Wajib diisi.');
  await dialog
    .getByLabel('Berkas templat (.json)')
    .setInputFiles({ name: 'bukan.json', mimeType: 'application/json', buffer: Buffer.from('{ bukan json') });
  await expect(dialog.getByText(/Berkas ini bukan JSON yang valid/)).toBeVisible();

  template.programme.name = 'Apresiasi Program Prioritas 2025';
  await dialog
    .getByLabel('Berkas templat (.json)')
    .setInputFiles({ name: 'baik.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(template)) });
  await expect(dialog).toBeHidden();
  await expect(app.toast(/^Penghargaan dibuat dari templat: .*apresiasi-program-prioritas-2025\.juri$/)).toBeVisible();
  await expect(app.awardName).toHaveText('Apresiasi Program Prioritas 2025');
  await expect(app.sidebar.getByRole('button', { name: /^Kategori & Kriteria/ })).toContainText('9');
});
