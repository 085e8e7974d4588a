import type { Locator, Page } from '@playwright/test';

/** The "Gabungkan Berkas" screen. */
export class MergePage {
  readonly heading: Locator;
  readonly distribute: Locator;
  readonly distributed: Locator;
  readonly fileInput: Locator;
  readonly report: Locator;
  readonly conflicts: Locator;
  readonly undo: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Gabungkan Berkas', level: 1 });
    this.distribute = page.getByRole('button', { name: 'Buat berkas komite' });
    this.distributed = page.getByRole('list', { name: 'Berkas komite yang dibuat' });
    this.fileInput = page.getByLabel('Pilih berkas .juri untuk digabung');
    this.report = page.getByRole('table').filter({ hasText: 'Ditambahkan' });
    this.conflicts = page.getByRole('table').filter({ hasText: 'Keputusan' });
    this.undo = page.getByRole('button', { name: 'Batalkan penggabungan terakhir' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: /^Gabungkan Berkas/ })
      .click();
    await this.heading.waitFor();
  }

  reportRow(fileName: string): Locator {
    return this.report.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: fileName }) });
  }

  async resolveFirst(value: string, reason: string): Promise<void> {
    await this.conflicts.getByRole('button', { name: 'Putuskan' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Putuskan konflik' });
    await dialog.getByLabel('Nilai yang dipakai').fill(value);
    await dialog.getByLabel('Alasan keputusan').fill(reason);
    await dialog.getByRole('button', { name: 'Simpan keputusan' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
