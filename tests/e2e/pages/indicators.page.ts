import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Data Indikator screen (Indonesian UI): category, values table, template, upload, preview, history. */
export class IndicatorsPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly category: Locator;
  readonly values: Locator;
  readonly fileInput: Locator;
  readonly summary: Locator;
  readonly problems: Locator;
  readonly changes: Locator;
  readonly preview: Locator;
  readonly history: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Data Indikator' });
    this.category = page.locator('.indicator-category').getByLabel('Kategori');
    this.values = page.getByRole('table', { name: 'Nilai terukur' });
    this.fileInput = page.locator('.indicator-drop input[type="file"]');
    this.summary = page.getByTestId('indicator-summary');
    this.problems = page.getByRole('table', { name: 'Masalah per baris' });
    this.changes = page.getByRole('table', { name: 'Nilai lama dan baru' });
    this.preview = page.locator('.indicator-preview');
    this.history = page.getByRole('table', { name: 'Riwayat perubahan' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: /^Data Indikator/ })
      .click();
    await expect(this.heading).toBeVisible();
  }

  async pickCategory(name: string): Promise<void> {
    await this.category.selectOption({ label: name });
  }

  async downloadTemplate(format: 'Excel (.xlsx)' | 'CSV (titik koma)' = 'Excel (.xlsx)'): Promise<Download> {
    const card = this.page.locator('.indicator-steps .card').first();
    await card.getByLabel('Format').selectOption({ label: format });
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      card.getByRole('button', { name: 'Unduh templat' }).click(),
    ]);
    return download;
  }

  async choose(name: string, buffer: Buffer): Promise<void> {
    const mimeType = name.endsWith('.csv')
      ? 'text/csv'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await this.fileInput.setInputFiles({ name, mimeType, buffer });
  }

  importButton(): Locator {
    return this.preview.getByRole('button', { name: /^Impor/ });
  }

  problemRows(reason?: string): Locator {
    return this.problems.locator(reason ? `tbody tr[data-reason="${reason}"]` : 'tbody tr');
  }

  /** The cell of one nominee (id) and criterion (id) in the values table. */
  cell(nomineeId: string, criterionId: string): Locator {
    return this.page.getByTestId(`value-${nomineeId}-${criterionId}`);
  }

  /** Corrects one value through its dialog, with a reason. */
  async correct(nominee: string, criterion: string, value: string, reason: string): Promise<void> {
    await this.values.getByRole('button', { name: `Ubah nilai ${criterion} untuk ${nominee}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Ubah nilai terukur' });
    await dialog.getByLabel(/^Nilai/).fill(value);
    await dialog.getByLabel('Alasan perubahan').fill(reason);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
  }
}
