import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Surat Suara Kertas screen (Indonesian UI): juror, template download, file pick or drop, preview. */
export class BallotsPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly juror: Locator;
  readonly fileInput: Locator;
  readonly dropZone: Locator;
  readonly summary: Locator;
  readonly problems: Locator;
  readonly changes: Locator;
  readonly preview: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Surat Suara Kertas' });
    this.juror = page.getByLabel('Juri', { exact: true });
    this.fileInput = page.locator('input[type="file"]');
    this.dropZone = page.locator('.ballot-drop');
    this.summary = page.getByTestId('ballot-summary');
    this.problems = page.getByRole('table', { name: 'Masalah di surat suara' });
    this.changes = page.getByRole('table', { name: 'Perubahan nilai' });
    this.preview = page.locator('.ballot-preview');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: /^Surat Suara Kertas/ })
      .click();
    await expect(this.heading).toBeVisible();
  }

  async pickJuror(name: string): Promise<void> {
    await this.juror.selectOption({ label: name });
  }

  /** Downloads the template for the chosen juror; `category` is a category's name, or all when omitted. */
  async downloadTemplate(options: { category?: string; format?: 'Excel (XLSX)' | 'CSV' } = {}): Promise<Download> {
    const card = this.page.locator('.ballot-template');
    await card.getByLabel('Kategori').selectOption({ label: options.category ?? 'Semua kategori' });
    if (options.format) await card.getByLabel('Format').selectOption({ label: options.format });
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      card.getByRole('button', { name: 'Unduh templat' }).click(),
    ]);
    return download;
  }

  /** Chooses a file with the file picker. */
  async choose(name: string, buffer: Buffer): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: mimeOf(name), buffer });
  }

  /** Drops a file on the drop zone, as from the file manager. */
  async drop(name: string, buffer: Buffer): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, base64, type }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name, { type }));
        return transfer;
      },
      { name, base64: buffer.toString('base64'), type: mimeOf(name) },
    );
    await this.dropZone.dispatchEvent('dragover', { dataTransfer });
    await this.dropZone.dispatchEvent('drop', { dataTransfer });
  }

  importButton(): Locator {
    return this.preview.getByRole('button', { name: /^Impor/ });
  }

  problemRows(reason?: string): Locator {
    return this.problems.locator(reason ? `tbody tr[data-reason="${reason}"]` : 'tbody tr');
  }
}

const mimeOf = (name: string) =>
  name.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
